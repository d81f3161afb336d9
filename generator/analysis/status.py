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
Staleness = Literal["undated", "past_planned_end", "old_source"]


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


def staleness(status: StatusAsOf, today: dt.date, years: int) -> Staleness | None:
    """Why a status that is not final may no longer hold, or None: its source is undated,
    the planned end has passed, or the source is more than `years` years old."""
    if status.reading == "final":
        return None
    if status.as_of is None:
        return "undated"
    if status.planned_end is not None and latest(status.planned_end) < today.isoformat():
        return "past_planned_end"
    return "old_source" if today.year - year(status.as_of) > years else None
