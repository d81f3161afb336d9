"""`python -m generator new`: friendly refusals, interactive questions, nothing overwritten."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.scaffold import suggest_id


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    root = tmp_path / "content"
    (root / "projects").mkdir(parents=True)
    return root


def run_new(content: Path, *extra: str) -> int:
    return main(["new", "project", "--content", str(content), *extra])


def test_writes_the_record_with_todays_date(content: Path) -> None:
    assert run_new(content, "--id", "vagen-vidare", "--name", 'Vägen "vidare"') == 0
    text = (content / "projects" / "vagen-vidare.yml").read_text(encoding="utf-8")
    assert "\nid: vagen-vidare\n" in text
    assert '\n  sv: "Vägen \\"vidare\\""\n' in text
    assert f"\nadded: {dt.date.today().isoformat()}\n" in text


def test_method_goes_to_the_methods_folder(content: Path) -> None:
    code = main(["new", "method", "--content", str(content), "--id", "jobbklubb",
                 "--name", "Jobbklubb"])
    assert code == 0
    assert (content / "methods" / "jobbklubb.yml").is_file()


@pytest.mark.parametrize("bad_id", ["Mitt projekt", "göinge", "a--b", "-a", "a" * 65, ""])
def test_refuses_an_id_the_schema_would_refuse(
        content: Path, bad_id: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_new(content, f"--id={bad_id}", "--name", "Namn") == 2
    assert "går inte att använda" in capsys.readouterr().err
    assert list((content / "projects").iterdir()) == []


def test_suggests_an_id_for_a_bad_one(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_new(content, "--id", "Göinge Forward", "--name", "Namn", "--lang", "en")
    err = capsys.readouterr().err
    assert "cannot be used" in err
    assert "Suggestion: goinge-forward" in err


def test_refuses_an_existing_file_with_its_location(
        content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    existing = content / "projects" / "sin.yml"
    existing.write_text("id: sin\n", encoding="utf-8")
    assert run_new(content, "--id", "sin", "--name", "SIN", "--lang", "en") == 2
    assert "sin.yml:1: the id \"sin\" is already in use" in capsys.readouterr().err
    assert existing.read_text(encoding="utf-8") == "id: sin\n"


def test_refuses_an_id_declared_in_a_misnamed_file(
        content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (content / "projects" / "old-name.yml").write_text("# note\nid: sin\n", encoding="utf-8")
    assert run_new(content, "--id", "sin", "--name", "SIN") == 2
    assert "old-name.yml:2: id \"sin\" används redan" in capsys.readouterr().err


def test_without_a_terminal_it_asks_for_the_arguments(
        content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_new(content) == 2
    err = capsys.readouterr().err
    assert "--id" in err and "--name" in err
    assert "Traceback" not in err


def test_in_a_terminal_it_asks_and_offers_an_id(
        content: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal("\nSteget före\nFel Id\n\n"))
    assert run_new(content) == 0
    assert (content / "projects" / "steget-fore.yml").is_file()


def test_end_of_input_cancels_without_a_file(
        content: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal(""))
    assert run_new(content) == 130
    assert list((content / "projects").iterdir()) == []


def test_missing_content_folder_is_explained(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_new(tmp_path / "nowhere", "--id", "x", "--name", "X", "--lang", "en") == 2
    assert "No content folder" in capsys.readouterr().err


@pytest.mark.parametrize(("name", "expected"), [
    ("Goinge Forward \u2013 En väg in", "goinge-forward-en-vag-in"),
    ("SIN", "sin"), ("Ett steg före!", "ett-steg-fore"), ("", "")])
def test_id_suggestion(name: str, expected: str) -> None:
    assert suggest_id(name) == expected


def test_longest_id_the_schema_allows_is_accepted(content: Path) -> None:
    assert run_new(content, "--id", "a" * 64, "--name", "Namn") == 0
