"""Figures across several projects: totals and spreads, always with n and caveats.

A total of vague figures is a range ("at least 58 + about 1000"). A median or a range
of two shares from different sources describes nothing but those two figures, so below
`MIN_FOR_SUMMARY` projects a spread gives the individual figures and says why, and no
median. Only shares of the participants are summarised together; a share of another
base (those who left, those followed up, unknown) is listed apart, never on their axis.
Results against a comparison group are listed one by one: they are effects, not shares.
Callers show n and the flag counts next to every value.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from generator.analysis.comparison import SHARE_MEASURES, Flag, ProjectComparison, ShareFigure
from generator.analysis.effect import Effect
from generator.analysis.ranges import Range, figure_range
from generator.schema.outcome import Figure

MIN_FOR_SUMMARY = 3
"""Fewer shares than this and a method shows each figure instead of a median and range."""
ThinReason = Literal["fewer_than_minimum"]


@dataclass(frozen=True)
class Total:
    """A sum of the counts that were given: the literal sum and the widest reading of it."""

    point: float
    range: Range
    """Widest reading of the counts given; open above when one says "at least"."""
    reported: int
    """How many projects gave a count."""
    missing: int
    """How many projects gave none: the true total is higher by an unknown amount."""

    @property
    def exact(self) -> bool:
        return self.range.low == self.range.high and self.missing == 0


@dataclass(frozen=True)
class SpreadValue:
    project_id: str
    share: ShareFigure


@dataclass(frozen=True)
class Spread:
    """Shares of the participants from several projects: n, the figures, and their caveats."""

    n: int
    values: tuple[SpreadValue, ...]
    """Every share, in project id order: what a thin spread shows instead of a summary."""
    low: float | None
    high: float | None
    median: float | None
    """Lowest, highest and median point value; None when n < MIN_FOR_SUMMARY."""
    flags: dict[Flag, int]
    """How many of the n shares carry each flag."""
    thin: ThinReason | None = None
    """Why there is no summary, when there is none."""

    @property
    def summarised(self) -> bool:
        return self.thin is None


@dataclass(frozen=True)
class MethodSummary:
    method_id: str
    rows: list[ProjectComparison]
    participants: Total
    shares: dict[str, Spread]
    """Spread per measure ("into_work", "into_studies", "combined") of shares of the
    participants; absent when n = 0."""
    other_bases: dict[str, tuple[SpreadValue, ...]] = field(default_factory=dict)
    """Per measure, the shares of another base than the participants, listed apart."""
    effects: tuple[tuple[str, Effect], ...] = ()
    """(project id, effect) for every project evaluated against a comparison group."""


def total(figures: Iterable[Figure | None]) -> Total:
    point, low, high, reported, missing = 0.0, 0.0, 0.0, 0, 0
    for figure in figures:
        if figure is None or figure.count is None:
            missing += 1
            continue
        reading = figure_range(figure)
        point += figure.count
        low += reading.low
        high += reading.high
        reported += 1
    return Total(point, Range(low, high), reported, missing)


def spread(values: Sequence[tuple[SpreadValue, frozenset[Flag]]]) -> Spread | None:
    """Each value is a share with the flags of the row it comes from."""
    if not values:
        return None
    counts: Counter[Flag] = Counter()
    for value, row_flags in values:
        counts.update(value.share.flags | row_flags)
    ordered = tuple(sorted((value for value, _ in values), key=lambda v: v.project_id))
    flags = dict(sorted(counts.items()))
    if len(values) < MIN_FOR_SUMMARY:
        return Spread(len(values), ordered, None, None, None, flags, "fewer_than_minimum")
    percents = [value.share.percent for value in ordered]
    return Spread(len(values), ordered, min(percents), max(percents),
                  statistics.median(percents), flags)


def method_summary(method_id: str, rows: Sequence[ProjectComparison]) -> MethodSummary:
    shares: dict[str, Spread] = {}
    other_bases: dict[str, tuple[SpreadValue, ...]] = {}
    for measure in SHARE_MEASURES:
        found = [(SpreadValue(row.project.id, value), row.flags) for row in rows
                 if (value := row.share_of(measure)) is not None]
        of_participants = [item for item in found if item[0].share.base == "participants"]
        if (result := spread(of_participants)) is not None:
            shares[measure] = result
        apart = tuple(sorted((item[0] for item in found
                              if item[0].share.base != "participants"),
                             key=lambda value: value.project_id))
        if apart:
            other_bases[measure] = apart
    participants = total(row.participants for row in rows)
    effects = tuple(sorted(((row.project.id, row.effect) for row in rows
                            if row.effect is not None), key=lambda item: item[0]))
    return MethodSummary(method_id, list(rows), participants, shares, other_bases, effects)


def method_summaries(rows: Sequence[ProjectComparison],
                     by_method: dict[str, list[str]]) -> list[MethodSummary]:
    """One summary per method that some project uses, in method id order."""
    by_id = {row.project.id: row for row in rows}
    return [method_summary(method_id, [by_id[p] for p in project_ids if p in by_id])
            for method_id, project_ids in sorted(by_method.items())]
