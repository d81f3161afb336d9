"""A newcomer's correct pull request stays green: the proof, on a copy of the repository.

The copy gets what a kommunförbund contributor adds for a project the catalogue does not
know yet: an organisation (`new organisation`), a target group (`new term target-groups`)
and the project itself (`new project`, filled in as CONTRIBUTING.md says), owned by the
new organisation, with a municipality as partner (every municipality is an organisation
already) and the new target group. Then every test that reads the real catalogue (marked
`catalogue`) runs in the copy, as CI would run them on the pull request.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers_scaffold import fill_required

from generator.cli import main
from generator.validation.run import validate

REPO = Path(__file__).resolve().parents[1]
ORGANISATION = ("Föreningen Nya vägar i Nordvästra Skåne",
                "foreningen-nya-vagar-i-nordvastra-skane")
TARGET_GROUP = ("Unga vuxna utan gymnasieexamen", "unga-vuxna-utan-gymnasieexamen")
PROJECT = ("Nya vägar Nordväst", "nya-vagar-nordvast")
LEFT_BEHIND = {".git", ".venv", "build", "site", "__pycache__", ".pytest_cache", ".mypy_cache",
               ".ruff_cache"}
"""Never copied when the repository is not a git checkout: made by tools, not committed."""
MINIMUM_TESTS = 20
"""The copy must really run the catalogue's tests, not collect next to none."""


def repository_files() -> list[Path]:
    """What a fresh clone holds: git's files (tracked, and new ones not ignored)."""
    if shutil.which("git") and (REPO / ".git").exists():
        listing = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=REPO, capture_output=True, check=True).stdout.decode()
        return [Path(name) for name in listing.split("\0") if name and (REPO / name).is_file()]
    return [path.relative_to(REPO) for path in REPO.rglob("*") if path.is_file()
            and not LEFT_BEHIND & set(path.relative_to(REPO).parts)]


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository copied, with the newcomer's three additions made by the commands."""
    root = tmp_path_factory.mktemp("newcomer") / "repository"
    for name in repository_files():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, root / name)
    content = root / "content"
    assert main(["new", "organisation", "--name", ORGANISATION[0], "--type",
                 "non-profit-association", "--name-en", ORGANISATION[0],
                 "--content", str(content)]) == 0
    assert main(["new", "term", "target-groups", "--name", TARGET_GROUP[0], "--name-en",
                 "Young adults without upper secondary education", "--broader",
                 "young-people", "--content", str(content)]) == 0
    assert main(["new", "project", "--id", PROJECT[1], "--name", PROJECT[0],
                 "--content", str(content)]) == 0
    record = content / "projects" / f"{PROJECT[1]}.yml"
    record.write_text(filled_in(record.read_text(encoding="utf-8")), encoding="utf-8")
    return root


def filled_in(scaffold: str) -> str:
    """The scaffold as a contributor completes it: required fields, and a few optional ones
    uncommented with this (made-up) project's facts."""
    text = scaffold.replace('\nowner: ""\n', f"\nowner: {ORGANISATION[1]}\n")
    text = text.replace("# target_groups: [long-term-unemployed]",
                        f"target_groups: [{TARGET_GROUP[1]}]")
    text = text.replace('# municipalities: ["1256"]', 'municipalities: ["1292"]')
    text = text.replace('# counties: ["12"]', 'counties: ["12"]')
    text = text.replace("# partners:\n#   - organisation: arbetsformedlingen\n",
                        "partners:\n  - organisation: angelholms-kommun\n")
    text = re.sub(r"^#     # Partens roll.*\n#     role: .*\n", "", text, flags=re.M)
    text = text.replace('\n  status: ""\n', "\n  status: ongoing\n  source: s1\n")
    return fill_required(text)


def test_the_commands_wrote_what_the_newcomer_asked_for(clone: Path) -> None:
    vocabularies = clone / "content" / "vocabularies"
    assert f"- id: {ORGANISATION[1]}\n" in (vocabularies / "organisations.yml").read_text(
        encoding="utf-8")
    groups = (vocabularies / "target-groups.yml").read_text(encoding="utf-8")
    assert f"- id: {TARGET_GROUP[1]}\n" in groups and "broader: [young-people]" in groups


def test_the_clone_validates_without_an_error(clone: Path) -> None:
    result = validate(clone / "content")
    # English can follow later: its absence is a warning, and warnings never fail.
    assert {d.code for d in result.diagnostics} <= {"missing_translation"}
    assert result.ok
    catalog = result.catalog
    project = catalog.projects[PROJECT[1]]
    assert (project.owner, project.target_groups) == (ORGANISATION[1], [TARGET_GROUP[1]])
    assert TARGET_GROUP[1] in catalog.narrower("target-groups", "young-people")


def test_the_catalogue_tests_pass_in_the_clone(clone: Path) -> None:
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("PYTEST_", "UPDATE_EXPECTED"))}
    environment["PYTHONPATH"] = str(clone)
    where = subprocess.run([sys.executable, "-c", "import generator; print(generator.__file__)"],
                           cwd=clone, env=environment, capture_output=True, text=True, check=True)
    assert Path(where.stdout.strip()).is_relative_to(clone), "the clone's own code runs"
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", "-m", "catalogue", "-o", "addopts=", "-q",
         "-p", "no:cacheprovider", "--basetemp", str(clone.parent / "pytest-in-clone")],
        cwd=clone, env=environment, capture_output=True, text=True, check=False)
    output = completed.stdout + completed.stderr
    assert completed.returncode == 0, output[-6000:]
    passed = re.search(r"(\d+) passed", output)
    assert passed and int(passed.group(1)) >= MINIMUM_TESTS, output[-2000:]
