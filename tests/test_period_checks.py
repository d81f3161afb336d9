"""A period whose status or dates disagree with the sources' dates warns until `period.note`
explains it; partial dates disagree only where every day they may mean does."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from generator.schema.partial_dates import earliest, latest, surely_after, surely_before
from generator.schema.project import Project
from generator.validation.periodcheck import period_problems


@pytest.mark.parametrize(("date", "first", "last"), [
    ("2022", "2022-01-01", "2022-12-31"), ("2024-02", "2024-02-01", "2024-02-29"),
    ("2023-02", "2023-02-01", "2023-02-28"), ("2022-03-09", "2022-03-09", "2022-03-09")])
def test_a_partial_date_is_every_day_it_may_mean(date: str, first: str, last: str) -> None:
    assert (earliest(date), latest(date)) == (first, last)


@pytest.mark.parametrize(("date", "other", "after", "before"), [
    ("2023", "2022-12", True, False), ("2022-05", "2022", False, False),
    ("2022", "2022-05", False, False), ("2021-12-31", "2022", False, True),
    ("2022-06", "2022-05-31", True, False)])
def test_dates_compare_only_as_far_as_both_are_known(date: str, other: str, after: bool,
                                                      before: bool) -> None:
    assert (surely_after(date, other), surely_before(date, other)) == (after, before)


def project(period: dict[str, Any], outcomes: list[dict[str, Any]] | None = None,
            source_date: str | None = "2022-06") -> dict[str, Any]:
    source = {"id": "s1", "title": "T", "publisher": "P",
              **({"date": source_date} if source_date else {})}
    return {"id": "p", "name": {"sv": "P"}, "owner": "o", "added": dt.date(2026, 1, 1),
            "summary": {"sv": "S"}, "period": period, "outcomes": outcomes or [],
            "sources": [source]}


def codes(data: dict[str, Any]) -> list[str]:
    problems = period_problems(Project.model_validate(data))
    assert problems == period_problems(data), "a raw record gets the same warnings"
    return [code for code, _, _ in problems]


FIGURES = {"participants": {"count": 10}}


@pytest.mark.parametrize(("period", "outcomes", "expected"), [
    ({"status": "ongoing", "end": "2021", "source": "s1"}, [], ["period_ongoing_after_end"]),
    ({"status": "ongoing", "end": "2022", "source": "s1"}, [], []),
    ({"status": "planned", "start": "2021", "source": "s1"}, [],
     ["period_planned_after_start"]),
    ({"status": "finished", "end": "2023", "source": "s1"}, [],
     ["period_finished_before_end"]),
    ({"status": "finished", "end": "2022-03"},
     [{"source": "s1", "status": "interim", **FIGURES}], ["period_interim_after_end"]),
    ({"status": "finished", "start": "2023"}, [{"source": "s1", "status": "final", **FIGURES}],
     ["period_outcome_before_start"]),
    ({"status": "finished", "end": "2022-05"},
     [{"source": "s1", "status": "final", "as_of": "2022-03", **FIGURES}],
     ["period_final_before_end"]),
    # An outcome with only goals is a plan, not figures from a date.
    ({"status": "planned", "start": "2023", "end": "2024"},
     [{"source": "s1", "status": "final",
       "goals": [{"text": {"sv": "M"}, "measure": "work", "count": 5}]}], []),
])
def test_each_disagreement_the_validator_can_see(period: dict[str, Any],
                                                 outcomes: list[dict[str, Any]],
                                                 expected: list[str]) -> None:
    assert codes(project(period, outcomes)) == expected
    explained = {**period, "note": {"sv": "Källorna säger olika.", "en": "The sources differ."}}
    assert codes(project(explained, outcomes)) == []


def test_an_undated_source_cannot_contradict_anything() -> None:
    assert codes(project({"status": "ongoing", "end": "2001", "source": "s1"},
                         source_date=None)) == []


def test_without_a_period_source_the_latest_dated_source_counts() -> None:
    data = project({"status": "ongoing", "end": "2021"})
    data["sources"].append({"id": "s2", "title": "T", "publisher": "P", "date": "2020"})
    assert codes(data) == ["period_ongoing_after_end"]
