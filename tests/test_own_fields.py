"""The fields of site/own_fields.py show on no page but the project's own: edited in every
fixture project at once, they change the project pages and the open-data files and no
other page. And the preview, after such an edit, keeps every other page (and still gives
what a full generation gives)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from conftest import FIXTURE_CONTENT

from generator import routes
from generator.catalog import Catalog
from generator.schema import Project
from generator.site.generate import generate_all, language_neutral_files
from generator.site.incremental import IncrementalPages
from generator.site.lookups.derived import Derived
from generator.site.lookups.index import build_index
from generator.site.own_fields import OWN_PAGE_FIELDS
from generator.validation.run import validate

CATALOG = validate(FIXTURE_CONTENT).catalog
MARK = "OWNFIELDMARK"
DATA_FILES = {routes.PROJECTS_JSON.path, routes.PROJECTS_CSV.path, routes.METHODS_JSON.path}


def _marked(value: Any) -> Any:
    """Every text in both languages marked at its start and end (a page that showed only
    the start of a text would still differ); anything else as it was."""
    if isinstance(value, dict):
        if value and set(value) <= {"sv", "en"} and all(
                text is None or isinstance(text, str) for text in value.values()):
            return {lang: text if text is None else _mark_ends(text)
                    for lang, text in value.items()}
        return {key: _marked(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_marked(item) for item in value]
    return value


def _mark_ends(text: str) -> str:
    """Marked at both ends, no longer than before (records' texts have length limits)."""
    keep = max(1, len(text) - 2 * len(MARK) - 2)
    return f"{MARK} {text[:keep]} {MARK}"


def _marked_text() -> dict[str, str]:
    return {"sv": MARK, "en": MARK}


def _other_organisation(catalog: Catalog, organisation: str) -> str:
    return next(key for key in sorted(catalog.vocabularies["organisations"])
                if key != organisation)


def _edited_field(catalog: Catalog, data: dict[str, Any], field: str) -> Any:
    """`field` of one project's data changed every way it can be: texts marked, the other
    values replaced, and set where the project had none."""
    value = data[field]
    sources = [source["id"] for source in data["sources"]]
    if field == "contact":
        contact = value or {"organisation": data["owner"], "role": None}
        return {**_marked(contact), "organisation": _other_organisation(
                    catalog, contact["organisation"]), "role": _marked(contact["role"])
                or _marked_text(), "email": "ownfieldmark@example.org",
                "url": "https://example.org/ownfieldmark"}
    if field == "quotes":
        quotes = [{**_marked(quote), "source": sources[-1]} for quote in value]
        return quotes or [{"text": _marked_text(), "attribution": _marked_text(),
                           "source": sources[0]}]
    return _marked(value) if value else _marked_text()


def _edited(catalog: Catalog, field: str) -> Catalog:
    projects = {}
    for key, project in catalog.projects.items():
        data = project.model_dump()
        data[field] = _edited_field(catalog, data, field)
        projects[key] = Project.model_validate(data)
    return dataclasses.replace(catalog, projects=projects)


def _changed(before: dict[str, list[Any]], after: dict[str, list[Any]]) -> set[str]:
    changed = set()
    for lang in before:
        old = {page.path: page.markdown for page in before[lang]}
        new = {page.path: page.markdown for page in after[lang]}
        assert old.keys() == new.keys()
        changed |= {path for path in old if old[path] != new[path]}
    return changed


BEFORE = generate_all(CATALOG)


@pytest.mark.parametrize("field", sorted(OWN_PAGE_FIELDS))
def test_an_own_field_changes_no_other_page(field: str) -> None:
    edited = _edited(CATALOG, field)
    assert all(getattr(edited.projects[key], field) != getattr(project, field)
               for key, project in CATALOG.projects.items()), "every project's field changed"
    changed = _changed(BEFORE, generate_all(edited))
    project_pages = {routes.project(key).path for key in CATALOG.projects}
    assert changed, field
    assert changed <= project_pages | DATA_FILES, (field, sorted(changed - project_pages))


def test_the_summary_shows_on_the_project_page() -> None:
    """Not a field no page shows: the mark reaches the project pages."""
    changed = _changed(BEFORE, generate_all(_edited(CATALOG, "summary")))
    assert {routes.project(key).path for key in CATALOG.projects} <= changed


def test_after_an_own_field_edit_the_preview_keeps_every_other_page() -> None:
    pages = IncrementalPages()
    pages.generate(CATALOG)
    edited = _edited(CATALOG, "description")
    generation = pages.generate(edited)
    assert generation.trees == generate_all(edited)
    project_pages = {routes.project(key).path for key in CATALOG.projects}
    # The files the same in both trees (the open data among them) are made every time.
    neutral = {page.path for page in language_neutral_files(
        Derived(edited, build_index(edited)))}
    for lang, tree in generation.trees.items():
        others = {page.path for page in tree} - project_pages - neutral
        assert others
        assert others <= generation.reused[lang]


def test_after_any_other_edit_the_listings_are_made_again() -> None:
    pages = IncrementalPages()
    pages.generate(CATALOG)
    first = next(iter(CATALOG.projects.values()))
    renamed = first.model_copy(update={"name": first.name.model_copy(update={"en": "New"})})
    edited = dataclasses.replace(CATALOG, projects={**CATALOG.projects, first.id: renamed})
    generation = pages.generate(edited)
    assert generation.trees == generate_all(edited)
    assert routes.EXPLORE.path not in generation.reused["en"]
