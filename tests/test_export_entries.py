"""The open-data files made entry by entry (export/entries.py) are the same bytes as the
documents encoded whole, with a memo that hands back earlier entries and without one, and
for an empty catalogue."""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Callable

from conftest import FIXTURE_CONTENT

from generator.analysis.aggregate import MethodSummary, method_summaries
from generator.analysis.comparison import ProjectComparison, compare_projects
from generator.catalog import Catalog
from generator.export.csv_safety import safe_cell
from generator.export.entries import Memo, fresh, methods_json, projects_csv, projects_json
from generator.export.records import dumps, methods_document, projects_document
from generator.export.table import COLUMNS
from generator.site.lookups.index import build_index
from generator.validation.run import validate

CATALOG = validate(FIXTURE_CONTENT).catalog


class KeepingMemo:
    """Like the preview's Derived.fragment: an equal source gets the text made before."""

    def __init__(self) -> None:
        self.kept: dict[tuple[str, ...], tuple[object, str]] = {}
        self.made: list[tuple[str, ...]] = []

    def __call__(self, key: tuple[str, ...], source: object, make: Callable[[], str]) -> str:
        if key not in self.kept or self.kept[key][0] != source:
            self.kept[key] = (source, make())
            self.made.append(key)
        return self.kept[key][1]


def _rows_and_summaries(catalog: Catalog) -> tuple[list[ProjectComparison], list[MethodSummary]]:
    rows = compare_projects(catalog.projects.values())
    return rows, method_summaries(rows, build_index(catalog).by_method)


def _files(catalog: Catalog, memo: Memo = fresh) -> tuple[str, str, str]:
    """The three files made entry by entry (with a build's memo unless one is given)."""
    rows, summaries = _rows_and_summaries(catalog)
    return (projects_json(catalog, rows, memo), methods_json(catalog, summaries, memo),
            projects_csv(catalog, rows, memo))


def _whole(catalog: Catalog) -> tuple[str, str, str]:
    """The three files encoded whole, the way they were before entries were kept."""
    rows, summaries = _rows_and_summaries(catalog)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(name) for name in COLUMNS])
    for row in sorted(rows, key=lambda row: row.project.id):
        writer.writerow([safe_cell(cell(row, catalog)) for cell in COLUMNS.values()])
    return (dumps(projects_document(catalog, rows)), dumps(methods_document(catalog, summaries)),
            "\ufeff" + buffer.getvalue())


def _renamed_first(catalog: Catalog) -> tuple[Catalog, str]:
    """The first project that uses a method, renamed."""
    first = next(project for project in catalog.projects.values() if project.methods)
    renamed = first.model_copy(update={"name": first.name.model_copy(update={"sv": "Nytt"})})
    return dataclasses.replace(catalog, projects={**catalog.projects, first.id: renamed}), first.id


def test_the_same_bytes_as_the_whole_documents() -> None:
    assert _files(CATALOG) == _whole(CATALOG)


def test_kept_entries_give_the_same_bytes_after_an_edit() -> None:
    memo = KeepingMemo()
    _files(CATALOG, memo)
    edited, renamed = _renamed_first(CATALOG)
    memo.made.clear()
    files = _files(edited, memo)
    assert files == _whole(edited)
    assert '"sv": "Nytt"' in files[0] and "Nytt" in files[2]
    # Only what shows the renamed project was encoded again: its entry in each project file,
    # and the entries of the methods it uses (their summaries name it).
    assert ("projects.json", renamed) in memo.made and ("projects.csv", renamed) in memo.made
    assert all(key[1] == renamed for key in memo.made if key[0] != "methods.json")
    used = set(edited.projects[renamed].methods)
    assert used, "a fixture project with methods"
    assert {key[1] for key in memo.made if key[0] == "methods.json"} == used


def test_no_projects() -> None:
    empty = dataclasses.replace(CATALOG, projects={})
    assert _files(empty) == _whole(empty)
