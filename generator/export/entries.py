"""The open-data files with each project's and method's entry encoded once for as long as
what it is made from is the same.

Encoding with indentation is Python's slow encoder: at 1,000 projects most of a preview
refresh went on encoding the projects that had not changed. Each entry's text is asked of a
`Memo` with what it is made from (a project's comparison row; a method and the summary of
its projects): the preview's (`Derived.fragment`) gives back the text made before from an
equal source, a build's makes every text. The files are the same bytes as the documents
encoded whole (a test holds them to it).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from functools import partial

from generator.analysis.aggregate import MethodSummary
from generator.analysis.comparison import ProjectComparison
from generator.catalog import Catalog
from generator.export.csv_safety import safe_cell
from generator.export.records import (
    dumps,
    method_entry,
    methods_document,
    project_entry,
    projects_document,
)
from generator.export.table import COLUMNS
from generator.schema import Method

Memo = Callable[[tuple[str, ...], object, Callable[[], str]], str]
"""`(key, source, make)`: what `make()` gives, or what it gave before for an equal
`source` under the same key."""


def fresh(key: tuple[str, ...], source: object, make: Callable[[], str]) -> str:
    """The memo of a build: every text made."""
    return make()


_PLACEHOLDER = "\0"
"""Where the entries go: a record's text cannot hold NUL (validation), nor the head."""
_ENTRY_INDENT = "\n  "
"""An entry sits two levels deep in the document (indent 1)."""


def _encoded(entry: object) -> str:
    return json.dumps(entry, ensure_ascii=False, indent=1).replace("\n", _ENTRY_INDENT)


def _with_entries(head: str, texts: list[str]) -> str:
    entries = ("[" + _ENTRY_INDENT + ("," + _ENTRY_INDENT).join(texts) + "\n ]"
               if texts else "[]")
    return head.replace(json.dumps(_PLACEHOLDER), entries, 1)


def projects_json(catalog: Catalog, rows: list[ProjectComparison], memo: Memo = fresh) -> str:
    """The text of projects.json."""
    texts = [memo(("projects.json", row.project.id), row, partial(_project_text, row))
             for row in sorted(rows, key=lambda row: row.project.id)]
    return _with_entries(dumps(projects_document(catalog, rows, _PLACEHOLDER)), texts)


def methods_json(catalog: Catalog, summaries: list[MethodSummary], memo: Memo = fresh) -> str:
    """The text of methods.json."""
    by_id = {summary.method_id: summary for summary in summaries}
    texts = []
    for method in sorted(catalog.methods.values(), key=lambda method: method.id):
        summary = by_id.get(method.id)
        texts.append(memo(("methods.json", method.id), (method, summary),
                          partial(_method_text, method, summary)))
    return _with_entries(dumps(methods_document(catalog, summaries, _PLACEHOLDER)), texts)


def projects_csv(catalog: Catalog, rows: list[ProjectComparison], memo: Memo = fresh) -> str:
    """The text of projects.csv: one line per project (export/table.py's columns)."""
    lines = [_line([safe_cell(name) for name in COLUMNS])]
    lines += [memo(("projects.csv", row.project.id), row, partial(_csv_line, row, catalog))
              for row in sorted(rows, key=lambda row: row.project.id)]
    return "\ufeff" + "".join(lines)


def _project_text(row: ProjectComparison) -> str:
    return _encoded(project_entry(row))


def _method_text(method: Method, summary: MethodSummary | None) -> str:
    return _encoded(method_entry(method, summary))


def _csv_line(row: ProjectComparison, catalog: Catalog) -> str:
    # Every cell, not only the free-text ones: a column added later is covered too.
    return _line([safe_cell(cell(row, catalog)) for cell in COLUMNS.values()])


def _line(cells: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(cells)
    return buffer.getvalue()
