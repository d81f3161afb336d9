"""One comparable row per project: shares with their denominators and the caveats that apply.

The catalogue never ranks projects. This module only makes explicit *why* two
figures cannot be read side by side: interim against final results, precision
words and ranges, open-ended figures ("at least"), shares the source gave without
counts or of another base than the participants, few participants, and sources
that define work or studies differently (or not at all). Results against a
comparison group are an `Effect` beside the shares, never one of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from generator.analysis.cost import CostPerParticipant, cost_per_participant
from generator.analysis.effect import Effect, effect
from generator.analysis.outcomes import GoalCheck, check_goals, headline_outcome, share
from generator.analysis.ranges import (
    Range,
    figure_range,
    own_share_range,
    participant_share_range,
)
from generator.analysis.status import StatusAsOf, status_as_of
from generator.schema import Project
from generator.schema.figure import Base
from generator.schema.outcome import Figure, Outcome

SMALL_NUMBERS_THRESHOLD = 30
"""Fewer participants than this and one or two people move a share by several points."""

Flag = Literal["interim", "approximate", "open_ended", "percent_only", "base_left",
               "base_followed_up", "base_unknown", "small_numbers", "definitions_differ",
               "definitions_not_stated", "currency_differs"]
FLAGS: tuple[Flag, ...] = ("interim", "approximate", "open_ended", "percent_only", "base_left",
                           "base_followed_up", "base_unknown", "small_numbers",
                           "definitions_differ", "definitions_not_stated", "currency_differs")
"""Caveats of shares and rows; the last is only ever on a cost (see `analysis.cost`)."""
NOT_COMPARABLE: frozenset[Flag] = frozenset(FLAGS) - {"small_numbers"}
"""Flags that make a figure "not directly comparable"; small numbers are a separate warning."""
BASE_FLAGS: dict[Base, Flag] = {"left": "base_left", "followed_up": "base_followed_up",
                                "unknown": "base_unknown"}
"""A share of anyone but all participants says so: it is on another axis."""
SHARE_MEASURES = ("into_work", "into_studies", "combined")

DefinitionKey = tuple[str | None, str | None]


@dataclass(frozen=True)
class ShareFigure:
    """A share of the participants (or of the base the source names), and what it rests on."""

    percent: float
    """Point value: the source's figures read literally; for a range or "at most", the lowest
    value they allow."""
    range: Range
    """Widest reading of the precision words and ranges, in per cent (capped at 100)."""
    parts: tuple[Figure, ...]
    """The numerator: one figure, or work and studies when they were added up."""
    participants: Figure | None
    """The denominator; None when the source itself gave a percentage."""
    flags: frozenset[Flag]
    """Caveats of this figure itself (approximate, open-ended, percent only, base)."""
    base: Base = "participants"
    """What the share is of. Shares of different bases never go on one axis unmarked."""
    single_value: bool = True
    """False when a part is a range or "at most": `percent` is then only a lower bound."""
    open_above: bool = False
    """Nothing the source says bounds the top ("at least"): `range.high` is only the 100 %
    cap, not data, and is never drawn as if it were."""


@dataclass(frozen=True)
class ProjectComparison:
    project: Project
    outcome: Outcome | None
    """The headline outcome: the final one, else the latest interim one."""
    outcome_number: int | None
    """1-based position of that outcome in the record: page anchors use it."""
    participants: Figure | None
    into_work: ShareFigure | None
    into_studies: ShareFigure | None
    combined: ShareFigure | None
    goals: list[GoalCheck]
    cost: CostPerParticipant | None
    flags: frozenset[Flag] = field(default_factory=frozenset)
    """Caveats of the whole row (interim, small numbers, definitions)."""
    effect: Effect | None = None
    """The result against a comparison group, when an evaluation had one."""
    status: StatusAsOf | None = None
    """The project's status as of its source's date."""

    def share_of(self, measure: str) -> ShareFigure | None:
        value: ShareFigure | None = getattr(self, measure)
        return value

    def all_flags(self) -> frozenset[Flag]:
        """Row flags and the flags of every share shown in the row."""
        found = set(self.flags)
        for measure in SHARE_MEASURES:
            if (value := self.share_of(measure)) is not None:
                found |= value.flags
        return frozenset(found)


def share_figure(part: Figure, participants: Figure | None) -> ShareFigure | None:
    computed = share(part, participants)
    widest = own_share_range(part, participants)
    if computed is None or widest is None:
        return None
    uncapped = figure_range(part) if part.percent is not None \
        else participant_share_range(part, participants)
    return _with_flags(ShareFigure(
        computed.percent, widest, (part,), computed.participants, frozenset(), computed.base,
        part.single_value, uncapped is not None and uncapped.open_above), computed.exact)


def _with_flags(value: ShareFigure, exact: bool) -> ShareFigure:
    flags: set[Flag] = set()
    if not exact:
        flags.add("approximate")
    if value.open_above:
        flags.add("open_ended")
    if value.participants is None:
        flags.add("percent_only")
    if value.base in BASE_FLAGS:
        flags.add(BASE_FLAGS[value.base])
    return replace(value, flags=frozenset(flags))


def combined_share(outcome: Outcome) -> ShareFigure | None:
    """Work or studies: the source's own sum, else work and studies added up when both are
    shares of the same base."""
    if outcome.into_work_or_studies is not None:
        return share_figure(outcome.into_work_or_studies, outcome.participants)
    if outcome.into_work is None or outcome.into_studies is None:
        return None
    work = share_figure(outcome.into_work, outcome.participants)
    studies = share_figure(outcome.into_studies, outcome.participants)
    if work is None or studies is None or work.base != studies.base:
        return None
    readings = [figure_range(part) if part.percent is not None
                else participant_share_range(part, outcome.participants)
                for part in (outcome.into_work, outcome.into_studies)]
    total = Range(0.0, 0.0)
    for reading in readings:
        total = total + (reading or Range(0.0, 0.0))
    combined = ShareFigure(
        min(work.percent + studies.percent, 100.0), total.capped(),
        (outcome.into_work, outcome.into_studies), work.participants, frozenset(),
        work.base, work.single_value and studies.single_value, total.open_above)
    exact = "approximate" not in work.flags | studies.flags
    return _with_flags(combined, exact)


def compare_project(project: Project,
                    small_numbers: int = SMALL_NUMBERS_THRESHOLD) -> ProjectComparison:
    outcome = headline_outcome(project.outcomes)
    status = status_as_of(project)
    if outcome is None:
        return ProjectComparison(project, None, None, None, None, None, None, [],
                                 cost_per_participant(project, None),
                                 effect=effect(project.outcomes), status=status)
    number = next(i for i, o in enumerate(project.outcomes, start=1) if o is outcome)
    participants = outcome.participants
    flags: set[Flag] = set()
    if outcome.status == "interim":
        flags.add("interim")
    if participants is not None and participants.count is not None \
            and figure_range(participants).low < small_numbers:
        flags.add("small_numbers")

    def part(figure: Figure | None) -> ShareFigure | None:
        return share_figure(figure, participants) if figure is not None else None

    return ProjectComparison(
        project, outcome, number, participants, part(outcome.into_work),
        part(outcome.into_studies), combined_share(outcome), check_goals(outcome),
        cost_per_participant(project, outcome), frozenset(flags),
        effect(project.outcomes), status)


def definition_key(outcome: Outcome | None) -> DefinitionKey | None:
    """What the source counts as work and studies; None when it says nothing."""
    if outcome is None or outcome.definitions is None:
        return None
    work, studies = outcome.definitions.work, outcome.definitions.studies
    if work is None and studies is None:
        return None
    return (work.sv if work else None, studies.sv if studies else None)


def compare_projects(projects: Iterable[Project],
                     small_numbers: int = SMALL_NUMBERS_THRESHOLD) -> list[ProjectComparison]:
    """Rows for a set of projects; definitions are judged across the whole set."""
    rows = [compare_project(project, small_numbers) for project in projects]
    with_outcomes = [row for row in rows if row.outcome is not None]
    keys = {definition_key(row.outcome) for row in with_outcomes}
    currencies = {row.cost.currency for row in rows if row.cost is not None}
    result = []
    for row in rows:
        if row.cost is not None and len(currencies) > 1:
            row = replace(row, cost=row.cost.flagged("currency_differs"))
        if row.outcome is not None:
            key = definition_key(row.outcome)
            extra: set[Flag] = set()
            if key is None:
                extra.add("definitions_not_stated")
            elif len(keys) > 1:
                extra.add("definitions_differ")
            row = replace(row, flags=row.flags | extra)
        result.append(row)
    return result


def not_comparable(flags: Iterable[Flag]) -> bool:
    return any(flag in NOT_COMPARABLE for flag in flags)
