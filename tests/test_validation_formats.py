"""The machine-readable reports: JSON for tools, annotations for GitHub pull requests."""

from __future__ import annotations

import json
import re

import pytest
from helpers_validation import validate_examples

MANY = "tests/fixtures/invalid/projects/many-problems.yml"
QUOTED_COUNT = "tests/fixtures/invalid/projects/count-in-quotes.yml"
KEYS = {"file", "line", "column", "field", "code", "severity", "message", "expected", "found",
        "fix"}


def test_json_report_has_every_part_of_every_problem(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = validate_examples(capsys, MANY, "--format", "json", "--lang", "en")
    report = json.loads(out)
    assert code == 1
    assert (report["files"], report["errors"], report["warnings"]) == (1, 7, 1)
    assert all(set(problem) == KEYS for problem in report["problems"])
    assert {p["file"] for p in report["problems"]} == {MANY}
    assert len({p["code"] for p in report["problems"]}) == 8


def test_json_problem_is_located_and_explained(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = validate_examples(capsys, QUOTED_COUNT, "--format", "json", "--lang", "sv")
    [problem] = json.loads(out)["problems"]
    assert problem == {
        "file": QUOTED_COUNT, "line": 27, "column": 27,
        "field": "outcomes[0].participants.count", "code": "wrong_type_unquote",
        "severity": "error",
        "message": "Värdet står inom citattecken och läses därför som text.",
        "expected": "ett heltal", "found": 'texten "120"',
        "fix": "Ta bort citattecknen och skriv talet med bara siffror: 120",
    }


def test_json_parts_a_message_lacks_are_null(capsys: pytest.CaptureFixture[str]) -> None:
    path = "tests/fixtures/invalid/projects/bom-warning-only.yml"
    code, out, _ = validate_examples(capsys, path, "--format", "json")
    [problem] = json.loads(out)["problems"]
    assert code == 0
    assert (problem["severity"], problem["expected"], problem["found"]) == ("warning", None, None)


def test_json_for_clean_files_lists_no_problems(capsys: pytest.CaptureFixture[str]) -> None:
    path = "tests/fixtures/valid/projects/fixture-complete-project.yml"
    code, out, _ = validate_examples(capsys, path, "--format", "json")
    assert (code, json.loads(out)) == (0, {"files": 1, "errors": 0, "warnings": 0,
                                           "problems": []})


def test_github_annotations_point_at_file_line_and_column(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = validate_examples(capsys, MANY, "--format", "github", "--lang", "en")
    lines = out.splitlines()
    assert code == 1
    assert len(lines) == 8
    pattern = re.compile(r"^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),title=[^:]+::\S")
    matches = [pattern.match(line) for line in lines]
    assert all(matches), lines
    assert {m.group(2) for m in matches if m} == {MANY}
    assert sum(line.startswith("::warning ") for line in lines) == 1
    assert lines[0].startswith(f"::error file={MANY},line=4,col=1,title=ownr::")
    assert err.startswith("7 errors and 1 warning in 1 checked file.")


def test_github_annotation_keeps_the_explanation_on_one_line(
        capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = validate_examples(capsys, QUOTED_COUNT, "--format", "github")
    [line] = out.splitlines()
    title = "outcomes[0].participants.count"
    assert line.startswith(f"::error file={QUOTED_COUNT},line=27,col=27,title={title}::")
    assert "%0AFörväntat: ett heltal%0AHittat: texten \"120\"%0ASå rättar du: " in line


def test_github_escapes_commas_and_colons_in_properties(
        capsys: pytest.CaptureFixture[str]) -> None:
    path = "tests/fixtures/invalid/projects/figure-with-count-and-percent.yml"
    _, out, _ = validate_examples(capsys, path, "--format", "github")
    assert ",title=outcomes[0].into_studies::" in out
    assert "Hittat: fält (count, percent)" in out.replace("%0A", "\n")
