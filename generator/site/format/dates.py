"""Dates in the page's language. A partial date stays partial: "2016", "mars 2022"."""

from __future__ import annotations

import datetime as dt

from generator.i18n import t
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


def period_with_status(value: Period, lang: str, *, capitalised: bool = False) -> str:
    """"2019-2022 (avslutat)"; the status alone when the record gives no dates.

    `capitalised`: a status standing alone starts with a capital (it opens a line).
    """
    status = fixed_string(lang, f"site.status.{value.status}")
    when = period(value.start, value.end, lang)
    if when:
        return f"{when} ({status})"
    return status[:1].upper() + status[1:] if capitalised else status
