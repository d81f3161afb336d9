"""projects.json made from kept entry texts (export/entries.py) is the same bytes as the
document encoded whole, with and without kept entries, and for an empty catalogue."""

from __future__ import annotations

import dataclasses

from conftest import FIXTURE_CONTENT

from generator.analysis.comparison import compare_projects
from generator.catalog import Catalog
from generator.export.entries import EntryTexts, projects_json
from generator.export.records import dumps, projects_document
from generator.validation.run import validate

CATALOG = validate(FIXTURE_CONTENT).catalog


def _whole(catalog: Catalog) -> str:
    return dumps(projects_document(catalog, compare_projects(catalog.projects.values())))


def test_the_same_bytes_as_the_whole_document() -> None:
    rows = compare_projects(CATALOG.projects.values())
    assert projects_json(CATALOG, rows) == _whole(CATALOG)


def test_kept_entries_give_the_same_bytes_after_an_edit() -> None:
    kept: EntryTexts = {}
    projects_json(CATALOG, compare_projects(CATALOG.projects.values()), kept)
    first = next(iter(CATALOG.projects.values()))
    renamed = first.model_copy(update={"name": first.name.model_copy(update={"sv": "Nytt"})})
    edited = dataclasses.replace(CATALOG, projects={**CATALOG.projects, first.id: renamed})
    text = projects_json(edited, compare_projects(edited.projects.values()), kept)
    assert text == _whole(edited)
    assert '"sv": "Nytt"' in text
    assert kept[first.id][0].project is renamed


def test_no_projects() -> None:
    empty = dataclasses.replace(CATALOG, projects={})
    assert projects_json(empty, []) == _whole(empty)
