"""The open-data files, as pages of the Markdown tree so MkDocs copies them into the site.

They are the same in both language trees (every name is in both languages),
so `data/projects.json` and `en/data/projects.json` hold the same bytes.
"""

from __future__ import annotations

from generator.analysis.aggregate import MethodSummary
from generator.analysis.comparison import ProjectComparison
from generator.catalog import Catalog
from generator.export.records import dumps, methods_document, projects_document
from generator.export.table import projects_csv
from generator.schema.export import SCHEMA_NAMES, json_schema_text
from generator.site.page import Page

DATA_FOLDER = "data"
PROJECTS_JSON = f"{DATA_FOLDER}/projects.json"
PROJECTS_CSV = f"{DATA_FOLDER}/projects.csv"
METHODS_JSON = f"{DATA_FOLDER}/methods.json"


def schema_path(name: str) -> str:
    return f"{DATA_FOLDER}/schema/{name}.schema.json"


def data_files(catalog: Catalog, rows: list[ProjectComparison],
               summaries: list[MethodSummary]) -> list[Page]:
    return [
        Page(PROJECTS_JSON, dumps(projects_document(catalog, rows))),
        Page(PROJECTS_CSV, projects_csv(catalog, rows)),
        Page(METHODS_JSON, dumps(methods_document(catalog, summaries))),
        *(Page(schema_path(name), json_schema_text(name)) for name in SCHEMA_NAMES),
    ]
