"""Dates that cannot be right: in the future, or long before anything the catalogue holds.

`added: 2206-11-23` (a typo for 2026) or `9999-12-31` validates as a date, yet the build
takes its timestamps from these dates and gzip's header holds none after 2106: every later
build failed. So each date field is held to a plausible range, judged against "today",
which a caller can give so that the result is the same on any day:

- `added` and `reviewed` say when the record was written or checked: not after today
  (one day's margin, as it is already tomorrow in Sweden while CI's clock says today),
  and not before the earliest date the build's timestamps use.
- A project's period may be planned ahead, so its start and end may be up to
  `PLANNING_YEARS` years from today.
- Every other date (a source's date, when it was retrieved, when figures were counted)
  is in the past: not after today, with the same margin.
- Nothing is before `DATE_FLOOR`.

A partial date is judged by the days it can mean: `2027` is after today when even its
first day is, `1899` before the floor when even its last day is.

This runs on every validation, outside the cache: the answer depends on the day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import types
import typing
from collections.abc import Iterator
from functools import cache
from typing import Any

from pydantic import BaseModel

from generator.diagnostics import Diagnostic
from generator.schema import Method, Project
from generator.validation.model_paths import is_partial_date

RECORD_DATE_FLOOR = dt.date(2000, 1, 1)
"""Earliest `added`/`reviewed`; also the build's earliest timestamp (`source_date_epoch`)."""
DATE_FLOOR = dt.date(1900, 1, 1)
"""Earliest date of any kind: older sources exist, but no labour-market project here."""
MARGIN = dt.timedelta(days=1)
PLANNING_YEARS = 10
"""How far ahead a project's period may be planned."""
RECORD_DATES = frozenset({"added", "reviewed"})
PLANNED_DATES = "period"
"""The top-level field whose dates may lie ahead."""

Pattern = tuple[str, ...]
Dated = tuple[str, str, tuple[int, int]]
"""A date as a summary keeps it: field, value as written (ISO), position."""


@cache
def date_patterns(model: type[BaseModel]) -> tuple[Pattern, ...]:
    """Every date field of `model`, found in the model itself (`*` for each list item), so a
    date field added later is held to a range too without anyone listing it here."""
    return tuple(_walk(model, ()))


def _walk(model: type[BaseModel], prefix: Pattern) -> Iterator[Pattern]:
    for name, info in model.model_fields.items():
        path = (*prefix, name)
        annotation, in_list = _unwrapped(info.annotation)
        pattern = (*path, "*") if in_list else path
        if annotation is dt.date or is_partial_date(model, (name,)):
            yield pattern
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from _walk(annotation, pattern)


def _unwrapped(annotation: Any) -> tuple[Any, bool]:
    """The type inside `Annotated`, `X | None` and `list[X]`, and whether a list was opened."""
    in_list = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
        elif origin is list:
            annotation, in_list = typing.get_args(annotation)[0], True
        else:
            return annotation, in_list


def record_patterns(kind: str) -> tuple[Pattern, ...]:
    return date_patterns(Project) if kind == "project" else \
        date_patterns(Method) if kind == "method" else ()


_ISO = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$")


def iso_date(value: Any) -> str:
    """A date field's value as ISO text (`2016`, `2020-08`, `2022-03-09`); "" if it is none."""
    if isinstance(value, dt.datetime):
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return str(value)
    if isinstance(value, str) and _ISO.match(value):
        try:
            _days(value)
        except ValueError:
            return ""
        return value
    return ""


def date_problems(file: str, dates: list[Dated], today: dt.date) -> list[Diagnostic]:
    problems = []
    for field, value, (line, column) in dates:
        first, last = _days(value)
        top = field.split(".")[0].split("[")[0]
        floor = RECORD_DATE_FLOOR if top in RECORD_DATES else DATE_FLOOR
        if last < floor:
            problems.append(Diagnostic("date_too_early", file, line, column, field,
                                       {"date": value, "earliest": floor.isoformat()}))
        elif top == PLANNED_DATES:
            if first > _years_after(today, PLANNING_YEARS):
                problems.append(Diagnostic("date_too_far_ahead", file, line, column, field,
                                           {"date": value, "years": PLANNING_YEARS}))
        elif first > today + MARGIN:
            problems.append(Diagnostic("date_in_future", file, line, column, field,
                                       {"date": value}))
    return problems


def _days(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day a full or partial ISO date can mean."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        year, month = parts
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def _years_after(day: dt.date, years: int) -> dt.date:
    year = min(day.year + years, dt.MAXYEAR)
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)
