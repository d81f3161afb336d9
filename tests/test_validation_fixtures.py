"""The validator's output for every example record, word for word, in Swedish and English.

Each broken example under tests/fixtures/invalid/ has its expected report next to it
(`<name>.sv.txt`, `<name>.en.txt`). After a deliberate change of wording, regenerate them
and read the diff before committing:

    UPDATE_EXPECTED=1 .venv/bin/pytest tests/test_validation_fixtures.py

Without UPDATE_EXPECTED a difference fails the test; nothing is rewritten.

To add an example: copy a valid record, break one thing, save it under
tests/fixtures/invalid/<projects|methods|vocabularies>/<what-is-broken>.yml (file name = id
unless the id is the point), run with UPDATE_EXPECTED=1 and check the new .sv.txt/.en.txt.
Warning-only examples are listed in helpers_validation.WARNING_ONLY.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers_validation import (
    INVALID,
    LANGUAGES,
    REPO,
    VALID,
    WARNING_ONLY,
    WITH_FIXTURE_CATALOGUE,
    Case,
    invalid_cases,
    record_files,
    run_cli,
    validate_examples,
)

UPDATE = os.environ.get("UPDATE_EXPECTED") == "1"
CASES = invalid_cases()
VALID_FILES = record_files(VALID)


def test_there_are_enough_broken_examples() -> None:
    assert len(CASES) >= 30
    assert {case.target.parent.name for case in CASES} >= {"projects", "methods", "vocabularies"}


def test_every_broken_example_has_its_expected_output() -> None:
    covered = {REPO / case.target for case in CASES}
    orphans = [path.relative_to(REPO) for path in record_files(INVALID)
               if not any(path == target or target in path.parents for target in covered)]
    assert orphans == []
    missing = [case.expected_file(lang) for case in CASES for lang in LANGUAGES
               if not case.expected_file(lang).exists()]
    assert missing == [] or UPDATE  # a new example gets its files from the run below


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_broken_example_output(case: Case, language: str,
                               capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, ["validate", *case.validate_arguments(), "--lang", language])
    expected_file = case.expected_file(language)
    if UPDATE:
        expected_file.write_text(out, encoding="utf-8")
    assert out == expected_file.read_text(encoding="utf-8")
    assert code == (0 if case.name in WARNING_ONLY else 1)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", VALID_FILES, ids=lambda path: path.stem)
def test_valid_example_has_no_problems(path: Path, language: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = validate_examples(capsys, str(path.relative_to(REPO)), "--lang", language)
    clean = {"sv": "Inga problem i 1 kontrollerad fil.\n", "en": "No problems in 1 checked file.\n"}
    assert (code, out) == (0, clean[language])


def test_valid_examples_together_have_no_problems(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = validate_examples(capsys, "tests/fixtures/valid")
    assert (code, out) == (0, f"Inga problem i {len(VALID_FILES)} kontrollerade filer.\n")


def test_the_fixture_catalogue_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, ["validate", *WITH_FIXTURE_CATALOGUE])
    assert (code, out.startswith("Inga problem i ")) == (0, True), out


def test_bundled_content_has_no_errors(catalogue_content: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Warnings (English still missing, a source nothing cites) inform; they never fail a
    contributor's pull request, so only errors count here."""
    for language, clean in (("sv", " 0 fel "), ("en", " 0 errors ")):
        code, out, _ = run_cli(capsys, ["validate", "--content", str(catalogue_content),
                                        "--lang", language])
        summary = out.splitlines()[-1]
        assert code == 0, out
        assert summary.startswith(("Inga problem", "No problems")) or clean in f" {summary}"


def test_bundled_content_has_records_of_every_kind(catalogue_content: Path) -> None:
    for folder in ("projects", "methods", "vocabularies"):
        assert list((catalogue_content / folder).glob("*.yml")), f"content/{folder} is empty"
