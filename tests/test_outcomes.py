"""Shares and goal checks: vague figures are ranges, conclusions only when certain."""

from __future__ import annotations

import math
from typing import Any

import pytest

from generator.analysis.outcomes import (
    Range,
    check_goal,
    figure_range,
    headline_outcome,
    measure_range,
    share,
    shares,
)
from generator.schema.outcome import Figure, Goal, Outcome


def outcome(**fields: Any) -> Outcome:
    return Outcome.model_validate({"source": "s1", "status": "final", **fields})


def goal(**fields: Any) -> Goal:
    return Goal.model_validate({"text": {"sv": "Mål"}, **fields})


GOINGE = outcome(participants={"count": 246},
                 into_work={"count": 100, "precision": "just_over"},
                 into_studies={"count": 40, "precision": "almost"})


@pytest.mark.parametrize(("precision", "expected"), [
    ("exact", Range(100, 100)), ("about", Range(90, 110)), ("almost", Range(90, 100)),
    ("just_over", Range(100, 110)), ("at_least", Range(100, math.inf))])
def test_precision_words_are_ranges(precision: str, expected: Range) -> None:
    value = figure_range(Figure(count=100, precision=precision))  # type: ignore[arg-type]
    assert value.low == pytest.approx(expected.low)
    assert value.high == pytest.approx(expected.high)


def test_share_keeps_its_denominator_and_exactness() -> None:
    result = share(Figure(count=100, precision="just_over"), Figure(count=246))
    assert result is not None
    assert result.percent == pytest.approx(40.65, abs=0.01)
    assert result.participants == Figure(count=246)
    assert not result.exact
    exact = share(Figure(count=50), Figure(count=200))
    assert exact is not None and exact.exact and exact.percent == 25


def test_share_of_a_percentage_is_the_percentage_itself() -> None:
    result = share(Figure(percent=60, precision="about"), None)
    assert result is not None and result.participants is None and result.percent == 60


def test_no_share_without_participants() -> None:
    assert share(Figure(count=10), None) is None
    assert share(Figure(count=10), Figure(count=0)) is None
    assert set(shares(GOINGE)) == {"into_work", "into_studies"}


def test_goal_met_when_lower_bounds_reach_it() -> None:
    check = check_goal(goal(measure="work_studies_or_other", percent=20), GOINGE)
    assert check.status == "met"
    assert check.result is not None
    # Missing "other" keeps the lower bound (136 of at most 246) but opens the top: the
    # 100 % ceiling is not a figure, so the top stays open.
    assert check.result.low == pytest.approx(100 * 136 / 246)
    assert check.result.open_above


def test_goal_not_met_only_when_even_upper_bounds_stay_below() -> None:
    result = outcome(participants={"count": 100}, into_work={"count": 10, "precision": "about"})
    assert check_goal(goal(measure="work", percent=30), result).status == "not_met"
    assert check_goal(goal(measure="work", percent=10.5), result).status == "unclear"
    assert check_goal(goal(measure="work", percent=9), result).status == "met"


def test_goal_in_people() -> None:
    result = outcome(into_work={"count": 48, "precision": "almost"})
    # "almost 48" is 43.2 to 48 people.
    assert check_goal(goal(measure="work", count=43), result).status == "met"
    assert check_goal(goal(measure="work", count=45), result).status == "unclear"
    assert check_goal(goal(measure="work", count=49), result).status == "not_met"


def test_about_goal_allows_ten_per_cent() -> None:
    result = outcome(into_work={"count": 18})
    assert check_goal(goal(measure="work", count=20, comparison="about"), result).status == "met"


def test_goal_not_stated_without_the_figures() -> None:
    result = outcome(into_work={"count": 18})
    check = check_goal(goal(measure="work", percent=20), result)
    assert check.status == "not_stated" and check.result is None
    assert check_goal(goal(measure="studies", count=5), result).status == "not_stated"


def test_combined_figure_is_preferred_over_parts() -> None:
    result = outcome(participants={"count": 1000, "precision": "about"},
                     into_work_or_studies={"count": 600, "precision": "about"})
    value = measure_range(result, "work_or_studies", in_percent=True)
    assert value is not None
    assert value.low == pytest.approx(100 * 540 / 1100)
    assert value.high == pytest.approx(100 * 660 / 900)


def test_headline_outcome_prefers_final_then_latest() -> None:
    interim = outcome(status="interim", as_of="2020")
    late_interim = outcome(status="interim", as_of="2021")
    final = outcome(status="final", as_of="2019")
    assert headline_outcome([interim, final, late_interim]) is final
    assert headline_outcome([interim, late_interim]) is late_interim
    assert headline_outcome([]) is None
