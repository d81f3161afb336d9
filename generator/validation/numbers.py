"""Figures that cannot all be true at once.

Vague figures are read as ranges: "cirka" (about) as within 10 % either way,
"nästan" (almost) as up to 10 % below, "drygt" (just over) as up to 10 % above,
"minst" (at least) as unbounded above. A contradiction is only reported when
even the most generous reading of the ranges cannot make the figures agree.
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.diagnostics import FieldPath
from generator.schema.outcome import Figure, Outcome
from generator.schema.project import Budget, Period, Project

Problem = tuple[str, FieldPath, dict[str, object]]

_PARTS = ("into_work", "into_studies", "other", "discontinued")


def bounds(figure: Figure) -> tuple[float, float]:
    """The range of true values the figure allows (count, or percent when no count)."""
    value = float(figure.count if figure.count is not None else figure.percent or 0)
    return {
        "exact": (value, value),
        "about": (value * 0.9, value * 1.1),
        "almost": (value * 0.9, value),
        "just_over": (value, value * 1.1),
        "at_least": (value, math.inf),
    }[figure.precision]


def project_number_problems(project: Project | dict[str, Any]) -> list[Problem]:
    """Contradictions in a project. A record the schema rejected is given as raw data:
    then its period, budget and each outcome are checked if that part alone is valid."""
    if isinstance(project, Project):
        period, budget = project.period, project.budget
        outcomes: list[tuple[int, Outcome | None]] = list(enumerate(project.outcomes))
    else:
        period, budget = _part(Period, project.get("period")), _part(Budget, project.get("budget"))
        raw = project.get("outcomes")
        outcomes = [(index, _part(Outcome, item))
                    for index, item in enumerate(raw if isinstance(raw, list) else [])]
    problems: list[Problem] = []
    if period and period.start and period.end and period.end[: len(period.start)] < \
            period.start[: len(period.end)]:
        problems.append(("end_before_start", ("period", "end"),
                         {"start": period.start, "end": period.end}))
    if budget and budget.total_sek is not None and budget.esf_grant_sek is not None and (
        budget.esf_grant_sek > budget.total_sek
    ):
        problems.append(("grant_over_budget", ("budget", "esf_grant_sek"),
                         {"grant": budget.esf_grant_sek, "total": budget.total_sek}))
    for index, outcome in outcomes:
        if isinstance(outcome, Outcome):
            problems.extend(_outcome_problems(outcome, ("outcomes", index)))
    return problems


def _part(model: type[BaseModel], raw: Any) -> Any:
    if raw is None:
        return None
    try:
        return model.model_validate(raw)
    except ValidationError:
        return None


def _outcome_problems(outcome: Outcome, path: FieldPath) -> list[Problem]:
    problems = _percent_problems(outcome, path)
    whole = outcome.participants
    if whole is None or whole.count is None:
        return problems
    whole_high = bounds(whole)[1]
    counted: list[tuple[str, Figure]] = [
        (name, figure) for name in (*_PARTS, "into_work_or_studies")
        if (figure := getattr(outcome, name)) is not None and figure.count is not None
    ]
    for name, figure in counted:
        if bounds(figure)[0] > whole_high:
            problems.append(("part_over_participants", (*path, name, "count"),
                             {"part": figure.count, "name": name,
                              "participants": whole.count}))
    parts = [(name, figure) for name, figure in counted if name in _PARTS]
    total_low = sum(bounds(figure)[0] for _, figure in parts)
    if len(parts) > 1 and total_low > whole_high and not any(
        p[0] == "part_over_participants" for p in problems
    ):
        problems.append(("sum_over_participants", (*path, "participants", "count"), {
            "sum": sum(figure.count or 0 for _, figure in parts),
            "fields": ", ".join(name for name, _ in parts),
            "participants": whole.count}))
    return problems


def _percent_problems(outcome: Outcome, path: FieldPath) -> list[Problem]:
    """Shares of the same participants that add up to more than everyone."""
    shares = [(name, figure) for name in _PARTS
              if (figure := getattr(outcome, name)) is not None and figure.percent is not None]
    if len(shares) < 2 or sum(bounds(figure)[0] for _, figure in shares) <= 100:
        return []
    return [("percent_sum_over_100", (*path, shares[-1][0], "percent"), {
        "sum": _number(sum(figure.percent or 0 for _, figure in shares)),
        "fields": ", ".join(name for name, _ in shares)})]


def _number(value: float) -> float | int:
    return int(value) if value.is_integer() else round(value, 1)
