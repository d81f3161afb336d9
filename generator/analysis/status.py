"""A project's status as of the date of the source that states it.

A source says "ongoing" on the day it is written; years later that is only what was
last reported. The reading is part of the data, and deterministic (it depends on the
record, not on today): a finished project stays finished, a planned or ongoing one is
"as last reported" on its source's date, or "unknown" when that source is undated.
How old a report is, relative to today, is for the content report (`is_stale`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from generator.schema import Project
from generator.schema.partial_dates import latest, year
from generator.schema.period import PeriodStatus, status_source

StatusReading = Literal["final", "as_last_reported", "unknown"]


@dataclass(frozen=True)
class StatusAsOf:
    status: PeriodStatus
    """The status the record gives: the source's, when it was written."""
    reading: StatusReading
    as_of: str | None
    """The date of the source the status rests on (year, month or day)."""
    source: str | None
    """That source's id."""
    planned_end: str | None
    """The period's end, for a status that is not final: planned, not confirmed."""


def status_as_of(project: Project) -> StatusAsOf:
    period = project.period
    source = status_source(period, project.sources)
    as_of = source.date if source else None
    reading: StatusReading = "final" if period.status == "finished" \
        else "as_last_reported" if as_of else "unknown"
    return StatusAsOf(period.status, reading, as_of, source.id if source else None,
                      period.end if reading != "final" else None)


def is_stale(status: StatusAsOf, today: dt.date, years: int) -> bool:
    """A status that is not final and may no longer hold: its source is undated or older
    than `years` years, or the planned end has passed."""
    if status.reading == "final":
        return False
    if status.as_of is None:
        return True
    if status.planned_end is not None and latest(status.planned_end) < today.isoformat():
        return True
    return today.year - year(status.as_of) > years
