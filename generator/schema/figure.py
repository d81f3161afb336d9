"""One figure as the source states it: a count or a share, exact, vague or a range.

How far a vague figure may lie from its number is defined once, in `bounds`, for the
validator's plausibility checks and for the analysis alike: "about" is within 10 %
either way, "almost" up to 10 % below, "just over" up to 10 % above, "at least" has no
upper bound and "at most" no lower bound but zero. A range ("8-9") is read as stated.
"""

from __future__ import annotations

import math
from typing import Annotated, Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from generator.schema.base import Record
from generator.schema.common import Text
from generator.schema.refusals import refuse
from generator.schema.types import Id, PlainText

Precision = Literal["exact", "about", "at_least", "just_over", "almost", "at_most"]
Base = Literal["participants", "left", "followed_up", "unknown"]
Count = Annotated[int, Field(ge=0, le=10_000_000)]
Percent = Annotated[float, Field(ge=0, le=100)]
OPEN_ABOVE = math.inf


class Figure(Record):
    """En siffra ur källan: antal eller andel. / A figure from the source: a count or a share."""

    count: Count | None = None
    """Antal personer; vid ett intervall det lägsta. / Number of people; for a range, the lowest."""
    count_max: Count | None = None
    """Intervallets övre gräns när källan anger ett intervall av antal ("8-9"). / The upper end
    when the source gives a range of counts ("8-9")."""
    percent: Percent | None = None
    """Andel i procent (0 till 100) när källan bara anger andel; vid ett intervall den lägsta. /
    Share in per cent (0 to 100) when the source gives only a share; for a range, the lowest."""
    percent_max: Percent | None = None
    """Intervallets övre gräns för en andel ("55-60 %"). / The upper end of a range of shares."""
    precision: Precision = "exact"
    """Hur exakt källan är: exact, about (cirka), at_least (minst), at_most (högst),
    just_over (drygt), almost (nästan). Ett intervall är exact. / How exact the source is;
    a range is exact."""
    base: Base | None = None
    """Vad andelen räknas på: participants (deltagarna), left (de som avslutat),
    followed_up (de som följts upp) eller unknown (framgår inte). / What the share is of:
    participants, those who left, those followed up, or unknown."""
    base_count: Annotated[int, Field(ge=1, le=10_000_000)] | None = None
    """Hur många andelen räknas på, om källan anger det. / How many people the share is of,
    when the source says."""
    source: Id | None = None
    """Källans id; utelämnat gäller utfallets källa. / Source id; defaults to the outcome's."""
    wording: PlainText | None = None
    """Källans egna ord, ordagrant (på källans språk). / The source's own words, verbatim."""
    note: Text | None = None
    """Förklaring, t.ex. vad "övrigt" består av. / Explanation, e.g. what "other" covers."""

    @model_validator(mode="after")
    def _consistent(self) -> Figure:
        if (self.count is None) == (self.percent is None):
            raise PydanticCustomError("figure_value", "give count or percent", {})
        in_percent = self.percent is not None
        low = self.percent if in_percent else self.count
        high_field, other_field = ("percent_max", "count_max") if in_percent \
            else ("count_max", "percent_max")
        if getattr(self, other_field) is not None:
            raise refuse("range_unit_mismatch", other_field,
                         low_field="percent" if in_percent else "count", high_field=other_field)
        high = getattr(self, high_field)
        if high is not None and low is not None:
            if high <= low:
                raise refuse("range_not_increasing", high_field, low=low, high=high)
            if self.precision != "exact":
                raise refuse("range_with_precision", "precision", precision=self.precision)
        if not in_percent:
            for name in ("base", "base_count"):
                if getattr(self, name) is not None:
                    raise refuse("base_without_percent", name, field=name)
        return self

    @property
    def value(self) -> float:
        """The number the source writes (the lower end of a range)."""
        return float(self.count if self.count is not None else self.percent or 0)

    @property
    def maximum(self) -> float | None:
        """The upper end of a stated range, else None."""
        high = self.count_max if self.count is not None else self.percent_max
        return None if high is None else float(high)

    @property
    def is_range(self) -> bool:
        return self.maximum is not None

    @property
    def single_value(self) -> bool:
        """True when the source states one number (read literally); False for a range or
        "at most", which only bound the true value."""
        return not self.is_range and self.precision != "at_most"


def bounds(figure: Figure) -> tuple[float, float]:
    """The true values the figure allows, in its own unit; the top may be `OPEN_ABOVE`."""
    value, maximum = figure.value, figure.maximum
    if maximum is not None:
        return value, maximum
    return {
        "exact": (value, value),
        "about": (value * 0.9, value * 1.1),
        "almost": (value * 0.9, value),
        "just_over": (value, value * 1.1),
        "at_least": (value, OPEN_ABOVE),
        "at_most": (0.0, value),
    }[figure.precision]


def share_base(figure: Figure) -> Base:
    """What a share in per cent is of; a share whose record does not say is of an unknown base."""
    return figure.base or "unknown"
