"""A project's period and status, and which source (and so which date) the status is as of."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from generator.schema.base import Record
from generator.schema.common import Source, Text
from generator.schema.types import Id, PartialDate

PeriodStatus = Literal["planned", "ongoing", "finished"]


class Period(Record):
    """Projekttid. / Project period."""

    status: PeriodStatus
    """planned (planerat), ongoing (pågår) eller finished (avslutat), så som källan anger det
    när den skrevs. / Project status, as the source states it when it was written."""
    start: PartialDate | None = None
    """Start: år, månad eller dag. / Start: year, month or day."""
    end: PartialDate | None = None
    """Slut: år, månad eller dag. / End: year, month or day."""
    source: Id | None = None
    """Källans id; statusen gäller per källans datum. / Source id; the status is as of its date."""
    note: Text | None = None
    """Förklaring, t.ex. när källorna anger olika datum eller status. / Explanation, e.g. when
    the sources give different dates or statuses."""


def status_source(period: Period, sources: Sequence[Source]) -> Source | None:
    """The source the status is as of: the period's source, else the latest dated source
    (no status can be newer than the newest source), else None."""
    if period.source is not None:
        return next((source for source in sources if source.id == period.source), None)
    dated = [source for source in sources if source.date]
    return max(dated, key=lambda source: source.date or "", default=None)
