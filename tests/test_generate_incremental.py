"""Incremental page generation (site/incremental.py, issue #18) gives what a full generation
gives, byte for byte in both languages, after every kind of edit a contributor makes; and it
does reuse pages when only a project changed (else it would prove nothing)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import FIXTURE_CONTENT

from generator.build.preview import KeptRecords
from generator.catalog import Catalog
from generator.i18n import strings
from generator.routes import project
from generator.site.format.text import fixed_string
from generator.site.generate import generate_all
from generator.site.incremental import IncrementalPages
from generator.validation.cache import ValidationCache
from generator.validation.run import validate

Edit = Callable[[Path], None]


def _change(path: Path, change: Callable[[Any], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _project(content: Path, project_id: str, change: Callable[[Any], None]) -> None:
    _change(content / "projects" / f"{project_id}.yml", change)


def _text(content: Path) -> None:
    _project(content, "steget-fore", lambda data: data["summary"].update(
        sv=data["summary"]["sv"] + " Ändrad mening.", en=data["summary"]["en"] + " Edited."))


def _title(content: Path) -> None:
    _project(content, "arbetsmarknadscenter", lambda data: data["name"].update(
        sv="Ett helt annat namn", en="Quite another name"))


def _methods(content: Path) -> None:
    def change(data: Any) -> None:
        data["methods"] = [*data["methods"][1:], "job-club"] if "job-club" not in \
            data["methods"] else data["methods"][1:]
    _project(content, "sin", change)


def _target_group(content: Path) -> None:
    groups = [term["id"] for term in yaml.safe_load(
        (content / "vocabularies" / "target-groups.yml").read_text(encoding="utf-8"))["terms"]]

    def change(data: Any) -> None:
        data["target_groups"] = [next(g for g in groups if g not in data["target_groups"])]
    _project(content, "goinge-forward", change)


def _places(content: Path) -> None:
    """The county page's map shades by the municipalities projects name."""
    municipalities = yaml.safe_load((content / "vocabularies" / "municipalities.yml").read_text(
        encoding="utf-8"))["terms"]

    def change(data: Any) -> None:
        county = data["counties"][0]
        data["municipalities"] = [*data["municipalities"], next(
            term["id"] for term in municipalities
            if term["county"] == county and term["id"] not in data["municipalities"])]
    _project(content, "goinge-forward", change)


def _figures(content: Path) -> None:
    def change(data: Any) -> None:
        share = data["outcomes"][0]["into_work_or_studies"]
        share["percent"] = share["percent"] + 3
    _project(content, "arbetsmarknadscenter", change)


def _added(content: Path) -> None:
    data = yaml.safe_load((content / "projects" / "steget-fore.yml").read_text(encoding="utf-8"))
    data["id"] = "steget-extra"
    data["name"] = {"sv": "Steget extra", "en": "The extra step"}
    (content / "projects" / "steget-extra.yml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _deleted(content: Path) -> None:
    (content / "projects" / "fortsatt-samverkan-leder-till-arbete.yml").unlink()


def _vocabulary_label(content: Path) -> None:
    def change(data: Any) -> None:
        data["terms"][0]["label"] = {"sv": "Omdöpt grupp", "en": "Renamed group"}
    _change(content / "vocabularies" / "target-groups.yml", change)


def _method_name(content: Path) -> None:
    _change(content / "methods" / "job-club.yml",
            lambda data: data["name"].update(sv="Jobbklubben", en="The job club"))


EDITS: list[tuple[str, Edit, bool]] = [
    ("text", _text, True), ("title", _title, True), ("methods", _methods, True),
    ("target group", _target_group, True), ("places", _places, True),
    ("figures", _figures, True),
    ("added project", _added, True), ("deleted project", _deleted, True),
    ("vocabulary label", _vocabulary_label, False), ("method name", _method_name, False),
]
"""Each edit, and whether pages of other projects may be reused after it."""


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, folder)
    return folder


@pytest.fixture
def restored_strings() -> Iterator[None]:
    yield
    strings.cache_clear()
    fixed_string.cache_clear()


def _catalogue(content: Path, kept: tuple[KeptRecords, ValidationCache] | None) -> Catalog:
    result = validate(content, cache=kept[1] if kept else None)
    assert result.ok, result.diagnostics
    return kept[0].catalog(result) if kept else result.catalog


@pytest.mark.parametrize("keep_records", [True, False], ids=["kept records", "parsed again"])
def test_every_edit_gives_the_full_generation(content: Path, keep_records: bool) -> None:
    # Kept records (with the validation cache, as in the preview): unchanged projects are
    # the same objects; parsed again: equal objects, compared by value.
    kept = (KeptRecords(), ValidationCache(content.parent / "cache")) if keep_records else None
    pages = IncrementalPages()
    assert pages.generate(_catalogue(content, kept)).trees == generate_all(
        _catalogue(content, None))
    for name, edit, reusable in EDITS:
        edit(content)
        catalog = _catalogue(content, kept)
        generation = pages.generate(catalog)
        assert generation.trees == generate_all(catalog), name
        for language in ("sv", "en"):
            if reusable:
                assert generation.reused[language], (name, language)
            else:
                assert not generation.reused[language], (name, language)


def test_an_edited_project_page_is_made_again(content: Path) -> None:
    pages = IncrementalPages()
    pages.generate(_catalogue(content, None))
    _text(content)
    reused = pages.generate(_catalogue(content, None)).reused
    assert project("steget-fore").path not in reused["sv"] | reused["en"]
    # Pages that show steget-fore (as related, as predecessor) are made again too.
    assert {path for path in reused["sv"] & reused["en"] if path.startswith("projects/")}


def test_a_changed_ui_string_reuses_nothing(content: Path, restored_strings: None) -> None:
    pages = IncrementalPages()
    catalog = _catalogue(content, None)
    pages.generate(catalog)
    key = "site.heading.key_facts"
    strings("en")[key] = "Facts, renamed"
    fixed_string.cache_clear()
    generation = pages.generate(catalog)
    assert not generation.reused["en"] and not generation.reused["sv"]
    assert generation.trees == generate_all(catalog)
    assert "Facts, renamed" in next(page.markdown for page in generation.trees["en"]
                                    if page.path == project("sin").path)
