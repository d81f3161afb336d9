"""Figures across several projects: totals and spreads, always with n and caveats.

A total of vague figures is a range ("at least 58 + about 1000"), and a median
of two shares from different sources is a description of those two figures,
not of a method. Callers show n and the flag counts next to every value.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.analysis.comparison import SHARE_MEASURES, Flag, ProjectComparison, ShareFigure
from generator.analysis.outcomes import Range, figure_range
from generator.schema.outcome import Figure


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
class Spread:
    """Shares from several projects: n, lowest, highest, median, and their caveats."""

    n: int
    low: float
    high: float
    median: float
    flags: dict[Flag, int]
    """How many of the n shares carry each flag."""


@dataclass(frozen=True)
class MethodSummary:
    method_id: str
    rows: list[ProjectComparison]
    participants: Total
    shares: dict[str, Spread]
    """Spread per measure ("into_work", "into_studies", "combined"); absent when n = 0."""


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


def spread(values: Sequence[tuple[ShareFigure, frozenset[Flag]]]) -> Spread | None:
    """Each value is a share with the flags of the row it comes from."""
    if not values:
        return None
    percents = [value.percent for value, _ in values]
    counts: Counter[Flag] = Counter()
    for value, row_flags in values:
        counts.update(value.flags | row_flags)
    return Spread(len(values), min(percents), max(percents), statistics.median(percents),
                  dict(sorted(counts.items())))


def method_summary(method_id: str, rows: Sequence[ProjectComparison]) -> MethodSummary:
    shares = {}
    for measure in SHARE_MEASURES:
        values = [(value, row.flags) for row in rows
                  if (value := row.share_of(measure)) is not None]
        if (found := spread(values)) is not None:
            shares[measure] = found
    participants = total(row.participants for row in rows)
    return MethodSummary(method_id, list(rows), participants, shares)


def method_summaries(rows: Sequence[ProjectComparison],
                     by_method: dict[str, list[str]]) -> list[MethodSummary]:
    """One summary per method that some project uses, in method id order."""
    by_id = {row.project.id: row for row in rows}
    return [method_summary(method_id, [by_id[p] for p in project_ids if p in by_id])
            for method_id, project_ids in sorted(by_method.items())]
