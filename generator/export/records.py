"""projects.json and methods.json: every record as validated, plus what the catalogue computed.

`record` is exactly the YAML record (it validates against the exported JSON
Schema); `computed` holds the shares, goal checks and caveats the comparison
pages show, so a script can reproduce every number on the site.
"""

from __future__ import annotations

import json
from typing import Any

from generator.analysis.aggregate import MIN_FOR_SUMMARY, MethodSummary, Spread, Total
from generator.analysis.comparison import ProjectComparison
from generator.catalog import Catalog
from generator.export.computed import computed, effect_json, range_json, rounded, share_json
from generator.export.licence import FORMAT_VERSION, licence_block
from generator.i18n import LANGUAGES
from generator.routes import (
    METHODS_JSON,
    PROJECTS_JSON,
    in_folder,
    language_folder,
    method_url,
    project_url,
    schema_file,
)
from generator.schema import Method, Project

LABEL_FIELDS = {"organisations": "owner", "funders": "funders", "counties": "counties",
                "municipalities": "municipalities", "target-groups": "target_groups"}


def pages(url: str) -> dict[str, str]:
    """Page addresses relative to the site root, one per language."""
    return {lang: language_folder(lang) + url for lang in LANGUAGES}


def record_json(record: Project | Method) -> dict[str, Any]:
    return record.model_dump(mode="json", exclude_none=True)


def labels(catalog: Catalog, projects: list[Project]) -> dict[str, dict[str, dict[str, str]]]:
    """Names of every vocabulary term the projects refer to, so the file stands alone."""
    used: dict[str, set[str]] = {kind: set() for kind in LABEL_FIELDS}
    used |= {"success-factors": set(), "challenges": set()}
    for project in projects:
        for kind, name in LABEL_FIELDS.items():
            value = getattr(project, name)
            used[kind].update([value] if isinstance(value, str) else value)
        used["organisations"].update(p.organisation for p in project.partners)
        used["success-factors"].update(f.code for f in project.success_factors)
        used["challenges"].update(f.code for f in project.challenges)
    result = {}
    for kind, ids in used.items():
        terms = catalog.vocabularies.get(kind, {})
        result[kind] = {term_id: terms[term_id].label.model_dump(exclude_none=True)
                        for term_id in sorted(ids) if term_id in terms}
    return result


def project_entry(row: ProjectComparison) -> dict[str, Any]:
    """One project in projects.json: made from its comparison row alone."""
    return {"id": row.project.id, "pages": pages(project_url(row.project.id)),
            "record": record_json(row.project), "computed": computed(row)}


def projects_document(catalog: Catalog, rows: list[ProjectComparison],
                      entries: Any = None) -> dict[str, Any]:
    """`entries` stands in for the list of `project_entry`s (export/entries.py)."""
    ordered = sorted(rows, key=lambda row: row.project.id)
    projects = [row.project for row in ordered]
    return {
        "format_version": FORMAT_VERSION,
        "licence": licence_block(),
        "schema": in_folder(schema_file("project"), PROJECTS_JSON),
        "projects": [project_entry(row) for row in ordered] if entries is None else entries,
        "labels": labels(catalog, projects),
        "methods": {m.id: m.name.model_dump(exclude_none=True)
                    for m in sorted(catalog.methods.values(), key=lambda m: m.id)},
    }


def total_json(value: Total) -> dict[str, Any]:
    return {"sum": rounded(value.point), **range_json(value.range), "reported": value.reported,
            "missing": value.missing}


def spread_json(value: Spread, rows: dict[str, ProjectComparison],
                measure: str) -> dict[str, Any]:
    """n, the individual figures, and low, high and median only when there are enough."""
    return {"n": value.n, "summarised": value.summarised, "not_summarised_because": value.thin,
            "low": rounded(value.low), "high": rounded(value.high),
            "median": rounded(value.median), "flags": dict(value.flags),
            "values": [{"project": item.project_id,
                        **share_json(measure, item.share, rows[item.project_id])}
                       for item in value.values]}


def summary_json(summary: MethodSummary) -> dict[str, Any]:
    rows = {row.project.id: row for row in summary.rows}
    return {
        "projects": sorted(rows),
        "participants": total_json(summary.participants),
        "shares": {measure: spread_json(value, rows, measure)
                   for measure, value in summary.shares.items()},
        "shares_of_other_bases": {
            measure: [{"project": item.project_id,
                       **share_json(measure, item.share, rows[item.project_id])}
                      for item in values]
            for measure, values in summary.other_bases.items()},
        "effects": [{"project": project_id, **(effect_json(effect) or {})}
                    for project_id, effect in summary.effects],
    }


def method_entry(method: Method, summary: MethodSummary | None) -> dict[str, Any]:
    """One method in methods.json: its record and the summary of its projects, if any."""
    empty: dict[str, Any] = {"projects": [], "participants": None, "shares": {},
                             "shares_of_other_bases": {}, "effects": []}
    return {"id": method.id, "pages": pages(method_url(method.id)),
            "record": record_json(method), **(summary_json(summary) if summary else empty)}


def methods_document(catalog: Catalog, summaries: list[MethodSummary],
                     entries: Any = None) -> dict[str, Any]:
    """`entries` stands in for the list of `method_entry`s (export/entries.py)."""
    if entries is None:
        by_id = {summary.method_id: summary for summary in summaries}
        entries = [method_entry(method, by_id.get(method.id))
                   for method in sorted(catalog.methods.values(), key=lambda m: m.id)]
    return {"format_version": FORMAT_VERSION, "licence": licence_block(),
            "schema": in_folder(schema_file("method"), METHODS_JSON),
            "min_projects_for_summary": MIN_FOR_SUMMARY, "methods": entries}


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
