"""Shared by the validator tests: where the example records are, and running the CLI in-process.

Each broken example ("case") is validated on its own and its report compared, word for word,
with `<name>.sv.txt` and `<name>.en.txt` next to it. A case is a record file under
tests/fixtures/invalid/ (`<name>.yml` or `.yaml`, in a folder named projects, methods or
vocabularies), except that a folder directly under invalid/ holding several record files is one
case as a whole (`<folder>.sv.txt` next to the folder), for problems that need several files.
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
LANGUAGES = ("sv", "en")
RECORD_SUFFIXES = (".yml", ".yaml")
KIND_FOLDERS = ("projects", "methods", "vocabularies")
# Cases that only warn: the validator must still succeed (exit 0).
WARNING_ONLY = {"bom-warning-only", "missing-english", "percent-without-base",
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


def invalid_cases() -> list[Case]:
    cases = []
    for top in sorted(INVALID.iterdir()):
        files = record_files(top) if top.is_dir() else []
        if top.name not in KIND_FOLDERS and len(files) > 1:
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


def run_cli(capsys: pytest.CaptureFixture[str], argv: Sequence[str]) -> tuple[int, str, str]:
    """`python -m generator <argv>` in-process: exit code, stdout, stderr."""
    capsys.readouterr()
    with in_repo():
        code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err
