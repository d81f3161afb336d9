"""Problems with the file itself, built on the fly: too big to commit, or links."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers_validation import CATALOGUE, REPO, VALID, validate_examples

from generator.validation.run import validate
from generator.yamlsource import MAX_FILE_BYTES

COMPLETE = VALID / "projects" / "fixture-complete-project.yml"


def test_huge_file_is_refused_with_its_real_size(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "projects" / "huge.yml"
    path.parent.mkdir()
    padding = b"# " + b"x" * 98 + b"\n"
    path.write_bytes(COMPLETE.read_bytes() + padding * (3 * MAX_FILE_BYTES // len(padding)))
    code, out, _ = validate_examples(capsys, str(path))
    assert code == 1
    assert out == (
        f"{path}:1:1: fel: Filen är för stor ({-(-path.stat().st_size // 1024)} KiB).\n"
        "    Förväntat: högst 256 KiB\n"
        "    Så rättar du: En post ska vara en kort YAML-fil. Flytta långa texter till källan "
        "och sammanfatta.\n"
        "1 fel och 0 varningar i 1 kontrollerad fil. Rätta felen ovan och kör valideringen "
        "igen.\n")


def test_file_at_the_size_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "projects" / "fixture-complete-project.yml"
    path.parent.mkdir()
    text = COMPLETE.read_bytes()
    path.write_bytes(text + b"#" * (MAX_FILE_BYTES - len(text) - 1) + b"\n")
    assert path.stat().st_size == MAX_FILE_BYTES
    assert validate(CATALOGUE, [path]).diagnostics == []


def test_symbolic_link_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "projects" / "fixture-complete-project.yml"
    link.parent.mkdir()
    link.symlink_to(COMPLETE)
    code, out, _ = validate_examples(capsys, str(link), "--lang", "en")
    assert code == 1
    assert out == (
        f"{link}: error: The file is a symbolic link.\n"
        "    Expected: a regular file in the content folder\n"
        "    How to fix: Replace the link with a real file.\n"
        "1 error and 0 warnings in 1 checked file. Fix the errors above and run the validator "
        "again.\n")


def test_symbolic_link_inside_the_content_folder_is_refused(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CATALOGUE, content)
    (content / "projects" / "fixture-complete-project.yml").symlink_to(COMPLETE)
    result = validate(content)
    assert [d.code for d in result.diagnostics] == ["file.symlink"]
    assert not result.ok


def test_missing_file_is_reported_not_ignored(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = validate_examples(capsys, "content/projects/finns-inte.yml")
    assert code == 1
    assert out.startswith("content/projects/finns-inte.yml: fel: Sökvägen är ingen vanlig fil.")


def test_file_outside_a_kind_folder_is_reported(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "records" / "fixture-complete-project.yml"
    path.parent.mkdir()
    shutil.copy(COMPLETE, path)
    code, out, _ = validate_examples(capsys, str(path), "--lang", "en")
    assert code == 1
    assert f"{path}: error: Cannot tell what kind of record this file is." in out


def test_content_file_given_by_a_roundabout_path_is_still_checked(
        capsys: pytest.CaptureFixture[str]) -> None:
    # `../main/content/...` must be matched to the same file as `content/...`, not dropped.
    roundabout = f"../{REPO.name}/tests/fixtures/catalogue/projects/goinge-forward.yml"
    code, out, _ = validate_examples(capsys, roundabout)
    assert (code, out) == (0, "Inga problem i 1 kontrollerad fil.\n")


def test_broken_file_in_content_is_reported_with_the_others(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CATALOGUE, content)
    broken = content / "projects" / "count-in-quotes.yml"
    shutil.copy(REPO / "tests/fixtures/invalid/projects/count-in-quotes.yml", broken)
    result = validate(content)
    assert [(d.code, d.line) for d in result.diagnostics] == [("wrong_type_unquote", 27)]


def test_record_with_errors_still_counts_as_existing(tmp_path: Path) -> None:
    # A method with a typo of its own must not make every project using it "unknown".
    content = tmp_path / "content"
    shutil.copytree(CATALOGUE, content)
    method = content / "methods" / "supported-employment.yml"
    method.write_text(method.read_text(encoding="utf-8").replace("\nadded:", "\nadded_on:", 1),
                      encoding="utf-8")
    result = validate(content)
    assert {(d.file.rpartition("/")[2], d.code) for d in result.diagnostics} == {
        ("supported-employment.yml", "unknown_key")}


def test_a_file_that_is_no_record_is_named(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "projects" / "notes.txt"
    path.parent.mkdir()
    path.write_text("anteckningar\n", encoding="utf-8")
    code, out, _ = validate_examples(capsys, str(path), "--lang", "en")
    assert code == 1
    assert out.startswith(
        f"{path}: error: The file notes.txt is not a YAML record.\n"
        "    Expected: only .yml files in content/projects, content/methods and "
        "content/vocabularies\n")
