"""`python -m generator report` on small content trees written in tmp_path."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.reporting.collect import share, years_before

PARTLY_TRANSLATED = """\
id: halvvags
name: {sv: "Halvvägs", en: "Halfway"}
owner: haninge-kommun
added: 2020-05-01
summary: {sv: "Ett projekt."}
partners:
  - organisation: arbetsformedlingen
    role: {sv: "Samverkanspart"}
period: {status: finished}
sources:
  - id: s1
    title: "Rapport"
    publisher: "Haninge kommun"
"""
WITH_OUTCOMES = """\
id: med-resultat
name: {sv: "Med resultat", en: "With outcomes"}
owner: haninge-kommun
added: 2020-05-01
reviewed: 2025-02-01
summary: {sv: "Ett projekt.", en: "A project."}
period: {status: finished}
outcomes:
  - source: s1
    status: final
    participants: {count: 58, wording: "arbetat med 58 personer"}
    into_work: {count: 20, precision: about}
sources:
  - id: s1
    title: "Rapport"
    publisher: "Haninge kommun"
    url: https://example.org/rapport.pdf
  - id: s2
    title: "Broschyr"
    publisher: "Haninge kommun"
"""
METHOD = """\
id: jobbklubb
name: {sv: "Jobbklubb", en: "Job club"}
added: 2024-01-01
summary: {sv: "Gruppträffar.", en: "Group sessions."}
sources:
  - id: s1
    title: "Rapport"
    publisher: "SIN-projektet"
    archived_copy: "003_b827cebf0c11f077.txt"
"""
TODAY = "2026-01-15"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    for name, text in {"projects/halvvags.yml": PARTLY_TRANSLATED,
                       "projects/med-resultat.yml": WITH_OUTCOMES,
                       "projects/trasig.yml": "id: [unclosed\n",
                       "methods/jobbklubb.yml": METHOD}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def report_json(content: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> Any:
    assert main(["report", "--content", str(content), "--today", TODAY,
                 "--format", "json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in items}


def test_translation_coverage_per_record_and_overall(
        content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    translation = report_json(content, capsys)["translation"]
    records = by_id(translation["records"])
    assert records["halvvags"]["missing"] == ["summary", "partners[0].role"]
    assert (records["halvvags"]["texts"], records["halvvags"]["percent"]) == (3, 33.3)
    assert records["med-resultat"]["percent"] == 100.0
    assert records["jobbklubb"]["percent"] == 100.0
    assert (translation["texts"], translation["translated"]) == (7, 5)
    assert translation["percent"] == 71.4
    assert translation["records"][0]["id"] == "halvvags"


def test_projects_without_outcomes(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = report_json(content, capsys)["missing_outcomes"]
    assert [item["id"] for item in found] == ["halvvags"]


def test_figures_without_wording(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = by_id(report_json(content, capsys)["figures_without_wording"])
    assert found == {"med-resultat": {"file": found["med-resultat"]["file"], "kind": "project",
                                      "id": "med-resultat",
                                      "fields": ["outcomes[0].into_work"]}}


def test_sources_a_reader_cannot_check(
        content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = by_id(report_json(content, capsys)["sources_without_link"])
    assert {key: value["fields"] for key, value in found.items()} == {
        "halvvags": ["sources[0]"], "med-resultat": ["sources[1]"]}


def test_stale_records_use_the_later_of_added_and_reviewed(
        content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = report_json(content, capsys)
    assert data["stale_before"] == "2023-01-15"
    assert [(item["id"], item["last_checked"]) for item in data["stale"]] == [
        ("halvvags", "2020-05-01")]


def test_stale_years_option(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = report_json(content, capsys, "--stale-years", "1")
    assert sorted(item["id"] for item in data["stale"]) == ["halvvags", "jobbklubb"]


ONGOING = """\
id: {id}
name: {{sv: "Pågår", en: "Ongoing"}}
owner: haninge-kommun
added: 2026-01-01
summary: {{sv: "Ett projekt.", en: "A project."}}
period: {period}
sources:
  - id: s1
    title: "Artikel"
    publisher: "Haninge kommun"
{date}"""


@pytest.mark.parametrize(("period", "date", "reason"), [
    ("{status: ongoing, source: s1}", "", "undated"),
    ("{status: ongoing, end: 2025-06, source: s1}", "    date: 2025-01\n", "past_planned_end"),
    ("{status: planned, source: s1}", "    date: 2020\n", "old_source"),
    ("{status: ongoing, end: 2027, source: s1}", "    date: 2025-01\n", None),
    ("{status: finished, source: s1}", "", None),
])
def test_statuses_that_may_no_longer_hold(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          period: str, date: str, reason: str | None) -> None:
    root = tmp_path / "content"
    (root / "projects").mkdir(parents=True)
    (root / "projects" / "p.yml").write_text(ONGOING.format(id="p", period=period, date=date),
                                             encoding="utf-8")
    found = report_json(root, capsys)["stale_statuses"]
    assert [item["reason"] for item in found] == ([reason] if reason else [])
    if reason == "past_planned_end":
        assert found[0] | {"file": ""} == {"file": "", "id": "p", "status": "ongoing",
                                          "as_of": "2025-01", "source": "s1",
                                          "planned_end": "2025-06", "reason": reason}


def test_unreadable_files_are_named_not_fatal(
        content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    unreadable = report_json(content, capsys)["unreadable"]
    assert [Path(file).name for file in unreadable] == ["trasig.yml"]


@pytest.mark.parametrize(("language", "expected"), [
    ("sv", ["Översättning till engelska: 5 av 7 texter (71,4 %)",
            "saknar engelska: summary, partners[0].role",
            "Projekt utan resultat (outcomes): 1",
            "Poster som inte granskats på 3 år, alltså inte sedan 2023-11-15: 1"]),
    ("en", ["Translation into English: 5 of 7 texts (71.4%)",
            "no English: summary, partners[0].role",
            "Projects without outcomes: 1",
            "Files with errors left out of the report: 1"]),
])
def test_text_report_in_both_languages(content: Path, capsys: pytest.CaptureFixture[str],
                                       language: str, expected: list[str]) -> None:
    today = "2026-11-15" if language == "sv" else TODAY
    assert main(["report", "--content", str(content), "--today", today,
                 "--lang", language]) == 0
    out = capsys.readouterr().out
    for line in expected:
        assert line in out


def test_missing_content_folder_is_explained(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--content", str(tmp_path / "nowhere"), "--lang", "en"]) == 2
    assert "No content folder" in capsys.readouterr().err


@pytest.mark.parametrize("option", [["--today", "15/1/2026"], ["--stale-years", "-1"]])
def test_bad_options_get_a_message_not_a_traceback(
        content: Path, capsys: pytest.CaptureFixture[str], option: list[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["report", "--content", str(content), *option])
    assert stop.value.code == 2
    assert "ÅÅÅÅ-MM-DD" in capsys.readouterr().err or option[0] == "--stale-years"


def test_arithmetic() -> None:
    assert years_before(dt.date(2024, 2, 29), 3) == dt.date(2021, 2, 28)
    assert share(0, 0) == 100.0
    assert share(999, 1000) == 99.9
