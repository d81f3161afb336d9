"""Figures that cannot all be true: vague wording is read as a range, and only an
impossibility even under the most generous reading is reported."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pytest

from generator.schema.figure import bounds
from generator.schema.outcome import Figure
from generator.schema.project import Project
from generator.validation.numbers import project_number_problems


def figure(count: int, precision: str = "exact") -> Figure:
    return Figure.model_validate({"count": count, "precision": precision})


def project_data(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "p", "name": {"sv": "P"}, "owner": "o", "added": dt.date(2026, 1, 1),
        "summary": {"sv": "S"}, "period": {"status": "finished"},
        "sources": [{"id": "s1", "title": "T", "publisher": "P"}],
    }
    data.update(changes)
    return data


def problems(**changes: Any) -> list[tuple[str, tuple[str | int, ...], dict[str, object]]]:
    return project_number_problems(Project.model_validate(project_data(**changes)))


def codes(**changes: Any) -> list[str]:
    return [code for code, _, _ in problems(**changes)]


def outcome(**figures: Any) -> list[dict[str, Any]]:
    return [{"source": "s1", "status": "final", **figures}]


@pytest.mark.parametrize(("precision", "low", "high"), [
    ("exact", 100, 100),
    ("about", 90, 110),       # cirka: ±10 %
    ("almost", 90, 100),      # nästan: up to 10 % below
    ("just_over", 100, 110),  # drygt: up to 10 % above
    ("at_least", 100, math.inf),  # minst: no upper bound
    ("at_most", 0, 100),      # högst: anything up to the number
])
def test_bounds_read_vague_wording_as_a_range(precision: str, low: float, high: float) -> None:
    assert bounds(figure(100, precision)) == pytest.approx((low, high))


def test_bounds_of_a_share_use_the_percent() -> None:
    share = Figure.model_validate({"percent": 40, "precision": "about"})
    assert bounds(share) == pytest.approx((36, 44))


def test_a_range_is_read_as_stated() -> None:
    assert bounds(Figure.model_validate({"count": 8, "count_max": 9})) == (8, 9)
    assert bounds(Figure.model_validate({"percent": 55, "percent_max": 60.5})) == (55, 60.5)


def test_a_range_is_checked_at_its_lowest_end() -> None:
    # 8-9 studies and 92 in work fit within 100 participants (8 + 92), 10-12 do not.
    assert codes(outcomes=outcome(participants={"count": 100}, into_work={"count": 92},
                                  into_studies={"count": 8, "count_max": 9})) == []
    assert codes(outcomes=outcome(participants={"count": 100}, into_work={"count": 92},
                                  into_studies={"count": 10, "count_max": 12})) == [
        "sum_over_participants"]


def test_parts_that_fit_within_about_participants_are_fine() -> None:
    # 55 + 50 = 105 > 100, but "about 100" may be up to 110.
    assert codes(outcomes=outcome(participants={"count": 100, "precision": "about"},
                                  into_work={"count": 55}, into_studies={"count": 50})) == []


def test_parts_over_even_the_generous_reading_are_reported() -> None:
    [(code, path, params)] = problems(outcomes=outcome(
        participants={"count": 100, "precision": "about"},
        into_work={"count": 60}, into_studies={"count": 55}))
    assert (code, path) == ("sum_over_participants", ("outcomes", 0, "participants", "count"))
    assert params == {"sum": 115, "fields": "into_work, into_studies", "participants": 100}


def test_about_parts_are_read_at_their_lowest() -> None:
    # about 60 may be 54, and 54 + 50 = 104 fits within exactly 105.
    assert codes(outcomes=outcome(participants={"count": 105},
                                  into_work={"count": 60, "precision": "about"},
                                  into_studies={"count": 50})) == []


def test_at_least_participants_have_no_upper_bound() -> None:
    assert codes(outcomes=outcome(participants={"count": 10, "precision": "at_least"},
                                  into_work={"count": 500})) == []


def test_almost_part_can_be_just_under_participants() -> None:
    # almost 110 may be 99, which fits within 100.
    assert codes(outcomes=outcome(participants={"count": 100},
                                  into_work={"count": 110, "precision": "almost"})) == []


def test_one_part_over_participants_is_reported_once_not_also_as_a_sum() -> None:
    found = problems(outcomes=outcome(participants={"count": 100}, into_work={"count": 150},
                                      into_studies={"count": 20}))
    assert [(code, path) for code, path, _ in found] == [
        ("part_over_participants", ("outcomes", 0, "into_work", "count"))]


def test_work_or_studies_combined_is_not_added_to_its_parts() -> None:
    assert codes(outcomes=outcome(participants={"count": 100}, into_work={"count": 50},
                                  into_studies={"count": 30},
                                  into_work_or_studies={"count": 80})) == []


def test_combined_figure_over_participants_is_reported() -> None:
    assert codes(outcomes=outcome(participants={"count": 100},
                                  into_work_or_studies={"count": 120})) == [
        "part_over_participants"]


def test_without_participants_counts_there_is_nothing_to_compare() -> None:
    assert codes(outcomes=outcome(participants={"percent": 100}, into_work={"count": 5000})) == []


def test_shares_over_100_percent_together_are_reported() -> None:
    [(code, path, params)] = problems(outcomes=outcome(into_work={"percent": 70},
                                                       into_studies={"percent": 40.5}))
    assert (code, path) == ("percent_sum_over_100", ("outcomes", 0, "into_studies", "percent"))
    assert params == {"sum": 110.5, "fields": "into_work, into_studies"}


def test_shares_of_different_bases_are_not_added_up() -> None:
    assert codes(outcomes=outcome(
        into_work={"percent": 70, "base": "participants"},
        into_studies={"percent": 40, "base": "left"})) == []
    assert codes(outcomes=outcome(
        into_work={"percent": 70, "base": "left"},
        into_studies={"percent": 40, "base": "left"})) == ["percent_sum_over_100"]


def test_about_shares_may_add_up_to_a_little_over_100() -> None:
    assert codes(outcomes=outcome(into_work={"percent": 60, "precision": "about"},
                                  into_studies={"percent": 45})) == []


@pytest.mark.parametrize(("start", "end", "wrong"), [
    ("2018", "2018-05", False),
    ("2018-09", "2018", False),
    ("2018-09-15", "2018-09", False),
    ("2018-09-15", "2018-09-01", True),
    ("2019", "2018-12", True),
    ("2018-09", "2018-08-31", True),
])
def test_end_before_start_compares_only_what_both_dates_say(start: str, end: str,
                                                             wrong: bool) -> None:
    found = codes(period={"status": "finished", "start": start, "end": end})
    assert found == (["end_before_start"] if wrong else [])


def test_grant_larger_than_the_budget_is_reported_in_its_currency() -> None:
    [(code, path, params)] = problems(budget={"source": "s1", "currency": "EUR", "total": 100,
                                              "esf_grant": 101})
    assert (code, path, params) == ("grant_over_budget", ("budget", "esf_grant"),
                                    {"grant": 101, "total": 100, "currency": "EUR"})
    assert codes(budget={"source": "s1", "currency": "SEK", "total": 100,
                         "esf_grant": 100}) == []


def test_a_rejected_record_still_has_its_valid_parts_checked() -> None:
    data = project_data(
        name="not a mapping",
        period={"status": "finished", "start": "2020", "end": "2019"},
        outcomes=[{"source": "s1", "status": "final", "participants": {"count": "ten"}},
                  {"source": "s1", "status": "final", "participants": {"count": 10},
                   "into_work": {"count": 20}}])
    assert [(code, path) for code, path, _ in project_number_problems(data)] == [
        ("end_before_start", ("period", "end")),
        ("part_over_participants", ("outcomes", 1, "into_work", "count"))]
