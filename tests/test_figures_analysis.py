"""The analysis uses only what the sources allow (issue #13): ranges stay ranges, an open top
is never data, shares of different bases never share a summary, a goal's check stands
beside the source's judgement, a status is as of its source, costs keep their currency,
thin summaries give the figures, and comparison-group results stay apart from shares."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from generator.analysis.aggregate import MIN_FOR_SUMMARY, method_summary
from generator.analysis.comparison import combined_share, compare_project, compare_projects
from generator.analysis.outcomes import check_goal
from generator.analysis.status import staleness, status_as_of
from generator.schema.goal import Goal
from generator.schema.outcome import Outcome
from generator.schema.project import Project

TODAY = dt.date(2026, 12, 1)


def project(project_id: str = "p", **fields: Any) -> Project:
    return Project.model_validate({
        "id": project_id, "name": {"sv": project_id}, "owner": "o", "added": dt.date(2024, 1, 1),
        "summary": {"sv": "S"}, "period": {"status": "finished"},
        "sources": [{"id": "s1", "title": "T", "publisher": "P"}], **fields})


def outcome(**fields: Any) -> dict[str, Any]:
    return {"source": "s1", "status": "final", **fields}


def test_a_range_gives_a_share_range_not_an_open_top() -> None:
    # About 20 (18..22) and 8-9 of 58: combined 26..31 of 58 = 44.83 % to 53.45 %.
    value = combined_share(Outcome.model_validate(outcome(
        participants={"count": 58}, into_work={"count": 20, "precision": "about"},
        into_studies={"count": 8, "count_max": 9})))
    assert value is not None
    assert value.range.low == pytest.approx(100 * 26 / 58)
    assert value.range.high == pytest.approx(100 * 31 / 58)
    assert value.percent == pytest.approx(100 * 28 / 58)
    assert (value.single_value, value.open_above) == (False, False)
    assert "open_ended" not in value.flags and "approximate" in value.flags


def test_at_least_is_open_above_and_flagged() -> None:
    row = compare_project(project(outcomes=[outcome(
        participants={"count": 58}, into_studies={"count": 8, "precision": "at_least"})]))
    studies = row.into_studies
    assert studies is not None and studies.open_above and studies.range.high == 100
    assert "open_ended" in studies.flags


def test_at_most_reads_down_to_zero() -> None:
    row = compare_project(project(outcomes=[outcome(
        participants={"count": 50}, into_work={"count": 10, "precision": "at_most"})]))
    work = row.into_work
    assert work is not None and work.range.low == 0 and work.range.high == 20
    assert work.percent == 0 and not work.single_value


@pytest.mark.parametrize(("base", "flag"), [
    ("left", "base_left"), ("followed_up", "base_followed_up"), ("unknown", "base_unknown"),
    (None, "base_unknown"), ("participants", None)])
def test_a_share_carries_its_base(base: str | None, flag: str | None) -> None:
    figure = {"percent": 58, **({"base": base} if base else {})}
    row = compare_project(project(outcomes=[outcome(into_work_or_studies=figure)]))
    combined = row.combined
    assert combined is not None and combined.base == (base or "unknown")
    assert ({flag} if flag else set()) == combined.flags - {"percent_only"}


def test_shares_of_different_bases_are_not_added_up() -> None:
    different = Outcome.model_validate(outcome(
        into_work={"percent": 30, "base": "participants"},
        into_studies={"percent": 10, "base": "left"}))
    assert combined_share(different) is None
    same = Outcome.model_validate(outcome(
        into_work={"percent": 30, "base": "left"}, into_studies={"percent": 10, "base": "left"}))
    both = combined_share(same)
    assert both is not None and both.base == "left" and both.percent == 40


def test_a_goal_in_per_cent_is_not_checked_against_another_base() -> None:
    goal = Goal.model_validate({"text": {"sv": "M"}, "measure": "work_or_studies",
                                "percent": 50})
    left = Outcome.model_validate(outcome(
        into_work_or_studies={"percent": 58, "base": "left"}))
    assert check_goal(goal, left).status == "not_stated"


@pytest.mark.parametrize(("judgement", "figures", "status", "agreement"), [
    (None, {"count": 20}, "not_met", "no_judgement"),
    ("will_not_be_met", {"count": 20, "precision": "about"}, "not_met", "consistent"),
    ("met", {"count": 20}, "not_met", "contradicts"),
    ("not_met", {"count": 60}, "met", "contradicts"),
    ("will_not_be_met", {"count": 60}, "met", "contradicts"),
    ("not_yet_known", {"count": 60}, "met", "consistent"),
])
def test_the_source_judgement_stands_beside_the_check(
        judgement: str | None, figures: dict[str, Any], status: str, agreement: str) -> None:
    goal = Goal.model_validate({
        "text": {"sv": "M"}, "measure": "work", "count": 50,
        **({"judgement": {"status": judgement, "wording": "ord"}} if judgement else {})})
    check = check_goal(goal, Outcome.model_validate(outcome(into_work=figures)))
    assert (check.status, check.judgement, check.agreement) == (status, judgement, agreement)


def test_without_figures_only_the_source_judgement_speaks() -> None:
    goal = Goal.model_validate({"text": {"sv": "M"}, "measure": "work", "count": 50,
                                "judgement": {"status": "met", "wording": "nått"}})
    check = check_goal(goal, Outcome.model_validate(outcome()))
    assert (check.status, check.agreement) == ("not_stated", "figures_silent")


@pytest.mark.parametrize(("period", "sources", "reading", "as_of", "stale"), [
    ({"status": "finished"}, [{}], "final", None, None),
    ({"status": "ongoing", "source": "s1"}, [{}], "unknown", None, "undated"),
    ({"status": "ongoing", "source": "s1"}, [{"date": "2019"}], "as_last_reported", "2019",
     "old_source"),
    ({"status": "ongoing", "end": "2022-12", "source": "s1"}, [{"date": "2022-03-09"}],
     "as_last_reported", "2022-03-09", "past_planned_end"),
    ({"status": "planned"}, [{"date": "2025"}, {"date": "2026-06"}], "as_last_reported",
     "2026-06", None),
])
def test_status_is_as_of_its_source(period: dict[str, Any], sources: list[dict[str, Any]],
                                    reading: str, as_of: str | None, stale: str | None) -> None:
    record = project(period=period, sources=[
        {"id": f"s{number}", "title": "T", "publisher": "P", **extra}
        for number, extra in enumerate(sources, start=1)])
    status = status_as_of(record)
    assert (status.status, status.reading, status.as_of) == (period["status"], reading, as_of)
    assert staleness(status, TODAY, 3) == stale


def test_costs_keep_their_currency_and_a_mixed_set_is_flagged() -> None:
    people = [outcome(participants={"count": 100})]
    sek = project("a", budget={"source": "s1", "currency": "SEK", "total": 1_000_000},
                  outcomes=people)
    eur = project("b", budget={"source": "s1", "currency": "EUR", "total": 100_000},
                  outcomes=people)
    alone = compare_projects([sek])[0].cost
    assert alone is not None and (alone.amount, alone.currency, alone.flags) == (
        10_000, "SEK", frozenset())
    mixed = [row.cost for row in compare_projects([sek, eur])]
    assert [(cost.amount, cost.currency) for cost in mixed if cost] == [
        (10_000, "SEK"), (1_000, "EUR")]
    assert all(cost is not None and "currency_differs" in cost.flags for cost in mixed)


def shares_of(count: int) -> list[Project]:
    return [project(f"p{number}", outcomes=[outcome(
        into_work_or_studies={"percent": 10.0 * (number + 1), "base": "participants"})])
        for number in range(count)]


def test_below_three_projects_a_spread_gives_the_figures_and_why() -> None:
    assert MIN_FOR_SUMMARY == 3
    thin = method_summary("m", compare_projects(shares_of(2))).shares["combined"]
    assert (thin.n, thin.low, thin.high, thin.median) == (2, None, None, None)
    assert not thin.summarised and thin.thin == "fewer_than_minimum"
    assert [(v.project_id, v.share.percent) for v in thin.values] == [("p0", 10), ("p1", 20)]
    full = method_summary("m", compare_projects(shares_of(3))).shares["combined"]
    assert (full.summarised, full.low, full.median, full.high) == (True, 10, 20, 30)


def test_shares_of_another_base_are_listed_apart_not_summarised() -> None:
    rows = compare_projects([*shares_of(3), project("q", outcomes=[outcome(
        into_work_or_studies={"percent": 58, "base": "left"})])])
    summary = method_summary("m", rows)
    assert summary.shares["combined"].n == 3
    assert [(v.project_id, v.share.base) for v in summary.other_bases["combined"]] == [
        ("q", "left")]


def trial(**difference: Any) -> dict[str, Any]:
    groups = {"programme_group": {"description": {"sv": "D"}, "size": 400,
                                  "result": {"count": 150}},
              "comparison_group": {"description": {"sv": "K"}, "size": 380,
                                   "result": {"percent": 25}}}
    return outcome(participants={"count": 400}, into_work={"count": 150}, evaluation={
        "design": "randomised", "evaluated_by": "external", "follow_up_months": 18,
        "measure": "work", **groups, **({"difference": difference} if difference else {})})


def test_a_comparison_is_an_effect_beside_the_shares() -> None:
    row = compare_project(project(outcomes=[trial(points=12.5, ci_low=6.1, ci_high=18.9)]))
    effect = row.effect
    assert effect is not None and effect.level == "randomised" and effect.outcome_number == 1
    assert (effect.programme.percent, effect.comparison.percent) == (37.5, 25)
    assert effect.stated is not None and effect.stated.ci_high == 18.9
    assert effect.computed_points is None
    assert row.into_work is not None and row.into_work.percent == 37.5
    assert row.project.evidence_level == "randomised"
    summary = method_summary("m", [row])
    assert [project_id for project_id, _ in summary.effects] == ["p"]


def test_without_a_stated_difference_the_plain_difference_is_marked_computed() -> None:
    effect = compare_project(project(outcomes=[trial()])).effect
    assert effect is not None and effect.stated is None
    assert effect.computed_points == pytest.approx(12.5)
