"""Comparison rows, costs, totals and spreads, checked against values worked out by hand."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pytest

from generator.analysis.aggregate import method_summary, spread, total
from generator.analysis.comparison import (
    combined_share,
    compare_project,
    compare_projects,
    not_comparable,
    share_figure,
)
from generator.analysis.cost import cost_per_participant
from generator.analysis.factors import factor_counts
from generator.analysis.outcomes import Range
from generator.schema import Project
from generator.schema.outcome import Figure, Outcome


def project(project_id: str = "p", **fields: Any) -> Project:
    return Project.model_validate({
        "id": project_id, "name": {"sv": project_id}, "owner": "o", "added": dt.date(2024, 1, 1),
        "summary": {"sv": "S"}, "period": {"status": "finished"},
        "sources": [{"id": "s1", "title": "T", "publisher": "P"}], **fields})


def outcome(**fields: Any) -> dict[str, Any]:
    return {"source": "s1", "status": "final", **fields}


GOINGE = outcome(participants={"count": 246},
                 into_work={"count": 100, "precision": "just_over"},
                 into_studies={"count": 40, "precision": "almost"},
                 goals=[{"text": {"sv": "Minst 20 %"}, "measure": "work_studies_or_other",
                         "percent": 20}])


def test_goinge_shares_keep_their_denominator() -> None:
    row = compare_project(project(outcomes=[GOINGE]))
    assert row.participants == Figure(count=246)
    work, studies, combined = row.into_work, row.into_studies, row.combined
    assert work is not None and studies is not None and combined is not None
    # Work: 100 / 246 = 0.40650 -> 40.65 %; "just over" reads 100..110 -> 40.65..44.72 %.
    assert work.percent == pytest.approx(40.650, abs=1e-3)
    assert work.range.high == pytest.approx(110 / 246 * 100)
    assert work.participants == Figure(count=246)
    # Studies: 40 / 246 = 16.26 %; "almost" reads 36..40 -> 14.63..16.26 %.
    assert studies.percent == pytest.approx(16.260, abs=1e-3)
    assert studies.range.low == pytest.approx(36 / 246 * 100)
    # Combined: 40.65 + 16.26 = 56.91 %; widest 136/246 = 55.28 % to 150/246 = 60.98 %.
    assert combined.percent == pytest.approx(56.911, abs=1e-3)
    assert combined.range.low == pytest.approx(55.285, abs=1e-3)
    assert combined.range.high == pytest.approx(60.976, abs=1e-3)
    assert combined.parts == (Figure(count=100, precision="just_over"),
                              Figure(count=40, precision="almost"))
    assert {"approximate"} == set(work.flags) == set(studies.flags) == set(combined.flags)
    # 136/246 = 55.3 % >= 20 %: met on the lowest reading.
    assert [check.status for check in row.goals] == ["met"]
    assert "interim" not in row.flags and "small_numbers" not in row.flags


def test_source_sum_is_used_before_adding_up() -> None:
    # About 600 of about 1000: point 60 %; widest 540/1100 = 49.09 % to 660/900 = 73.33 %.
    combined = combined_share(Outcome.model_validate(outcome(
        participants={"count": 1000, "precision": "about"},
        into_work_or_studies={"count": 600, "precision": "about"},
        into_work={"count": 10})))
    assert combined is not None
    assert combined.percent == pytest.approx(60.0)
    assert combined.range.low == pytest.approx(49.091, abs=1e-3)
    assert combined.range.high == pytest.approx(73.333, abs=1e-3)


def test_a_percentage_without_counts_is_flagged() -> None:
    value = share_figure(Figure(percent=58, base="participants"), None)
    assert value is not None and value.participants is None
    assert value.percent == 58 and value.range == Range(58, 58)
    assert value.flags == {"percent_only"}
    assert not_comparable(value.flags)
    assert share_figure(Figure(count=5), None) is None


def test_a_percentage_that_does_not_say_its_base_is_of_an_unknown_base() -> None:
    value = share_figure(Figure(percent=58), None)
    assert value is not None and value.base == "unknown"
    assert value.flags == {"percent_only", "base_unknown"}


@pytest.mark.parametrize(("participants", "small"), [
    ({"count": 12}, True), ({"count": 29}, True), ({"count": 30}, False),
    # "about 32" reads as 28.8..35.2; the low end is under 30, so it may be small.
    ({"count": 32, "precision": "about"}, True), ({"count": 29, "precision": "at_least"}, True)])
def test_small_numbers_flag(participants: dict[str, Any], small: bool) -> None:
    row = compare_project(project(outcomes=[outcome(participants=participants)]))
    assert ("small_numbers" in row.flags) is small


def test_small_numbers_threshold_is_a_parameter() -> None:
    record = project(outcomes=[outcome(participants={"count": 40})])
    assert "small_numbers" not in compare_project(record).flags
    assert "small_numbers" in compare_project(record, small_numbers=50).flags


def test_interim_headline_and_its_anchor_number() -> None:
    record = project(outcomes=[outcome(status="interim", as_of="2020"),
                               outcome(status="interim", as_of="2021")])
    row = compare_project(record)
    assert row.outcome_number == 2 and "interim" in row.flags
    assert not_comparable(row.flags)


def test_definitions_are_judged_across_the_set() -> None:
    defined = outcome(definitions={"work": {"sv": "Minst 17 timmar"}})
    other = outcome(definitions={"work": {"sv": "Minst 6 månader"}})
    same = compare_projects([project("a", outcomes=[defined]), project("b", outcomes=[defined])])
    assert all(not {"definitions_differ", "definitions_not_stated"} & row.flags for row in same)
    rows = compare_projects([project("a", outcomes=[defined]), project("b", outcomes=[other]),
                             project("c", outcomes=[outcome()]), project("d")])
    assert [sorted(row.flags) for row in rows] == [
        ["definitions_differ"], ["definitions_differ"], ["definitions_not_stated"], []]


def test_cost_per_participant_exact_and_flagged() -> None:
    budget = {"source": "s1", "currency": "SEK", "total": 2_460_000}
    record = project(budget=budget, outcomes=[GOINGE])
    cost = cost_per_participant(record, record.outcomes[0])
    # 2 460 000 kr / 246 participants = 10 000 kr each.
    assert cost is not None and cost.amount == pytest.approx(10_000) and not cost.flags
    vague = project(budget={"source": "s1", "currency": "SEK", "total": 1_000_000},
                    outcomes=[outcome(status="interim",
                                      participants={"count": 1000, "precision": "about"})])
    cost = compare_project(vague).cost
    # 1 000 000 / 1000 = 1000; about 1000 reads 900..1100 -> 909.09..1111.11 kr.
    assert cost is not None and cost.amount == pytest.approx(1000)
    assert cost.range.low == pytest.approx(909.09, abs=0.01)
    assert cost.range.high == pytest.approx(1111.11, abs=0.01)
    assert cost.flags == {"interim", "approximate"}


@pytest.mark.parametrize("fields", [
    {"outcomes": [GOINGE]},  # no budget
    {"budget": {"source": "s1", "currency": "SEK", "esf_grant": 5},
     "outcomes": [GOINGE]},  # grant only
    {"budget": {"source": "s1", "currency": "SEK", "total": 5}},  # no outcome
    {"budget": {"source": "s1", "currency": "SEK", "total": 5},
     "outcomes": [outcome(into_work={"count": 3})]}])  # no participants
def test_no_cost_without_budget_and_participants(fields: dict[str, Any]) -> None:
    assert compare_project(project(**fields)).cost is None


def test_open_ended_participants_give_an_open_cost_range() -> None:
    record = project(budget={"source": "s1", "currency": "SEK", "total": 100_000},
                     outcomes=[outcome(participants={"count": 50, "precision": "at_least"})])
    cost = compare_project(record).cost
    # At least 50 people: at most 100 000 / 50 = 2000 kr each, no lower bound.
    assert cost is not None and cost.range == Range(0.0, 2000.0)


def test_total_of_vague_and_missing_counts() -> None:
    # 58 exact + about 1000 (900..1100) + one project without a count:
    # point 1058, low 58 + 900 = 958, high 58 + 1100 = 1158, and one missing.
    found = total([Figure(count=58), Figure(count=1000, precision="about"), None])
    assert found.point == 1058 and found.range == Range(958, 1158)
    assert (found.reported, found.missing, found.exact) == (2, 1, False)
    assert total([Figure(count=58), Figure(count=246)]).exact


def test_spread_and_method_summary() -> None:
    # Combined shares 56.91 (Göinge), 60 (about 600 of about 1000) and 25 (5 of 20):
    # sorted 25, 56.91, 60 -> median 56.91, range 25..60.
    rows = compare_projects([
        project("goinge", outcomes=[GOINGE]),
        project("vague", outcomes=[outcome(
            status="interim", participants={"count": 1000, "precision": "about"},
            into_work_or_studies={"count": 600, "precision": "about"})]),
        project("small", outcomes=[outcome(participants={"count": 20},
                                           into_work_or_studies={"count": 5})]),
        project("none")])
    summary = method_summary("m", rows)
    combined = summary.shares["combined"]
    assert combined.n == 3
    assert combined.median == pytest.approx(56.911, abs=1e-3)
    assert (combined.low, combined.high) == (25.0, 60.0)
    assert combined.flags == {"approximate": 2, "definitions_not_stated": 3, "interim": 1,
                              "small_numbers": 1}
    assert "into_studies" in summary.shares and summary.shares["into_studies"].n == 1
    # 246 + about 1000 + 20, and one project without outcomes:
    # 1266, low 246 + 900 + 20 = 1166, high 246 + 1100 + 20 = 1366, one missing.
    assert summary.participants.point == 1266
    assert summary.participants.range == Range(1166, 1366)
    assert summary.participants.missing == 1
    assert math.isinf(total([Figure(count=5, precision="at_least")]).range.high)
    assert spread([]) is None


def test_factor_counts_count_projects_once() -> None:
    factor = {"source": "s1"}
    records = [
        project("a", success_factors=[{"code": "x", **factor}, {"code": "x", **factor}]),
        project("b", success_factors=[{"code": "x", **factor}, {"code": "y", **factor}]),
        project("c", challenges=[{"code": "z", **factor}])]
    counts = factor_counts(records, "success_factors")
    assert [(c.code, c.project_ids, c.count) for c in counts] == [
        ("x", ("a", "b"), 2), ("y", ("b",), 1)]
    assert [c.code for c in factor_counts(records, "challenges")] == ["z"]
