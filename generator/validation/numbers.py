"""Figures that cannot all be true at once.

Vague figures are read as ranges (`generator.schema.figure.bounds`): "cirka" (about)
as within 10 % either way, "nästan" (almost) as up to 10 % below, "drygt" (just over)
as up to 10 % above, "minst" (at least) as unbounded above, "högst" (at most) as
anything up to the number, "8-9" as stated. A contradiction is only reported when even
the most generous reading of the ranges cannot make the figures agree. Shares are only
added up when they are of the same base.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.diagnostics import FieldPath
from generator.schema.budget import Budget
from generator.schema.figure import Figure, bounds, share_base
from generator.schema.outcome import Outcome
from generator.schema.period import Period
from generator.schema.project import Project

Problem = tuple[str, FieldPath, dict[str, object]]

_PARTS = ("into_work", "into_studies", "other", "discontinued")


def project_number_problems(project: Project | dict[str, Any]) -> list[Problem]:
    """Contradictions in a project. A record the schema rejected is given as raw data:
    then its period, budget and each outcome are checked if that part alone is valid."""
    if isinstance(project, Project):
        period, budget = project.period, project.budget
        outcomes: list[tuple[int, Outcome | None]] = list(enumerate(project.outcomes))
    else:
        period = valid_part(Period, project.get("period"))
        budget = valid_part(Budget, project.get("budget"))
        raw = project.get("outcomes")
        outcomes = [(index, valid_part(Outcome, item))
                    for index, item in enumerate(raw if isinstance(raw, list) else [])]
    problems: list[Problem] = []
    if period and period.start and period.end and period.end[: len(period.start)] < \
            period.start[: len(period.end)]:
        problems.append(("end_before_start", ("period", "end"),
                         {"start": period.start, "end": period.end}))
    if budget and budget.total is not None and budget.esf_grant is not None and (
        budget.esf_grant > budget.total
    ):
        problems.append(("grant_over_budget", ("budget", "esf_grant"), {
            "grant": budget.esf_grant, "total": budget.total, "currency": budget.currency}))
    for index, outcome in outcomes:
        if isinstance(outcome, Outcome):
            problems.extend(_outcome_problems(outcome, ("outcomes", index)))
    return problems


def valid_part(model: type[BaseModel], raw: Any) -> Any:
    """`raw` as `model`, or None when it is missing or invalid on its own."""
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
    """Shares of the same base that add up to more than everyone in it."""
    by_base: dict[str, list[tuple[str, Figure]]] = defaultdict(list)
    for name in _PARTS:
        figure = getattr(outcome, name)
        if figure is not None and figure.percent is not None:
            by_base[share_base(figure)].append((name, figure))
    problems: list[Problem] = []
    for shares in by_base.values():
        if len(shares) < 2 or sum(bounds(figure)[0] for _, figure in shares) <= 100:
            continue
        problems.append(("percent_sum_over_100", (*path, shares[-1][0], "percent"), {
            "sum": _number(sum(figure.percent or 0 for _, figure in shares)),
            "fields": ", ".join(name for name, _ in shares)}))
    return problems


def _number(value: float) -> float | int:
    return int(value) if value.is_integer() else round(value, 1)
