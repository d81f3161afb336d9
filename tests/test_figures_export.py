"""Open data carries what the honest-figures model records (issue #13): ranges, bases, goal
judgements, status as of its source, currencies and comparison results. Exact values are
checked on the fixture records under tests/fixtures/valid/, never on the bundled catalogue."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from typing import Any

from conftest import FIXTURE_CONTENT as CONTENT
from helpers_validation import VALID, record_files

from generator.analysis.aggregate import method_summaries
from generator.analysis.comparison import compare_projects
from generator.catalog import Catalog
from generator.export.entries import projects_csv
from generator.export.records import methods_document, projects_document
from generator.export.table import COLUMNS
from generator.schema import Project
from generator.validation.load import load_records
from generator.validation.run import validate

REAL = validate(CONTENT).catalog
FIXTURES = {record.model.id: record.model
            for record in load_records(record_files(VALID / "projects")).records
            if isinstance(record.model, Project)}
CATALOG = Catalog(FIXTURES, REAL.methods, REAL.vocabularies, {})
ROWS = compare_projects(FIXTURES.values())


def projects() -> dict[str, dict[str, Any]]:
    document = json.loads(json.dumps(projects_document(CATALOG, ROWS)))
    return {entry["id"]: entry for entry in document["projects"]}


def csv_rows() -> dict[str, dict[str, str]]:
    text = projects_csv(CATALOG, ROWS).removeprefix("\ufeff")
    return {row["id"]: row for row in csv.DictReader(io.StringIO(text))}


def test_the_randomised_trial_exports_its_comparison() -> None:
    trial = projects()["fixture-randomised-trial"]["computed"]
    assert trial["evidence_level"] == "randomised"
    assert trial["effect"] == {
        "outcome": 2, "design": "randomised", "evidence_level": "randomised",
        "evaluated_by": "external", "measure": "work", "follow_up_months": 18,
        "programme_group": {"size": 400, "percent": 37.5},
        "comparison_group": {"size": 380, "percent": 25.0},
        "difference_points": {"points": 12.5, "ci_low": 6.1, "ci_high": 18.9,
                              "ci_level": 95.0},
        "computed_points": None}
    row = csv_rows()["fixture-randomised-trial"]
    assert (row["evaluation_design"], row["follow_up_months"], row["difference_points"],
            row["difference_ci_low"], row["difference_ci_high"]) == (
        "randomised", "18", "12.5", "6.1", "18.9")
    assert (row["programme_group_percent"], row["comparison_group_percent"]) == ("37.5", "25")


def test_budgets_and_costs_keep_their_currency() -> None:
    rows = csv_rows()
    trial, complete = rows["fixture-randomised-trial"], rows["fixture-complete-project"]
    assert (trial["budget_total"], trial["budget_esf_grant"], trial["budget_currency"]) == (
        "2000000", "1000000", "EUR")
    # 2 000 000 EUR / 400 participants; the fixtures mix EUR and SEK, so it is flagged.
    assert (trial["cost_per_participant"], trial["cost_currency"]) == ("5000", "EUR")
    assert "currency_differs" in trial["cost_flags"].split(";")
    assert complete["budget_currency"] == "SEK"
    cost = projects()["fixture-randomised-trial"]["computed"]["cost_per_participant"]
    assert cost["currency"] == "EUR" and cost["value"] == 5000


def test_ranges_and_bases_are_in_the_csv_and_json() -> None:
    row = csv_rows()["fixture-ranges-project"]
    # The headline is the later final outcome: shares with their bases and ranges.
    assert (row["into_work_percent"], row["into_work_percent_max"], row["into_work_base"]) == (
        "30", "35", "participants")
    assert (row["share_combined"], row["share_combined_low"], row["share_combined_high"],
            row["share_combined_base"]) == ("40", "40", "47", "participants")
    counts = csv_rows()["fixture-ongoing-project"]
    assert (counts["into_work"], counts["into_work_max"], counts["into_work_base"]) == (
        "55", "", "")
    record = projects()["fixture-ranges-project"]["record"]["outcomes"][0]
    assert record["into_studies"] == {"count": 8, "count_max": 9, "precision": "exact",
                                      "wording": "8-9 har börjat studera"}


def test_an_open_top_is_not_written_as_data() -> None:
    goals = projects()["fixture-complete-project"]["computed"]["goals"]
    # "at least 40 of about 120": the share has no upper bound the source states.
    assert goals[0]["result"]["high"] is None
    shares = projects()["fixture-complete-project"]["computed"]["shares"]
    assert shares["into_work"]["open_above"] is True and shares["into_work"]["high"] is None
    assert csv_rows()["fixture-complete-project"]["share_work_high"] == ""


def test_goal_judgements_stand_beside_the_check() -> None:
    goals = projects()["fixture-ongoing-project"]["computed"]["goals"]
    assert [(g["status"], (g["source_judgement"] or {}).get("status"), g["agreement"])
            for g in goals] == [("unclear", "not_yet_known", "consistent"),
                                ("met", None, "no_judgement"),
                                ("not_met", "will_not_be_met", "consistent")]
    row = csv_rows()["fixture-ongoing-project"]
    assert (row["goal_status"], row["goal_source_judgement"], row["goal_source_wording"],
            row["goal_agreement"]) == ("unclear", "not_yet_known", "för tidigt att säga",
                                       "consistent")


def test_status_is_exported_as_of_its_source() -> None:
    statuses = {project_id: entry["computed"]["status"]
                for project_id, entry in projects().items()}
    assert statuses["fixture-planned-project"] == {
        "status": "planned", "reading": "as_last_reported", "as_of": "2026-10-01",
        "source": "s1", "planned_end": "2029-12-31"}
    assert statuses["fixture-continued-project"]["reading"] == "final"
    ongoing = csv_rows()["fixture-ongoing-project"]
    assert (ongoing["period_status"], ongoing["period_status_reading"],
            ongoing["period_status_as_of"]) == ("ongoing", "unknown", "")


def test_methods_json_gives_thin_summaries_as_figures() -> None:
    by_method: dict[str, list[str]] = defaultdict(list)
    for project in FIXTURES.values():
        for method_id in project.methods:
            by_method[method_id].append(project.id)
    document = methods_document(CATALOG, method_summaries(ROWS, dict(by_method)))
    assert document["min_projects_for_summary"] == 3
    method = next(m for m in document["methods"] if m["id"] == "supported-employment")
    work = method["shares"]["into_work"]
    assert work["n"] < 3 and not work["summarised"]
    assert work["not_summarised_because"] == "fewer_than_minimum"
    assert (work["low"], work["median"], work["high"]) == (None, None, None)
    assert [value["project"] for value in work["values"]] == sorted(
        value["project"] for value in work["values"])
    assert [effect["project"] for effect in method["effects"]] == [
        "fixture-complete-project", "fixture-randomised-trial"]


def test_every_new_column_is_in_the_csv() -> None:
    assert {"into_work_max", "into_work_percent_max", "into_work_base", "share_work_base",
            "period_status_reading", "period_status_as_of", "goal_source_judgement",
            "goal_agreement", "budget_total", "budget_currency", "cost_currency",
            "evaluation_design", "difference_ci_low"} <= set(COLUMNS)
    assert not {"budget_total_sek", "cost_per_participant_sek"} & set(COLUMNS)
