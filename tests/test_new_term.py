"""`python -m generator new organisation` and `new term KIND`: an entry written with the id
rule applied, nothing written twice, nothing written into a file it cannot read back."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest
from conftest import FIXTURE_CONTENT

from generator.cli import main
from generator.validation.run import validate


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    root = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT / "vocabularies", root / "vocabularies")
    return root


def new(content: Path, *argv: str) -> int:
    return main(["new", *argv, "--content", str(content), "--lang", "en"])


def vocabulary(content: Path, kind: str) -> str:
    return (content / "vocabularies" / f"{kind}.yml").read_text(encoding="utf-8")


def test_an_organisation_gets_the_id_rule_and_its_type(
        content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = vocabulary(content, "organisations")
    assert new(content, "organisation", "--name", "Föreningen Nya Vägar", "--type",
               "non-profit-association") == 0
    after = vocabulary(content, "organisations")
    assert after == before + ('  - id: foreningen-nya-vagar\n    type: non-profit-association\n'
                              '    label: {sv: "Föreningen Nya Vägar"}\n')
    out = capsys.readouterr().out
    assert "foreningen-nya-vagar" in out and "--name-en" in out
    assert validate(content).ok


def test_a_target_group_with_english_and_broader_terms(content: Path) -> None:
    assert new(content, "term", "target-groups", "--name", "Unga vuxna",
               "--name-en", "Young adults", "--broader", "young-people") == 0
    assert vocabulary(content, "target-groups").endswith(
        '  - id: unga-vuxna\n    label: {sv: "Unga vuxna", en: "Young adults"}\n'
        "    broader: [young-people]\n")
    catalog = validate(content).catalog
    assert "unga-vuxna" in catalog.narrower("target-groups", "young-people")


@pytest.mark.parametrize(("argv", "says"), [
    (["organisation", "--name", "Ängelholms kommun", "--type", "municipality"],
     'is an organisation already, as every municipality in municipalities.yml is. Refer to '
     'the id "angelholms-kommun"'),
    (["organisation", "--name", "Arbetsförmedlingen", "--type", "state-agency"],
     'with the id "arbetsformedlingen"'),
    (["term", "target-groups", "--name", "Unga"], 'with the id "young-people"'),
    (["term", "target-groups", "--name", "Något", "--id", "young-people"],
     'with the id "young-people"'),
])
def test_what_exists_already_is_not_written_again(
        content: Path, capsys: pytest.CaptureFixture[str], argv: list[str], says: str) -> None:
    before = {path.name: path.read_bytes() for path in (content / "vocabularies").iterdir()}
    assert new(content, *argv) == 2
    assert says in capsys.readouterr().err
    assert {path.name: path.read_bytes() for path in (content / "vocabularies").iterdir()} \
        == before


@pytest.mark.parametrize(("argv", "says"), [
    (["organisation", "--name", "Ny förening"], "Give the organisation type with --type"),
    (["organisation", "--name", "Ny förening", "--type", "forening"],
     'The organisation type "forening" does not exist'),
    (["term", "target-groups", "--name", "Nya", "--broader", "old-people"],
     'The broader term "old-people" is not in'),
    (["organisation", "--name", "Ny förening", "--type", "other", "--broader",
      "arbetsformedlingen"], "has no broader terms"),
    (["term", "municipalities", "--name", "Ny kommun"], "complete official list"),
    (["term", "counties", "--name", "Nytt län"], "complete official list"),
    (["term", "--name", "Något"], "Which vocabulary should the term go into?"),
    (["term", "target-groups"], "Give the name with --name"),
    (["term", "target-groups", "--name", "Unga <b>vuxna</b>"], "The name cannot be used"),
    (["term", "target-groups", "--name", "Unga", "--id", "Unga"], 'The id "Unga" cannot'),
    (["project", "extra-word", "--id", "x", "--name", "X"], "takes no word after it"),
    (["project", "--id", "x", "--name", "X", "--type", "other"], "are for organisations"),
])
def test_refusals_say_what_to_do_and_write_nothing(
        content: Path, capsys: pytest.CaptureFixture[str], argv: list[str], says: str) -> None:
    before = {path.name: path.read_bytes() for path in (content / "vocabularies").iterdir()}
    assert new(content, *argv) == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err
    assert {path.name: path.read_bytes() for path in (content / "vocabularies").iterdir()} \
        == before


def test_a_vocabulary_with_errors_is_left_alone(content: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = content / "vocabularies" / "challenges.yml"
    path.write_text(path.read_text(encoding="utf-8") + "  - id: Fel Id\n", encoding="utf-8")
    before = path.read_bytes()
    assert new(content, "term", "challenges", "--name", "Ny utmaning") == 2
    assert "has errors already" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_a_file_that_does_not_end_with_its_terms_is_not_guessed_at(
        content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = content / "vocabularies" / "funders.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("kind: funders\n")
    moved = text[:start] + text[start + len("kind: funders\n"):] + "kind: funders\n"
    path.write_text(moved, encoding="utf-8")
    assert new(content, "term", "funders", "--name", "Ny fond") == 2
    assert "could not be added" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == moved


def test_a_missing_vocabulary_file_is_created(content: Path) -> None:
    (content / "vocabularies" / "challenges.yml").unlink()
    assert new(content, "term", "challenges", "--name", "Ny utmaning") == 0
    assert vocabulary(content, "challenges").splitlines()[1:] == [
        "kind: challenges", "terms:", "  - id: ny-utmaning", '    label: {sv: "Ny utmaning"}']


def test_in_a_terminal_it_asks_for_the_name_and_the_type(
        content: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal("Ny förening\nforening\nnon-profit-association\n"))
    assert new(content, "organisation") == 0
    assert "  - id: ny-forening\n    type: non-profit-association\n" in vocabulary(
        content, "organisations")
