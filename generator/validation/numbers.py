"""Figures that cannot all be true at once.

Vague figures are read as ranges: "cirka" (about) as within 10 % either way,
"nästan" (almost) as up to 10 % below, "drygt" (just over) as up to 10 % above,
"minst" (at least) as unbounded above. A contradiction is only reported when
even the most generous reading of the ranges cannot make the figures agree.
"""

from __future__ import annotations

import math

from generator.schema.outcome import Figure, Outcome
from generator.schema.project import Project

Path = tuple[str | int, ...]
Problem = tuple[str, Path, dict[str, object]]

_PARTS = ("into_work", "into_studies", "other", "discontinued")


def bounds(figure: Figure) -> tuple[float, float]:
    value = float(figure.count if figure.count is not None else 0)
    return {
        "exact": (value, value),
        "about": (value * 0.9, value * 1.1),
        "almost": (value * 0.9, value),
        "just_over": (value, value * 1.1),
        "at_least": (value, math.inf),
    }[figure.precision]


def project_number_problems(project: Project) -> list[Problem]:
    problems: list[Problem] = []
    period = project.period
    if period.start and period.end and period.end[: len(period.start)] < period.start[
        : len(period.end)
    ]:
        problems.append(("end_before_start", ("period", "end"),
                         {"start": period.start, "end": period.end}))
    budget = project.budget
    if budget and budget.total_sek is not None and budget.esf_grant_sek is not None and (
        budget.esf_grant_sek > budget.total_sek
    ):
        problems.append(("grant_over_budget", ("budget", "esf_grant_sek"),
                         {"grant": budget.esf_grant_sek, "total": budget.total_sek}))
    for index, outcome in enumerate(project.outcomes):
        problems.extend(_outcome_problems(outcome, ("outcomes", index)))
    return problems


def _outcome_problems(outcome: Outcome, path: Path) -> list[Problem]:
    whole = outcome.participants
    if whole is None or whole.count is None:
        return []
    whole_high = bounds(whole)[1]
    problems: list[Problem] = []
    counted: list[tuple[str, Figure]] = [
        (name, figure) for name in (*_PARTS, "into_work_or_studies")
        if (figure := getattr(outcome, name)) is not None and figure.count is not None
    ]
    for name, figure in counted:
        if bounds(figure)[0] > whole_high:
            problems.append(("part_over_participants", (*path, name, "count"),
                             {"part": figure.count, "participants": whole.count}))
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
