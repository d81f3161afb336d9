"""File names, key names and values planted to act on a terminal or a CI log.

Each report (text, GitHub annotations, JSON), the build's progress output and the `report`
command runs on a content folder holding them. Nothing may reach the output raw: no escape
character, no line of the input's own, no workflow command but the validator's own
annotations, while JSON still gives a tool every name exactly as it is.
"""

from __future__ import annotations

import json
from contextlib import redirect_stderr, redirect_stdout
from io import StringIO
from pathlib import Path

import pytest
from hostile_build import CONTENT, VALID, content_copy, run_build
from hostile_output import unsafe_output

from generator.build import pipeline as site_build
from generator.build.mkdocs_run import MkDocsResult
from generator.build.pipeline import BuildOptions, build
from generator.cli import main
from generator.safe_output import safe_json, shown

PLANTED_NAMES = [
    "ansi\x1b[2J\x1b[31mred.yml",
    "newline\n::warning file=README.md,line=1::fake annotation.yml",
    "spaces\n   ::error::indented.yml",
    "::error title=x::starts-like-a-command.yml",
    "legacy ##[error]anywhere.yml",
    "stop ##[stop-commands]token.yml",
    "c1-csi\x9b31m.yml",
    "bell\x07and-backspace\x08.yml",
    "carriage\rreturn.yml",
    "bidi\u202egpj.yml",
    "tag-characters\U000e0041\U000e0042.yml",
    "not-yaml\x1b[31m.txt",
]
# Keys and values YAML lets through in double quotes: an escape, a line break, a command.
PLANTED_KEYS = '''\
"\\e[31mred\\e[0m": 1
"x\\n::warning file=README.md::fake": 2
"##[error]legacy": 3
name:
  sv: "Namn"
  "\\u009b2Jnested\\n::error::inner": x
period:
  status: "\\e]0;title\\a\\n::error::status"
'''


def planted_content(folder: Path) -> Path:
    content = content_copy(folder)
    record = (VALID / "projects" / "fixture-complete-project.yml").read_bytes()
    for name in PLANTED_NAMES:
        (content / "projects" / name).write_bytes(record)
    keys = (VALID / "projects" / "fixture-complete-project.yml").read_text(encoding="utf-8")
    keys = keys.replace("\nname:", "\nname_ignored:", 1).replace("\nperiod:", "\nold_period:", 1)
    (content / "projects" / "fixture-complete-project.yml").write_text(
        keys + PLANTED_KEYS, encoding="utf-8")
    return content


def cli(argv: list[str]) -> tuple[int, str]:
    out = StringIO()
    with redirect_stdout(out), redirect_stderr(out):
        code = main(argv)
    return code, out.getvalue()


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return planted_content(tmp_path)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_text_report_shows_every_planted_name_and_key_inert(content: Path, language: str) -> None:
    code, out = cli(["validate", "--content", str(content), "--no-cache", "--lang", language])
    assert code == 1
    assert unsafe_output(out) == []
    assert "[U+001B][31m" in out and "[U+009B]" in out and "[U+202E]" in out
    assert "newline⏎[U+003A]:warning file=README.md,line=1[U+003A]:fake annotation.yml" in out
    assert "legacy [U+0023]#[error]anywhere.yml" in out


def test_github_annotations_are_the_only_workflow_commands(content: Path) -> None:
    _, report = cli(["validate", "--content", str(content), "--no-cache", "--format", "json"])
    problems = len(json.loads(report)["problems"])
    code, out = cli(["validate", "--content", str(content), "--no-cache", "--format", "github"])
    annotations, summary = out.rsplit("\n", 2)[0], out.rsplit("\n", 2)[1]
    assert code == 1
    assert unsafe_output(annotations, annotations=problems) == []
    assert unsafe_output(summary) == []


def test_json_report_is_inert_yet_gives_every_name_exactly(content: Path) -> None:
    code, out = cli(["validate", "--content", str(content), "--no-cache", "--format", "json"])
    assert code == 1
    assert unsafe_output(out) == []
    files = {Path(problem["file"]).name for problem in json.loads(out)["problems"]}
    assert set(PLANTED_NAMES) <= files


def test_build_progress_output_is_inert(tmp_path: Path, content: Path) -> None:
    outcome = run_build(tmp_path, content)
    assert outcome.code == 1
    assert unsafe_output(outcome.output) == []


def test_mkdocs_output_is_relayed_inert(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """MkDocs quotes generated pages, so what it says is relayed like record text."""
    hostile = "WARNING - Doc file 'x.md'\n::error file=a::fake\x1b[31m ##[warning]y\r\n  ::x::"
    monkeypatch.setattr(site_build, "run_mkdocs", lambda *_: MkDocsResult(False, hostile))
    said: list[str] = []
    options = BuildOptions(content=CONTENT, md_root=tmp_path / "md", site_dir=tmp_path / "site",
                           lang="en")
    assert not build(options, say=said.append)
    assert unsafe_output("\n".join(said)) == []
    assert "[U+003A]:error file=a[U+003A]:fake[U+001B][31m [U+0023]#[warning]y" in "\n".join(said)


@pytest.mark.parametrize("form", ["text", "json"])
def test_report_command_is_inert(content: Path, form: str) -> None:
    code, out = cli(["report", "--content", str(content), "--format", form, "--today",
                     "2026-11-30"])
    assert code == 0
    assert unsafe_output(out) == []
    if form == "json":
        names = {Path(entry["file"]).name for entry in json.loads(out)["translation"]["records"]}
        assert set(PLANTED_NAMES) - {"not-yaml\x1b[31m.txt"} <= names
        # The record with planted keys fails the schema: listed, not examined (no traceback).
        unreadable = {Path(file).name for file in json.loads(out)["unreadable"]}
        assert "fixture-complete-project.yml" in unreadable


@pytest.mark.parametrize(("text", "expected"), [
    ("\x1b[31mred", "[U+001B][31mred"), ("\x9b2J", "[U+009B]2J"),
    ("a\r\nb\rc\nd", "a⏎b[U+000D]c⏎d"), ("::error::x", "[U+003A]:error[U+003A]:x"),
    (":::", "[U+003A][U+003A]:"), ("a ##[group]b", "a [U+0023]#[group]b"),
    ("tag\U000e0041", "tag[U+E0041]"), ("Göinge: 5 % (ca)", "Göinge: 5 % (ca)")])
def test_shown_spells_out_what_could_act(text: str, expected: str) -> None:
    assert shown(text) == expected
    assert unsafe_output(shown(text)) == []


def test_safe_json_reads_back_exactly_and_prints_inert() -> None:
    data = {"::key": ["\x1b[2J", "x\n::warning::y", "##[error]", "\U000e0041\u202e\x9b", "å"]}
    text = safe_json(data, indent=2)
    assert json.loads(text) == data
    assert unsafe_output(text) == []
    assert "å" in text, "ordinary letters stay readable"
