"""Warnings for a period whose status or dates disagree with the sources' dates.

A status is what a source said on the day it was written. The validator can see these
disagreements (each is a warning until `period.note` explains it):

- `period_ongoing_after_end`: status planned or ongoing, but the source the status rests
  on (the period's source, else the latest dated source) is dated after the end;
- `period_planned_after_start`: status planned, but that source is dated after the start;
- `period_finished_before_end`: status finished, but that source is dated before the end,
  so it cannot have said that the project ended;
- `period_interim_after_end`: status finished, but an outcome dated after the end calls
  its figures interim;
- `period_outcome_before_start`: an outcome dated before the start;
- `period_final_before_end`: final figures dated before the end.

An outcome takes part when it states a figure (goals alone are plans, not results); its
date is its `as_of`, else its source's date. Partial dates are compared only where every
day they may mean agrees ("2022" is not after "2022-05").
"""

from __future__ import annotations

from typing import Any

from generator.analysis.outcomes import OUTCOME_FIELDS
from generator.diagnostics import FieldPath
from generator.schema.common import Source
from generator.schema.outcome import Outcome
from generator.schema.partial_dates import surely_after, surely_before
from generator.schema.period import Period, status_source
from generator.schema.project import Project
from generator.validation.numbers import Problem
from generator.validation.parts import project_parts


def period_problems(project: Project | dict[str, Any]) -> list[Problem]:
    parts = project_parts(project)
    period = parts.period
    if period is None or period.note is not None:
        return []
    problems = _status_problems(period, parts.sources)
    for index, outcome in parts.outcomes:
        problems += _outcome_problems(period, outcome, index, parts.sources)
    return problems


def _status_problems(period: Period, sources: list[Source]) -> list[Problem]:
    source = status_source(period, sources)
    date = source.date if source else None
    if date is None:
        return []
    at: FieldPath = ("period", "status")
    problems: list[Problem] = []
    if period.status != "finished" and period.end and surely_after(date, period.end):
        problems.append(("period_ongoing_after_end", at,
                         {"status": period.status, "date": date, "end": period.end}))
    if period.status == "planned" and period.start and surely_after(date, period.start):
        problems.append(("period_planned_after_start", at, {"date": date, "start": period.start}))
    if period.status == "finished" and period.end and surely_before(date, period.end):
        problems.append(("period_finished_before_end", at, {"date": date, "end": period.end}))
    return problems


def _outcome_problems(period: Period, outcome: Outcome, index: int,
                      sources: list[Source]) -> list[Problem]:
    if all(getattr(outcome, name) is None for name in OUTCOME_FIELDS):
        return []
    path: FieldPath = ("outcomes", index)
    date: str | None
    if outcome.as_of is not None:
        date, date_path = outcome.as_of, (*path, "as_of")
    else:
        source = next((s for s in sources if s.id == outcome.source), None)
        date, date_path = (source.date if source else None), (*path, "source")
    if date is None:
        return []
    problems: list[Problem] = []
    if period.start and surely_before(date, period.start):
        problems.append(("period_outcome_before_start", date_path,
                         {"date": date, "start": period.start}))
    if period.end and outcome.status == "final" and surely_before(date, period.end):
        problems.append(("period_final_before_end", (*path, "status"),
                         {"date": date, "end": period.end}))
    if period.end and period.status == "finished" and outcome.status == "interim" \
            and surely_after(date, period.end):
        problems.append(("period_interim_after_end", ("period", "end"),
                         {"date": date, "end": period.end}))
    return problems
