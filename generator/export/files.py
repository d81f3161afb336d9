"""The open-data files, as pages of the Markdown tree so MkDocs copies them into the site.

They are the same in both language trees (every name is in both languages),
so `data/projects.json` and `en/data/projects.json` hold the same bytes.
"""

from __future__ import annotations

from generator import routes
from generator.analysis.aggregate import MethodSummary
from generator.analysis.comparison import ProjectComparison
from generator.catalog import Catalog
from generator.export.entries import EntryTexts, projects_json
from generator.export.records import dumps, methods_document
from generator.export.table import projects_csv
from generator.page import Page
from generator.schema.export import SCHEMA_NAMES, json_schema_text


def data_files(catalog: Catalog, rows: list[ProjectComparison],
               summaries: list[MethodSummary], kept: EntryTexts | None = None) -> list[Page]:
    """`kept`: the projects' entries of projects.json encoded before (export/entries.py)."""
    return [
        Page(routes.PROJECTS_JSON.path, projects_json(catalog, rows, kept)),
        Page(routes.PROJECTS_CSV.path, projects_csv(catalog, rows)),
        Page(routes.METHODS_JSON.path, dumps(methods_document(catalog, summaries))),
        *(Page(routes.schema_file(name).path, json_schema_text(name)) for name in SCHEMA_NAMES),
    ]
