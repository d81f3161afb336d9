"""The honest-figures model (issue #13): ranges, bases, the source's goal judgement,
evaluations with a comparison group and the evidence level that follows from them.

The located messages themselves are checked word for word by the example records under
tests/fixtures/invalid/ (test_validation_fixtures); here: which combinations the model
accepts, and that every new message kind has such an example."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from conftest import CONTENT
from helpers_validation import INVALID, record_files
from pydantic import ValidationError

from generator.schema.evaluation import Evaluation, evidence_level
from generator.schema.figure import Figure, bounds
from generator.schema.project import Project
from generator.schema.refusals import CROSS_FIELD_CODES
from generator.validation.run import validate
from generator.validation.schema_errors import RETIRED_KEYS

GROUPS = {"programme_group": {"description": {"sv": "Deltagare"}, "size": 200,
                              "result": {"percent": 40}},
          "comparison_group": {"description": {"sv": "Kontrollgrupp"}, "size": 200,
                               "result": {"percent": 30}}}
WARNING_CODES = {"percent_without_base", "goal_judged_met_figures_not",
                 "goal_judged_unmet_figures_met", "period_ongoing_after_end",
                 "period_planned_after_start", "period_finished_before_end",
                 "period_interim_after_end", "period_outcome_before_start",
                 "period_final_before_end"}


def refused(model: type[Any], data: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """The code of the one cross-field refusal `data` gets, and the field it points at."""
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    [error] = caught.value.errors()
    return error["type"], (*map(str, error["loc"]), *error.get("ctx", {}).get("at", ()))


def evaluation(**fields: Any) -> dict[str, Any]:
    return {"design": "randomised", "evaluated_by": "external", "measure": "work",
            **GROUPS, **fields}


@pytest.mark.parametrize(("data", "expected"), [
    ({"count": 8, "count_max": 9}, (8, 9)),
    ({"percent": 55, "percent_max": 60}, (55, 60)),
    ({"count": 20, "precision": "at_most"}, (0, 20)),
])
def test_ranges_and_at_most_are_read_as_the_source_allows(
        data: dict[str, Any], expected: tuple[float, float]) -> None:
    figure = Figure.model_validate(data)
    assert bounds(figure) == expected
    assert not figure.single_value


@pytest.mark.parametrize(("data", "code", "at"), [
    ({"count": 9, "count_max": 8}, "range_not_increasing", ("count_max",)),
    ({"count": 8, "count_max": 8}, "range_not_increasing", ("count_max",)),
    ({"count": 8, "percent_max": 9}, "range_unit_mismatch", ("percent_max",)),
    ({"percent": 8, "count_max": 9}, "range_unit_mismatch", ("count_max",)),
    ({"count": 8, "count_max": 9, "precision": "at_least"}, "range_with_precision",
     ("precision",)),
    ({"count": 8, "base": "left"}, "base_without_percent", ("base",)),
    ({"count": 8, "base_count": 20}, "base_without_percent", ("base_count",)),
])
def test_invalid_ranges_and_bases_are_refused_at_the_field(
        data: dict[str, Any], code: str, at: tuple[str, ...]) -> None:
    assert refused(Figure, data) == (code, at)


def test_a_share_may_say_its_base_and_how_many_it_is_of() -> None:
    figure = Figure.model_validate({"percent": 58, "base": "left", "base_count": 120})
    assert (figure.base, figure.base_count, figure.single_value) == ("left", 120, True)


@pytest.mark.parametrize(("fields", "code", "at"), [
    ({"design": "before_after"}, "groups_need_comparison_design", ("comparison_group",)),
    ({"comparison_group": None, "programme_group": None, "design": "matched_comparison"},
     "comparison_design_without_group", ("design",)),
    ({"programme_group": None, "difference": {"points": 10}}, "difference_without_groups",
     ("difference",)),
    ({"measure": None}, "comparison_without_measure", ("programme_group",)),
    ({"programme_group": {"description": {"sv": "D"}, "result": {"count": 80}}},
     "group_results_differ", ("programme_group", "result")),
    ({"programme_group": {"description": {"sv": "D"}, "size": 50, "result": {"count": 80}}},
     "group_result_over_size", ("programme_group", "result", "count")),
])
def test_invalid_evaluations_are_refused_at_the_field(
        fields: dict[str, Any], code: str, at: tuple[str, ...]) -> None:
    data = {key: value for key, value in evaluation(**fields).items() if value is not None}
    assert refused(Evaluation, data) == (code, at)


@pytest.mark.parametrize(("difference", "code", "at"), [
    ({"points": 10, "ci_low": 2}, "ci_incomplete", ("ci_low",)),
    ({"points": 10, "ci_high": 2}, "ci_incomplete", ("ci_high",)),
    ({"points": 10, "ci_low": 18, "ci_high": 2}, "ci_reversed", ("ci_high",)),
    ({"points": 20, "ci_low": 2, "ci_high": 18}, "ci_excludes_difference", ("points",)),
])
def test_a_confidence_interval_must_hold_the_difference(
        difference: dict[str, Any], code: str, at: tuple[str, ...]) -> None:
    code_found, at_found = refused(Evaluation, evaluation(difference=difference))
    assert (code_found, at_found) == (code, ("difference", *at))


@pytest.mark.parametrize("fields", [
    {"programme_group": {"description": {"sv": "D"}, "result": {"percent": 120}}},
    {"difference": {"points": 101}},
    {"follow_up_months": 0},
])
def test_shares_differences_and_follow_up_stay_in_range(fields: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        Evaluation.model_validate(evaluation(**fields))


def test_a_valid_comparison_and_a_count_beside_a_share() -> None:
    trial = Evaluation.model_validate(evaluation(
        follow_up_months=18, difference={"points": 10, "ci_low": 2, "ci_high": 18}))
    assert trial.difference is not None and trial.difference.ci_level == 95
    # A count with its group's size can stand beside the other group's share.
    mixed = evaluation(programme_group={"description": {"sv": "D"}, "size": 200,
                                        "result": {"count": 80}})
    assert Evaluation.model_validate(mixed).programme_group is not None


@pytest.mark.parametrize(("evaluations", "level"), [
    ([], "self_reported"),
    ([None], "self_reported"),
    ([{"design": "none", "evaluated_by": "internal"}], "internal_follow_up"),
    ([{"design": "before_after", "evaluated_by": "external"}], "external_evaluation"),
    ([{"design": "matched_comparison", "evaluated_by": "internal",
       "comparison_group": {"description": {"sv": "K"}}}], "comparison_group"),
    ([{"design": "none", "evaluated_by": "external"}, evaluation()], "randomised"),
])
def test_the_evidence_level_follows_from_the_strongest_evaluation(
        evaluations: list[dict[str, Any] | None], level: str) -> None:
    models = [None if e is None else Evaluation.model_validate(e) for e in evaluations]
    assert evidence_level(models) == level
    project = Project.model_validate({
        "id": "p", "name": {"sv": "P"}, "owner": "o", "added": dt.date(2026, 1, 1),
        "summary": {"sv": "S"}, "period": {"status": "finished"},
        "sources": [{"id": "s1", "title": "T", "publisher": "P"}],
        "outcomes": [{"source": "s1", "status": "final", **({"evaluation": e} if e else {})}
                     for e in evaluations]})
    assert project.evidence_level == level
    assert "evidence_level" not in project.model_dump()


def test_every_new_message_kind_has_an_example_record() -> None:
    examples = record_files(INVALID / "projects")
    found = {d.code for d in validate(CONTENT, paths=examples).diagnostics}
    codes = CROSS_FIELD_CODES | set(RETIRED_KEYS.values()) | WARNING_CODES
    assert sorted(codes - found) == []


def test_amounts_written_with_spaces_get_the_same_message_as_counts(tmp_path: Any) -> None:
    # Whatever the message for `1 200` is called, a budget amount gets the same one.
    base = (INVALID / "projects" / "grant-over-budget.yml").read_text(encoding="utf-8")
    budget = tmp_path / "projects" / "grant-over-budget.yml"
    budget.parent.mkdir()
    budget.write_text(base.replace("total: 4500000", "total: 4 500 000")
                      .replace("esf_grant: 5400000", "esf_grant: 400000"), encoding="utf-8")
    count = tmp_path / "projects" / "count-with-spaces.yml"
    count.write_text(base.replace("id: grant-over-budget", "id: count-with-spaces")
                     .replace("count: 120", "count: 1 200")
                     .replace("esf_grant: 5400000", "esf_grant: 400000"), encoding="utf-8")
    [amount_problem] = validate(CONTENT, paths=[budget]).diagnostics
    [count_problem] = validate(CONTENT, paths=[count]).diagnostics
    assert amount_problem.field == "budget.total"
    assert amount_problem.code == count_problem.code
