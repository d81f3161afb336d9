"""The contribution form as generated, without a browser: a field for every field of the
content model, choices exactly the schema's, vocabulary pickers with the catalogue's
terms in the page's language, every input labelled and described, the validator's own
message templates for the script, and the YAML route for readers without JavaScript."""

from __future__ import annotations

import json
import typing
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import attr, fixture_catalog, one

from generator.build.feedback import BadFeedback, feedback_settings
from generator.i18n import t, template
from generator.routes import ABOUT, CONTRIBUTE, HOME, project
from generator.schema import Project
from generator.schema.walk import nested_model
from generator.site.context import NO_FEEDBACK, Feedback
from generator.site.generate import generate
from generator.site.lookups.form_model import FormField, project_fields, walk

REPO = "https://github.com/owner/catalogue"
LANGS = ["sv", "en"]


def pages(lang: str, feedback: Feedback = NO_FEEDBACK) -> dict[str, BeautifulSoup]:
    # CSS selectors do not look into <template> (nor do browsers): the list items' fields
    # are read as the elements they become.
    return {made.path: BeautifulSoup(made.markdown.replace("<template>", "<div data-t>")
                                     .replace("</template>", "</div>"), "html.parser")
            for made in generate(fixture_catalog(), lang, feedback)}


def form_page(lang: str, feedback: Feedback = NO_FEEDBACK) -> BeautifulSoup:
    return pages(lang, feedback)[CONTRIBUTE.path]


def annotation(path: tuple[str, ...]) -> Any:
    """The model's own annotation of the field at `path`, found without the form's code."""
    model: Any = Project
    for step in [step for step in path if step != "*"][:-1]:
        model = nested_model(model.model_fields[step].annotation)
    return model.model_fields[path[-1]].annotation


def literal_values(hint: Any) -> tuple[Any, ...]:
    for member in (hint, *typing.get_args(hint)):
        if typing.get_origin(member) is typing.Literal:
            return typing.get_args(member)
    raise AssertionError(f"no Literal in {hint}")


@pytest.mark.parametrize("lang", LANGS)
def test_every_model_field_has_its_input(lang: str) -> None:
    page = form_page(lang)
    fields = list(walk(project_fields()))
    assert {f.path[0] for f in fields} == set(Project.model_fields)
    for field in fields:
        element = one(page, f'[data-path="{".".join(field.path)}"]')
        assert attr(element, "data-key") == field.path[-1]
        assert element.has_attr("data-required") == field.required
    order = [attr(e, "data-key") for e in page.select("#vta-record-form > [data-key]")]
    assert order == list(Project.model_fields), "the model's order, the template's order"


@pytest.mark.parametrize("lang", LANGS)
def test_choices_are_the_schemas(lang: str) -> None:
    page = form_page(lang)
    choices = [field for field in walk(project_fields()) if field.kind == "choice"]
    assert len(choices) > 10
    for field in choices:
        select = one(page, f'[data-path="{".".join(field.path)}"] > select')
        values = [str(option["value"]) for option in select.select("option") if option["value"]]
        assert tuple(values) == literal_values(annotation(field.path)), field.path


def _choice_labels(page: BeautifulSoup, path: str) -> dict[str, str]:
    return {attr(box, "value"): one(page, f'label[for="{attr(box, "id")}"]').get_text(" ")
            for box in page.select(f'[data-path="{path}"] input[type=checkbox]')}


@pytest.mark.parametrize("lang", LANGS)
def test_vocabulary_pickers_hold_the_catalogues_terms(lang: str) -> None:
    catalog = fixture_catalog()
    page = form_page(lang)
    for path, kind in (("counties", "counties"), ("municipalities", "municipalities"),
                       ("funders", "funders"), ("target_groups", "target-groups")):
        labels = _choice_labels(page, path)
        assert set(labels) == set(catalog.vocabularies[kind]), path
        for term_id, shown in labels.items():
            assert catalog.label(kind, term_id, lang)[0] in shown
    assert set(_choice_labels(page, "methods")) == set(catalog.methods)
    owner = one(page, '[data-path="owner"] > input')
    options = one(page, f'datalist#{attr(owner, "list")}').select("option")
    assert {attr(o, "value") for o in options} == set(catalog.vocabularies["organisations"])
    assert attr(one(page, '[data-path="predecessor"] > input'), "list") == "vta-list-projects"


def _described(page: BeautifulSoup, element: Tag) -> list[str]:
    return str(element.get("aria-describedby", "")).split()


@pytest.mark.parametrize("lang", LANGS)
def test_every_input_is_labelled_and_described(lang: str) -> None:
    page = form_page(lang)
    ids = {str(e["id"]) for e in page.select("[id]")}
    controls = page.select("#vta-record-form input, #vta-record-form select, "
                           "#vta-record-form textarea")
    assert len(controls) > 100
    for control in controls:
        assert page.select_one(f'label[for="{attr(control, "id")}"]'), attr(control, "id")
        assert set(_described(page, control)) <= ids, attr(control, "id")
    for control in page.select("[data-control]"):
        assert f"{attr(control, 'id')}-error" in _described(page, control)
    help_ids = [attr(h, "id") for h in page.select(".vta-form__help")]
    assert all(any(h in _described(page, c) for c in page.select("[aria-describedby]"))
               for h in help_ids)
    name = one(page, 'label[for="vta-f-name-sv"]').get_text(" ")
    assert t(lang, "contribute.required") in name and "sv" in name


@pytest.mark.parametrize("lang", LANGS)
def test_without_javascript_the_yaml_route(lang: str) -> None:
    page = form_page(lang)
    assert one(page, "#vta-record-form").has_attr("hidden")
    assert one(page, "[data-form-output]").has_attr("hidden")
    route = one(page, "#yaml-route").find_next("p")
    assert route is not None and "python -m generator new project" in route.get_text()
    assert "CONTRIBUTING" in route.get_text()
    assert one(page, "[data-record-yaml]").has_attr("readonly")


@pytest.mark.parametrize("lang", LANGS)
def test_the_script_gets_the_validators_messages(lang: str) -> None:
    widget = one(form_page(lang), "[data-vta-record-form]")
    strings = json.loads(attr(widget, "data-strings"))
    for key in ("check.missing.message", "check.id_format.message",
                "check.duplicate_id.message", "check.end_before_start.message",
                "check.part_over_participants.message", "check.too_small.expected"):
        assert strings[key] == template(lang, key)
    settings = json.loads(attr(widget, "data-settings"))
    assert settings["ids"] == sorted(fixture_catalog().projects)
    assert settings["records"] == "../data/projects.json"
    assert settings["header"] == "# yaml-language-server: $schema=../../schema/project.schema.json"


@pytest.mark.parametrize("lang", LANGS)
def test_github_link_only_with_a_repository(lang: str) -> None:
    without = form_page(lang)
    assert without.select_one("[data-send-github]") is None
    assert "repo_url" in one(without, "[data-form-output]").get_text()
    with_repo = form_page(lang, Feedback(repo=REPO))
    assert with_repo.select_one("[data-send-github]") is not None
    assert json.loads(attr(one(with_repo, "[data-vta-record-form]"),
                           "data-settings"))["repo"] == REPO
    assert one(with_repo, f'#yaml-route ~ p a[href="{REPO}"]')


@pytest.mark.parametrize("lang", LANGS)
def test_linked_from_home_about_and_every_project(lang: str) -> None:
    made = pages(lang)
    assert one(made[HOME.path], 'a[href="contribute/"]')
    assert one(made[ABOUT.path], 'a[href="../contribute/"]')
    for project_id in fixture_catalog().projects:
        page = made[project(project_id).path]
        link = one(page, ".vta-edit-link a")
        assert attr(link, "href") == f"../../contribute/?edit={project_id}"
        assert link.get_text() == t(lang, "contribute.edit.link")


def test_repo_url_is_read_from_mkdocs_yml(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text(f"site_name: x\nrepo_url: {REPO}/\n", encoding="utf-8")
    assert feedback_settings(tmp_path, "sv") == Feedback(repo=REPO)
    for lang in LANGS:
        config.write_text("repo_url: javascript:alert(1)\n", encoding="utf-8")
        with pytest.raises(BadFeedback) as problem:
            feedback_settings(tmp_path, lang)
        assert "repo_url" in str(problem.value)


def test_fields_state_their_limits() -> None:
    by_path = {".".join(field.path): field for field in walk(project_fields())}
    count: FormField = by_path["outcomes.*.participants.count"]
    assert count.bounds == (0, 10_000_000)
    assert by_path["id"].pattern == Project.model_json_schema()["properties"]["id"]["pattern"]
    assert by_path["municipalities"].kind == "codes" and by_path["funders"].kind == "refs"
