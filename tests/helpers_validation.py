"""Shared by the validator tests: where the example records are, and running the CLI in-process.

Each broken example ("case") is validated on its own and its report compared, word for word,
with `<name>.sv.txt` and `<name>.en.txt` next to it. A case is a record file under
tests/fixtures/invalid/ (`<name>.yml` or `.yaml`, in a folder named projects, methods or
vocabularies), except that a folder directly under invalid/ holding several record files is one
case as a whole (`<folder>.sv.txt` next to the folder), for problems that need several files.
A case folder holding `content/` is a small catalogue of its own, validated alone: for
vocabularies the fixture catalogue has already (a second target-groups list would be a
duplicate), or problems between vocabularies.

Examples are checked against the fixture catalogue (tests/fixtures/catalogue), never against
content/: what a reference may point at, and so every suggestion, stays the same whatever
records contributors add.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.cli import main

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
INVALID = FIXTURES / "invalid"
VALID = FIXTURES / "valid"
CATALOGUE = FIXTURES / "catalogue"
WITH_FIXTURE_CATALOGUE = ("--content", CATALOGUE.relative_to(REPO).as_posix())
"""`validate` options that check examples against the fixture catalogue."""
LANGUAGES = ("sv", "en")
RECORD_SUFFIXES = (".yml", ".yaml")
KIND_FOLDERS = ("projects", "methods", "vocabularies")
# Cases that only warn: the validator must still succeed (exit 0).
WARNING_ONLY = {"bom-warning-only", "missing-english", "percent-without-base", "uncited-source",
                "goal-judged-met-figures-not", "goal-judged-unmet-figures-met",
                "period-ongoing-after-end", "period-planned-after-start",
                "period-finished-before-end", "period-interim-after-end",
                "period-outcome-before-start", "period-final-before-end"}


@dataclass(frozen=True)
class Case:
    name: str
    target: Path
    """File or folder given to the validator, relative to the repository."""

    def expected_file(self, language: str) -> Path:
        return REPO / self.target.parent / f"{self.name}.{language}.txt"

    @property
    def own_content(self) -> bool:
        return (REPO / self.target / "content").is_dir()

    def validate_arguments(self) -> list[str]:
        """What `validate` is given: the case's own catalogue, or the case with the fixture
        catalogue."""
        if self.own_content:
            return ["--content", (self.target / "content").as_posix()]
        return [*WITH_FIXTURE_CATALOGUE, self.target.as_posix()]


def invalid_cases() -> list[Case]:
    cases = []
    for top in sorted(INVALID.iterdir()):
        files = record_files(top) if top.is_dir() else []
        if top.name not in KIND_FOLDERS and (len(files) > 1 or (top / "content").is_dir()):
            cases.append(Case(top.name, top.relative_to(REPO)))
            continue
        cases += [Case(path.stem, path.relative_to(REPO)) for path in files]
    return cases


def record_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.suffix in RECORD_SUFFIXES)


@contextmanager
def in_repo() -> Iterator[None]:
    """Run from the repository root, as contributors do, so paths print as `content/…`."""
    before = Path.cwd()
    os.chdir(REPO)
    try:
        yield
    finally:
        os.chdir(before)


def validate_examples(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`python -m generator validate <argv>` against the fixture catalogue."""
    return run_cli(capsys, ["validate", *WITH_FIXTURE_CATALOGUE, *argv])


def run_cli(capsys: pytest.CaptureFixture[str], argv: Sequence[str]) -> tuple[int, str, str]:
    """`python -m generator <argv>` in-process: exit code, stdout, stderr."""
    capsys.readouterr()
    with in_repo():
        code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err
