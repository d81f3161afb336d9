"""Shares and goal checks computed from an outcome's figures.

Sources are often vague ("drygt 100", "nästan 40"), so every figure is read
as a range and conclusions are drawn only when the whole range supports them:
"about" is within 10 % either way, "almost" up to 10 % below, "just over" up
to 10 % above, "at least" unbounded above. A goal is *met* only when the lower
bound of the result reaches it and *not met* only when the upper bound stays
below it; anything in between is *unclear*.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from generator.schema.outcome import Figure, Goal, Outcome

GoalStatus = Literal["met", "not_met", "unclear", "not_stated"]
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


@dataclass(frozen=True)
class Range:
    low: float
    high: float  # math.inf when the source gives no upper bound

    def __add__(self, other: Range) -> Range:
        return Range(self.low + other.low, self.high + other.high)


@dataclass(frozen=True)
class Share:
    """A part of the participants, in per cent."""

    percent: float
    """Point value: the figures read literally."""
    exact: bool
    """True when both figures are exact (the percentage is then only rounded)."""
    part: Figure
    participants: Figure | None
    """The denominator; None when the source itself gave a percentage."""


@dataclass(frozen=True)
class GoalCheck:
    goal: Goal
    status: GoalStatus
    result: Range | None
    """The result in the goal's unit (per cent or people), None when not stated."""


def value_range(value: float, precision: str) -> Range:
    return {
        "exact": Range(value, value),
        "about": Range(value * 0.9, value * 1.1),
        "almost": Range(value * 0.9, value),
        "just_over": Range(value, value * 1.1),
        "at_least": Range(value, math.inf),
    }[precision]


def figure_range(figure: Figure) -> Range:
    value = figure.count if figure.count is not None else figure.percent
    return value_range(float(value or 0), figure.precision)


def share(part: Figure, participants: Figure | None) -> Share | None:
    """The share a figure is of the participants, or None when it cannot be known."""
    if part.percent is not None:
        return Share(part.percent, part.precision == "exact", part, None)
    if participants is None or participants.count is None or participants.count == 0:
        return None
    percent = 100 * (part.count or 0) / participants.count
    exact = part.precision == "exact" and participants.precision == "exact"
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
    """Range of the share in per cent, widest reading of both figures."""
    if figure.percent is not None:
        part = figure_range(figure)
        return Range(min(part.low, 100.0), min(part.high, 100.0))
    if participants is None or participants.count is None:
        return None
    whole = figure_range(participants)
    part = figure_range(figure)
    if whole.low <= 0:
        return None
    return Range(min(100 * part.low / whole.high, 100.0), min(100 * part.high / whole.low, 100.0))


def count_range(figure: Figure, participants: Figure | None) -> Range | None:
    if figure.count is not None:
        return figure_range(figure)
    if participants is None or participants.count is None:
        return None
    share_of = figure_range(figure)
    whole = figure_range(participants)
    return Range(share_of.low * whole.low / 100, share_of.high * whole.high / 100)


def measure_range(outcome: Outcome, measure: str, in_percent: bool) -> Range | None:
    """What the outcome says about a goal's measure, or None when it says nothing.

    Fields the source leaves out still count as zero for the lower bound (a
    reported part of a sum is a valid minimum) but make the upper bound open.
    """
    convert = percent_range if in_percent else count_range
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
        if in_percent:
            total = Range(min(total.low, 100.0), min(total.high, 100.0))
        return total
    return None


def check_goal(goal: Goal, outcome: Outcome) -> GoalCheck:
    in_percent = goal.percent is not None
    target = float((goal.percent if in_percent else goal.count) or 0)
    if goal.comparison == "about":
        target *= 0.9
    result = measure_range(outcome, goal.measure, in_percent)
    if result is None:
        return GoalCheck(goal, "not_stated", None)
    if result.low >= target:
        status: GoalStatus = "met"
    elif result.high < target:
        status = "not_met"
    else:
        status = "unclear"
    return GoalCheck(goal, status, result)


def check_goals(outcome: Outcome) -> list[GoalCheck]:
    return [check_goal(goal, outcome) for goal in outcome.goals]


def headline_outcome(outcomes: list[Outcome]) -> Outcome | None:
    """The outcome a summary table shows: the final one, else the latest interim one."""
    if not outcomes:
        return None
    final = [outcome for outcome in outcomes if outcome.status == "final"]
    candidates = final or outcomes
    return max(enumerate(candidates), key=lambda item: (item[1].as_of or "", item[0]))[1]
