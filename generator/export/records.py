"""projects.json and methods.json: every record as validated, plus what the catalogue computed.

`record` is exactly the YAML record (it validates against the exported JSON
Schema); `computed` holds the shares, goal checks and caveats the comparison
pages show, so a script can reproduce every number on the site.
"""

from __future__ import annotations

import json
import math
from typing import Any

from generator.analysis.aggregate import MethodSummary, Spread, Total
from generator.analysis.comparison import (
    SHARE_MEASURES,
    ProjectComparison,
    ShareFigure,
    not_comparable,
)
from generator.analysis.outcomes import Range
from generator.catalog import Catalog
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

_SHARE_SOURCES = {"into_work": ("into_work",), "into_studies": ("into_studies",)}
LABEL_FIELDS = {"organisations": "owner", "funders": "funders", "counties": "counties",
                "municipalities": "municipalities", "target-groups": "target_groups"}


def rounded(value: float | None) -> float | None:
    """Two decimals, None for an open bound: JSON has no infinity."""
    if value is None or math.isinf(value):
        return None
    return round(value, 2)


def _range(value: Range) -> dict[str, float | None]:
    return {"low": rounded(value.low), "high": rounded(value.high)}


def share_json(measure: str, value: ShareFigure, row: ProjectComparison) -> dict[str, Any]:
    outcome = row.outcome
    used: tuple[str, ...] = _SHARE_SOURCES.get(measure, ())
    if measure == "combined" and outcome is not None:
        used = ("into_work_or_studies",) if outcome.into_work_or_studies is not None \
            else ("into_work", "into_studies")
    return {"percent": rounded(value.percent), **_range(value.range),
            "numerator": list(used),
            "denominator": "participants" if value.participants is not None else None,
            "flags": sorted(value.flags)}


def computed(row: ProjectComparison) -> dict[str, Any]:
    cost = row.cost
    return {
        "headline_outcome": row.outcome_number,
        "shares": {measure: share_json(measure, value, row) for measure in SHARE_MEASURES
                   if (value := row.share_of(measure)) is not None},
        "goals": [{"goal": number, "status": check.status,
                   "result": _range(check.result) if check.result else None}
                  for number, check in enumerate(row.goals, start=1)],
        "cost_per_participant_sek": None if cost is None else {
            "value": rounded(cost.sek), **_range(cost.range), "flags": sorted(cost.flags)},
        "flags": sorted(row.all_flags()),
        "not_directly_comparable": not_comparable(row.all_flags()),
    }


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


def projects_document(catalog: Catalog, rows: list[ProjectComparison]) -> dict[str, Any]:
    ordered = sorted(rows, key=lambda row: row.project.id)
    projects = [row.project for row in ordered]
    return {
        "format_version": FORMAT_VERSION,
        "licence": licence_block(),
        "schema": in_folder(schema_file("project"), PROJECTS_JSON),
        "projects": [{"id": row.project.id, "pages": pages(project_url(row.project.id)),
                      "record": record_json(row.project), "computed": computed(row)}
                     for row in ordered],
        "labels": labels(catalog, projects),
        "methods": {m.id: m.name.model_dump(exclude_none=True)
                    for m in sorted(catalog.methods.values(), key=lambda m: m.id)},
    }


def total_json(value: Total) -> dict[str, Any]:
    return {"sum": rounded(value.point), **_range(value.range), "reported": value.reported,
            "missing": value.missing}


def spread_json(value: Spread) -> dict[str, Any]:
    return {"n": value.n, "low": rounded(value.low), "high": rounded(value.high),
            "median": rounded(value.median), "flags": dict(value.flags)}


def methods_document(catalog: Catalog, summaries: list[MethodSummary]) -> dict[str, Any]:
    by_id = {summary.method_id: summary for summary in summaries}
    methods = []
    for method in sorted(catalog.methods.values(), key=lambda m: m.id):
        summary = by_id.get(method.id)
        methods.append({
            "id": method.id, "pages": pages(method_url(method.id)),
            "record": record_json(method),
            "projects": sorted(row.project.id for row in summary.rows) if summary else [],
            "participants": total_json(summary.participants) if summary else None,
            "shares": {measure: spread_json(value) for measure, value in summary.shares.items()}
            if summary else {},
        })
    return {"format_version": FORMAT_VERSION, "licence": licence_block(),
            "schema": in_folder(schema_file("method"), METHODS_JSON), "methods": methods}


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
