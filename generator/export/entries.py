"""projects.json with each project's entry encoded once for as long as its row is the same.

Encoding with indentation is Python's slow encoder: at 1,000 projects most of a preview
refresh went on encoding the projects that had not changed. The preview keeps each entry's
text with the row it was made from (`EntryTexts`) and encodes only entries whose row
changed; the file is the same bytes as `dumps(projects_document(...))` (a test holds it).
"""

from __future__ import annotations

import json

from generator.analysis.comparison import ProjectComparison
from generator.catalog import Catalog
from generator.export.records import dumps, project_entry, projects_document

EntryTexts = dict[str, tuple[ProjectComparison, str]]
"""Per project id, the row an entry was made from and its encoded text."""

_PLACEHOLDER = "\0"
"""Where the entries go: a record's text cannot hold NUL (validation), nor the head."""
_ENTRY_INDENT = "\n  "
"""An entry sits two levels deep in the document (indent 1)."""


def projects_json(catalog: Catalog, rows: list[ProjectComparison],
                  kept: EntryTexts | None = None) -> str:
    """The text of projects.json; `kept` (updated) saves encoding unchanged entries."""
    kept = {} if kept is None else kept
    texts: EntryTexts = {}
    for row in sorted(rows, key=lambda row: row.project.id):
        previous = kept.get(row.project.id)
        if previous is None or not (previous[0] is row or previous[0] == row):
            text = json.dumps(project_entry(row), ensure_ascii=False, indent=1)
            previous = (row, text.replace("\n", _ENTRY_INDENT))
        texts[row.project.id] = previous
    kept.clear()
    kept.update(texts)
    head = dumps(projects_document(catalog, rows, _PLACEHOLDER))
    entries = ("[" + _ENTRY_INDENT + ("," + _ENTRY_INDENT).join(
        text for _, text in texts.values()) + "\n ]") if texts else "[]"
    return head.replace(json.dumps(_PLACEHOLDER), entries, 1)
