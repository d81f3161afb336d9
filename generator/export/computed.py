"""The `computed` block of a project in projects.json: what the catalogue worked out, and on
what it rests, so a script can reproduce every number on the site and see every caveat.

Nothing here is a new fact: shares carry their base and whether the source stated a single
value, a range or only a lower bound (then `high` is null: the 100 % ceiling is not data);
goals carry the source's own judgement beside the computed check; the status says which
source (and date) it is as of; costs keep their currency; comparison-group results are an
effect in percentage points, apart from the shares.
"""

from __future__ import annotations

import math
from typing import Any

from generator.analysis.comparison import (
    SHARE_MEASURES,
    ProjectComparison,
    ShareFigure,
    not_comparable,
)
from generator.analysis.effect import Effect, GroupShare
from generator.analysis.outcomes import GoalCheck
from generator.analysis.ranges import Range
from generator.analysis.status import StatusAsOf

_SHARE_SOURCES = {"into_work": ("into_work",), "into_studies": ("into_studies",)}


def rounded(value: float | None) -> float | None:
    """Two decimals, None for an open bound: JSON has no infinity."""
    if value is None or math.isinf(value):
        return None
    return round(value, 2)


def range_json(value: Range) -> dict[str, float | None]:
    return {"low": rounded(value.low), "high": rounded(value.high)}


def share_json(measure: str, value: ShareFigure, row: ProjectComparison) -> dict[str, Any]:
    outcome = row.outcome
    used: tuple[str, ...] = _SHARE_SOURCES.get(measure, ())
    if measure == "combined" and outcome is not None:
        used = ("into_work_or_studies",) if outcome.into_work_or_studies is not None \
            else ("into_work", "into_studies")
    widest = range_json(value.range)
    if value.open_above:
        widest["high"] = None
    return {"percent": rounded(value.percent), **widest,
            "numerator": list(used),
            "denominator": "participants" if value.participants is not None else None,
            "base": value.base, "single_value": value.single_value,
            "open_above": value.open_above, "flags": sorted(value.flags)}


def goal_json(number: int, check: GoalCheck) -> dict[str, Any]:
    judgement = check.goal.judgement
    return {"goal": number, "status": check.status,
            "result": range_json(check.result) if check.result else None,
            "source_judgement": None if judgement is None else {
                "status": judgement.status, "wording": judgement.wording,
                "source": judgement.source},
            "agreement": check.agreement}


def status_json(status: StatusAsOf | None) -> dict[str, Any] | None:
    if status is None:
        return None
    return {"status": status.status, "reading": status.reading, "as_of": status.as_of,
            "source": status.source, "planned_end": status.planned_end}


def _group_json(group: GroupShare) -> dict[str, Any]:
    return {"size": group.size, "percent": rounded(group.percent)}


def effect_json(effect: Effect | None) -> dict[str, Any] | None:
    if effect is None:
        return None
    evaluation, stated = effect.evaluation, effect.stated
    return {
        "outcome": effect.outcome_number, "design": evaluation.design,
        "evidence_level": effect.level, "evaluated_by": evaluation.evaluated_by,
        "measure": evaluation.measure, "follow_up_months": evaluation.follow_up_months,
        "programme_group": _group_json(effect.programme),
        "comparison_group": _group_json(effect.comparison),
        "difference_points": None if stated is None else {
            "points": stated.points, "ci_low": stated.ci_low, "ci_high": stated.ci_high,
            "ci_level": stated.ci_level if stated.ci_low is not None else None},
        "computed_points": rounded(effect.computed_points),
    }


def computed(row: ProjectComparison) -> dict[str, Any]:
    cost = row.cost
    return {
        "headline_outcome": row.outcome_number,
        "evidence_level": row.project.evidence_level,
        "status": status_json(row.status),
        "shares": {measure: share_json(measure, value, row) for measure in SHARE_MEASURES
                   if (value := row.share_of(measure)) is not None},
        "goals": [goal_json(number, check) for number, check in enumerate(row.goals, start=1)],
        "effect": effect_json(row.effect),
        "cost_per_participant": None if cost is None else {
            "value": rounded(cost.amount), **range_json(cost.range), "currency": cost.currency,
            "flags": sorted(cost.flags)},
        "flags": sorted(row.all_flags()),
        "not_directly_comparable": not_comparable(row.all_flags()),
    }
