"""projects.csv's columns, documented on the open-data page (the file: export/entries.py).

Values are language-neutral: ids and codes, numbers with a decimal point,
several values separated by ";". Names come in both languages. The file starts
with a byte-order mark so spreadsheet programs read å, ä and ö correctly, and no
cell can start a formula in one (`csv_safety`).
"""

from __future__ import annotations

from collections.abc import Callable

from generator.analysis.comparison import ProjectComparison, ShareFigure, not_comparable
from generator.catalog import Catalog
from generator.export.computed import rounded
from generator.export.records import pages
from generator.export.table_effect import EVIDENCE_COLUMNS
from generator.routes import project_url
from generator.schema.outcome import Figure

Cell = Callable[[ProjectComparison, Catalog], str]
FIGURES = ("participants", "into_work", "into_studies", "into_work_or_studies")
FIGURE_PARTS = (("", "count"), ("_max", "count_max"), ("_percent", "percent"),
                ("_percent_max", "percent_max"), ("_precision", "precision"), ("_base", "base"))
"""Column suffix and the figure field it holds, for each figure in FIGURES."""
SHARES = {"share_work": "into_work", "share_studies": "into_studies",
          "share_combined": "combined"}
SHARE_PARTS = (("", "percent"), ("_low", "low"), ("_high", "high"), ("_base", "base"))


def _number(value: float | None) -> str:
    rounded_value = rounded(value)
    if rounded_value is None:
        return ""
    return str(int(rounded_value)) if rounded_value == int(rounded_value) else f"{rounded_value}"


def _many(values: list[str]) -> str:
    return ";".join(values)


def _figure(name: str, part: str) -> Cell:
    def cell(row: ProjectComparison, _: Catalog) -> str:
        figure: Figure | None = getattr(row.outcome, name) if row.outcome else None
        if figure is None:
            return ""
        value = getattr(figure, part)
        if part in ("precision", "base"):
            return str(value or "")
        return _number(value)
    return cell


def _share(measure: str, part: str) -> Cell:
    def cell(row: ProjectComparison, _: Catalog) -> str:
        value: ShareFigure | None = row.share_of(measure)
        if value is None:
            return ""
        if part == "base":
            return value.base
        # An open top is the 100 % ceiling, not a figure: the cell stays empty.
        high = None if value.open_above else value.range.high
        return _number({"percent": value.percent, "low": value.range.low, "high": high}[part])
    return cell


def _goal(field: str) -> Cell:
    def cell(row: ProjectComparison, _: Catalog) -> str:
        if not row.goals:
            return ""
        check = row.goals[0]
        goal = check.goal
        judgement = goal.judgement
        return {
            "text": goal.text.sv, "measure": goal.measure, "comparison": goal.comparison,
            "target": _number(goal.percent if goal.percent is not None else goal.count),
            "unit": "percent" if goal.percent is not None else "people",
            "status": check.status,
            "judgement": judgement.status if judgement else "",
            "judgement_wording": judgement.wording if judgement else "",
            "agreement": check.agreement,
        }[field]
    return cell


def _name(language: str) -> Cell:
    def cell(row: ProjectComparison, _: Catalog) -> str:
        name = row.project.name
        return (name.en or "") if language == "en" else name.sv
    return cell


COLUMNS: dict[str, Cell] = {
    "id": lambda row, _: row.project.id,
    "name_sv": _name("sv"),
    "name_en": _name("en"),
    "page_sv": lambda row, _: pages(project_url(row.project.id))["sv"],
    "page_en": lambda row, _: pages(project_url(row.project.id))["en"],
    "owner": lambda row, _: row.project.owner,
    "owner_name": lambda row, catalog: catalog.label("organisations", row.project.owner, "sv")[0],
    "period_status": lambda row, _: row.project.period.status,
    "period_status_reading": lambda row, _: row.status.reading if row.status else "",
    "period_status_as_of": lambda row, _: (row.status.as_of or "") if row.status else "",
    "period_start": lambda row, _: row.project.period.start or "",
    "period_end": lambda row, _: row.project.period.end or "",
    "counties": lambda row, _: _many(row.project.counties),
    "municipalities": lambda row, _: _many(row.project.municipalities),
    "target_groups": lambda row, _: _many(row.project.target_groups),
    "methods": lambda row, _: _many(row.project.methods),
    "evidence_level": lambda row, _: row.project.evidence_level,
    "outcome_status": lambda row, _: row.outcome.status if row.outcome else "",
    "outcome_as_of": lambda row, _: (row.outcome.as_of or "") if row.outcome else "",
    "outcome_source": lambda row, _: row.outcome.source if row.outcome else "",
    **{f"{name}{suffix}": _figure(name, part) for name in FIGURES
       for suffix, part in FIGURE_PARTS},
    **{f"{column}{suffix}": _share(measure, part) for column, measure in SHARES.items()
       for suffix, part in SHARE_PARTS},
    "goal": _goal("text"),
    "goal_measure": _goal("measure"),
    "goal_comparison": _goal("comparison"),
    "goal_target": _goal("target"),
    "goal_unit": _goal("unit"),
    "goal_status": _goal("status"),
    "goal_source_judgement": _goal("judgement"),
    "goal_source_wording": _goal("judgement_wording"),
    "goal_agreement": _goal("agreement"),
    "goals_total": lambda row, _: str(len(row.goals)) if row.outcome else "",
    **EVIDENCE_COLUMNS,
    "budget_total": lambda row, _: _number(
        row.project.budget.total if row.project.budget else None),
    "budget_esf_grant": lambda row, _: _number(
        row.project.budget.esf_grant if row.project.budget else None),
    "budget_currency": lambda row, _: row.project.budget.currency if row.project.budget else "",
    "cost_per_participant": lambda row, _: _number(row.cost.amount) if row.cost else "",
    "cost_currency": lambda row, _: row.cost.currency if row.cost else "",
    "cost_flags": lambda row, _: _many(sorted(row.cost.flags)) if row.cost else "",
    "flags": lambda row, _: _many(sorted(row.all_flags())),
    "not_directly_comparable": lambda row, _: (
        "yes" if not_comparable(row.all_flags()) else "no") if row.outcome else "",
}
