"""Figures read as the ranges of true values they allow, and shares of participants.

How wide each precision word is, is defined once in `generator.schema.figure.bounds`.
A share computed here is a share of the participants: a figure the source gives as a
share of someone else (those who left, those followed up, an unknown group) is not.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from generator.schema.figure import Figure, bounds, share_base


@dataclass(frozen=True)
class Range:
    low: float
    high: float  # math.inf when the source gives no upper bound

    def __add__(self, other: Range) -> Range:
        return Range(self.low + other.low, self.high + other.high)

    @property
    def open_above(self) -> bool:
        return math.isinf(self.high)

    def capped(self, limit: float = 100.0) -> Range:
        return Range(min(self.low, limit), min(self.high, limit))


def figure_range(figure: Figure) -> Range:
    """The figure in its own unit (people, or per cent of its base)."""
    low, high = bounds(figure)
    return Range(low, high)


def of_participants(figure: Figure) -> bool:
    """Whether the figure counts participants: a count, or a share of all participants."""
    return figure.percent is None or share_base(figure) == "participants"


def participant_share_range(figure: Figure, participants: Figure | None) -> Range | None:
    """The share of the participants the figure allows, uncapped (the top may be open).

    None when the figure is a share of another base, or a count without participants.
    """
    if figure.percent is not None:
        return figure_range(figure) if of_participants(figure) else None
    if participants is None or participants.count is None:
        return None
    whole = figure_range(participants)
    part = figure_range(figure)
    if whole.low <= 0:
        return None
    return Range(100 * part.low / whole.high, 100 * part.high / whole.low)


def own_share_range(figure: Figure, participants: Figure | None) -> Range | None:
    """The share in per cent of the figure's own base, capped at 100: for a share the
    source gives, whatever it is of; for a count, of the participants."""
    if figure.percent is not None:
        return figure_range(figure).capped()
    reading = participant_share_range(figure, participants)
    return reading.capped() if reading is not None else None


def participant_count_range(figure: Figure, participants: Figure | None) -> Range | None:
    """How many participants the figure allows: a count, or a share of the participants."""
    if figure.count is not None:
        return figure_range(figure)
    if not of_participants(figure) or participants is None or participants.count is None:
        return None
    share_of = figure_range(figure)
    whole = figure_range(participants)
    return Range(share_of.low * whole.low / 100, share_of.high * whole.high / 100)
