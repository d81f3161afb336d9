"""`python -m generator report`: coverage per method, county, evidence level and target
group, and what each record lacks, on the hierarchy fixture (tests/fixtures/hierarchy/).

The whole text report is compared with the expected file in each language
(tests/fixtures/report/hierarchy.<lang>.txt); the JSON is checked field by field.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main

REPO = Path(__file__).resolve().parent.parent
CONTENT = "tests/fixtures/hierarchy"
EXPECTED = REPO / "tests" / "fixtures" / "report"
TODAY = "2026-06-01"


@pytest.fixture(autouse=True)
def _from_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    # The report names files relative to the working folder, as a contributor types them.
    monkeypatch.chdir(REPO)


def report(capsys: pytest.CaptureFixture[str], *options: str) -> str:
    assert main(["report", "--content", CONTENT, "--today", TODAY, *options]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_text_report_is_exactly_as_expected(capsys: pytest.CaptureFixture[str],
                                                language: str) -> None:
    expected = (EXPECTED / f"hierarchy.{language}.txt").read_text(encoding="utf-8")
    assert report(capsys, "--lang", language) == expected


def as_json(capsys: pytest.CaptureFixture[str]) -> Any:
    return json.loads(report(capsys, "--format", "json"))


def counts(items: list[dict[str, Any]]) -> dict[str, int]:
    return {item["id"]: item["projects"] for item in items}


def test_every_method_county_and_level_is_counted_zero_included(
        capsys: pytest.CaptureFixture[str]) -> None:
    coverage = as_json(capsys)["coverage"]
    assert counts(coverage["methods"]) == {"mentorship": 4, "job-club": 2, "language-at-work": 0}
    assert coverage["methods_with_few_projects"] == ["job-club", "language-at-work"]
    assert coverage["few_projects"] == 3
    counties = counts(coverage["counties"])
    assert len(counties) == 21 and list(counties) == sorted(counties)
    assert {code: count for code, count in counties.items() if count} == {
        "01": 2, "12": 3, "14": 2}
    assert coverage["counties_without_projects"] == [code for code, count in counties.items()
                                                     if not count]
    assert counts(coverage["evidence_levels"]) == {
        "self_reported": 4, "internal_follow_up": 1, "external_evaluation": 1,
        "comparison_group": 1, "randomised": 0}


def test_target_groups_count_their_narrower_groups(capsys: pytest.CaptureFixture[str]) -> None:
    groups = {group["id"]: group for group in as_json(capsys)["coverage"]["target_groups"]}
    assert {term: (group["projects"], group["own"], group["via_narrower"])
            for term, group in groups.items()} == {
        "foreign-born": (6, 2, 4), "newly-arrived-migrants": (3, 2, 1),
        "far-from-labour-market": (2, 0, 2), "foreign-born-far-from-labour-market": (2, 2, 0),
        "young-people": (2, 2, 0), "newly-arrived-women": (1, 1, 0),
        "long-term-unemployed": (0, 0, 0)}
    assert groups["foreign-born-far-from-labour-market"]["broader"] == [
        "foreign-born", "far-from-labour-market"]
    assert groups["newly-arrived-women"]["label"] == {"sv": "Nyanlända kvinnor", "en": None}


def test_each_record_names_what_it_lacks(capsys: pytest.CaptureFixture[str]) -> None:
    lacking = {item["id"]: item["lacks"] for item in as_json(capsys)["lacking"]}
    assert lacking == {
        "job-club": ["few_projects"],
        "language-at-work": ["no_source_url", "no_english", "few_projects"],
        "beta": ["no_source_url", "no_outcome_figures", "no_english", "status_unknown"],
        "delta": ["no_wording"],
        "eta": ["no_evaluation"],
        "gamma": ["no_evaluation", "share_without_base", "status_stale"],
        "zeta": ["no_outcome_figures", "not_reviewed", "no_method", "no_county"],
    }


def test_a_thin_or_broken_catalogue_is_reported_never_failed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "content"
    (root / "projects").mkdir(parents=True)
    (root / "projects" / "solo.yml").write_text(
        "id: solo\nname: {sv: Solo}\nowner: nobody\nadded: 2026-01-01\nsummary: {sv: Ett.}\n"
        "methods: [unknown-method]\ntarget_groups: [unknown-group]\nperiod: {status: planned}\n"
        "sources:\n  - {id: s1, title: T, publisher: P}\n", encoding="utf-8")
    (root / "projects" / "broken.yml").write_text("id: [unclosed\n", encoding="utf-8")
    assert main(["report", "--content", str(root), "--today", TODAY, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["coverage"]["methods"] == data["coverage"]["counties"] == []
    assert data["coverage"]["target_groups"] == []
    assert [item["id"] for item in data["lacking"]] == ["solo"]
    assert main(["report", "--content", str(root), "--today", TODAY, "--lang", "en"]) == 0
    assert "What the records lack: 1 of 1 projects and methods" in capsys.readouterr().out
