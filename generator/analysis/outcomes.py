"""Shares and goal checks computed from an outcome's figures.

Sources are often vague ("drygt 100", "nästan 40", "8-9"), so every figure is read as
the range of values it allows (`generator.analysis.ranges`) and conclusions are drawn
only when the whole range supports them. A goal is *met* only when the lower bound of
the result reaches it and *not met* only when the upper bound stays below it; anything
in between is *unclear*. The source's own judgement of a goal is kept beside the check,
and whether the two agree is part of the result, so they never contradict silently.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from generator.analysis.ranges import (
    Range,
    figure_range,
    own_share_range,
    participant_count_range,
    participant_share_range,
)
from generator.schema.figure import Base, Figure, share_base
from generator.schema.goal import Goal, JudgementStatus
from generator.schema.outcome import Outcome

__all__ = ["OUTCOME_FIELDS", "Agreement", "GoalCheck", "GoalStatus", "Range", "Share",
           "check_goal", "check_goals", "figure_range", "headline_outcome", "measure_range",
           "share", "shares"]

GoalStatus = Literal["met", "not_met", "unclear", "not_stated"]
Agreement = Literal["no_judgement", "figures_silent", "consistent", "contradicts"]
OUTCOME_FIELDS = ("participants", "into_work", "into_studies", "into_work_or_studies",
                  "other", "discontinued")
_MEASURE_PARTS: dict[str, tuple[tuple[str, ...], ...]] = {
    # Each alternative is a list of fields whose sum is the measure.
    "participants": (("participants",),),
    "work": (("into_work",),),
    "studies": (("into_studies",),),
    "work_or_studies": (("into_work_or_studies",), ("into_work", "into_studies")),
    "work_studies_or_other": (("into_work_or_studies", "other"),
                              ("into_work", "into_studies", "other")),
}
_CONTRADICTIONS: dict[JudgementStatus, GoalStatus] = {
    "met": "not_met", "not_met": "met", "will_not_be_met": "met"}
"""The source's judgement, and the check result that says the opposite."""


@dataclass(frozen=True)
class Share:
    """A part of the participants (or of the base the source names), in per cent."""

    percent: float
    """The figures read literally; for a range or "at most", the lowest value they allow."""
    exact: bool
    """True when both figures are exact (the percentage is then only rounded)."""
    part: Figure
    participants: Figure | None
    """The denominator; None when the source itself gave a percentage."""
    base: Base = "participants"
    """What the share is of: the participants, unless the source gave a share of another."""


@dataclass(frozen=True)
class GoalCheck:
    goal: Goal
    status: GoalStatus
    """What the figures show, computed from their ranges."""
    result: Range | None
    """The result in the goal's unit (per cent or people), None when not stated."""
    judgement: JudgementStatus | None = None
    """What the source itself says of the goal, when the record states it."""
    agreement: Agreement = "no_judgement"
    """Whether the source's judgement and the figures agree."""


def share(part: Figure, participants: Figure | None) -> Share | None:
    """The share a figure is, or None when it cannot be known."""
    if part.percent is not None:
        return Share(part.value if part.single_value else figure_range(part).low,
                     part.precision == "exact" and not part.is_range, part, None,
                     share_base(part))
    if participants is None or participants.count is None or participants.count == 0:
        return None
    counted = part.value if part.single_value else figure_range(part).low
    percent = 100 * counted / participants.value
    exact = part.precision == "exact" and participants.precision == "exact" \
        and not part.is_range and not participants.is_range
    return Share(percent, exact, part, participants)


def shares(outcome: Outcome) -> dict[str, Share]:
    """Shares of every reported figure except the participants themselves."""
    found: dict[str, Share] = {}
    for name in OUTCOME_FIELDS[1:]:
        figure = getattr(outcome, name)
        if figure is not None and (result := share(figure, outcome.participants)) is not None:
            found[name] = result
    return found


def percent_range(figure: Figure, participants: Figure | None) -> Range | None:
    """Range of the share in per cent of its own base, widest reading, capped at 100."""
    return own_share_range(figure, participants)


def measure_range(outcome: Outcome, measure: str, in_percent: bool) -> Range | None:
    """What the outcome says about a goal's measure, or None when it says nothing.

    A goal in per cent is a share of the participants, so only figures of the
    participants count. Fields the source leaves out still count as zero for the lower
    bound (a reported part of a sum is a valid minimum) but make the upper bound open.
    The result in per cent is capped at 100, except an open top: that stays infinite
    (JSON null), since the 100 % ceiling is not something the source says.
    """
    convert = participant_share_range if in_percent else participant_count_range
    for fields in _MEASURE_PARTS[measure]:
        figures = [getattr(outcome, name) for name in fields]
        if figures[0] is None and len(fields) > 1 and fields[0] == "into_work_or_studies":
            continue
        ranges = [convert(figure, outcome.participants) if figure else None for figure in figures]
        known = [r for r in ranges if r is not None]
        if not known:
            continue
        total = Range(0.0, 0.0)
        for part in known:
            total = total + part
        if len(known) < len(ranges):
            total = Range(total.low, math.inf)
        if in_percent and not total.open_above:
            return total.capped()
        return Range(min(total.low, 100.0), total.high) if in_percent else total
    return None


def check_goal(goal: Goal, outcome: Outcome) -> GoalCheck:
    in_percent = goal.percent is not None
    target = float((goal.percent if in_percent else goal.count) or 0)
    if goal.comparison == "about":
        target *= 0.9
    result = measure_range(outcome, goal.measure, in_percent)
    status: GoalStatus
    if result is None:
        status = "not_stated"
    elif result.low >= target:
        status = "met"
    elif result.high < target:
        status = "not_met"
    else:
        status = "unclear"
    judgement = goal.judgement.status if goal.judgement else None
    return GoalCheck(goal, status, result, judgement, agreement(judgement, status))


def agreement(judgement: JudgementStatus | None, status: GoalStatus) -> Agreement:
    if judgement is None:
        return "no_judgement"
    if status == "not_stated":
        return "figures_silent"
    return "contradicts" if _CONTRADICTIONS.get(judgement) == status else "consistent"


def check_goals(outcome: Outcome) -> list[GoalCheck]:
    return [check_goal(goal, outcome) for goal in outcome.goals]


def headline_outcome(outcomes: list[Outcome]) -> Outcome | None:
    """The outcome a summary table shows: the final one, else the latest interim one."""
    if not outcomes:
        return None
    final = [outcome for outcome in outcomes if outcome.status == "final"]
    candidates = final or outcomes
    return max(enumerate(candidates), key=lambda item: (item[1].as_of or "", item[0]))[1]
