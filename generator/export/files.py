"""The open-data files, as pages of the Markdown tree so MkDocs copies them into the site.

They are the same in both language trees (every name is in both languages),
so `data/projects.json` and `en/data/projects.json` hold the same bytes.
"""

from __future__ import annotations

from generator import routes
from generator.analysis.aggregate import MethodSummary
from generator.analysis.comparison import ProjectComparison
from generator.catalog import Catalog
from generator.export.entries import Memo, fresh, methods_json, projects_csv, projects_json
from generator.page import Page
from generator.schema.export import SCHEMA_NAMES, json_schema_text


def data_files(catalog: Catalog, rows: list[ProjectComparison],
               summaries: list[MethodSummary], memo: Memo = fresh) -> list[Page]:
    """`memo`: gives the entries encoded before from equal rows (export/entries.py)."""
    return [
        Page(routes.PROJECTS_JSON.path, projects_json(catalog, rows, memo)),
        Page(routes.PROJECTS_CSV.path, projects_csv(catalog, rows, memo)),
        Page(routes.METHODS_JSON.path, methods_json(catalog, summaries, memo)),
        *(Page(routes.schema_file(name).path, json_schema_text(name)) for name in SCHEMA_NAMES),
    ]
