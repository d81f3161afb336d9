"""Dates in the page's language. A partial date stays partial: "2016", "mars 2022".

A status is as of the source that states it: "pågående enligt källa från 2019", or
"status okänd" when that source is undated (see analysis/status.py). Nothing here
depends on today, so the same record always gives the same words.
"""

from __future__ import annotations

import datetime as dt

from generator.analysis.status import StatusAsOf, status_as_of
from generator.i18n import t
from generator.schema import Project
from generator.schema.project import Period
from generator.site.format.text import fixed_string


def partial_date(value: str | dt.date | None, lang: str) -> str:
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, dt.date) else value
    parts = text.split("-")
    if len(parts) == 1:
        return parts[0]
    month = t(lang, f"site.month.{int(parts[1])}")
    if len(parts) == 2:
        return t(lang, "site.date.month", month=month, year=parts[0])
    return t(lang, "site.date.day", day=int(parts[2]), month=month, year=parts[0])


def period(start: str | None, end: str | None, lang: str) -> str:
    if start and end:
        return t(lang, "site.date.range", start=partial_date(start, lang),
                 end=partial_date(end, lang))
    if start:
        return t(lang, "site.date.from", start=partial_date(start, lang))
    if end:
        return t(lang, "site.date.until", end=partial_date(end, lang))
    return ""


def status_text(status: StatusAsOf, lang: str) -> str:
    """"avslutat", "pågående enligt källa från mars 2022", "status okänd (…)"."""
    if status.reading == "final":
        return fixed_string(lang, f"site.status.{status.status}")
    if status.reading == "unknown":
        return t(lang, f"figures.status.unknown.{status.status}")
    return t(lang, f"figures.status.reported.{status.status}",
             date=partial_date(status.as_of, lang))


def period_with_status(value: Period, lang: str, *, capitalised: bool = False,
                       status: StatusAsOf | None = None) -> str:
    """"2019-2022 (avslutat)"; the status alone when the record gives no dates.

    `status`: the status as of its source (`project_period` passes it); without it the
    record's status word alone. `capitalised`: a status standing alone starts with a
    capital (it opens a line).
    """
    words = status_text(status, lang) if status is not None \
        else fixed_string(lang, f"site.status.{value.status}")
    when = period(value.start, value.end, lang)
    if when:
        return f"{when} ({words})"
    return words[:1].upper() + words[1:] if capitalised else words


def project_period(project: Project, lang: str, *, capitalised: bool = False) -> str:
    """A project's period with its status as of the source that states it."""
    return period_with_status(project.period, lang, capitalised=capitalised,
                              status=status_as_of(project))
