"""The path CONTRIBUTING.md promises a newcomer: scaffold, fill in, validate, build, see the page.

Each step is the command the guide prints, run through the same entry point a contributor's
shell reaches, against a copy of the real catalogue (so these tests are marked `catalogue`).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from helpers_scaffold import fill_required

from generator.cli import main

REPO = Path(__file__).resolve().parents[1]
GUIDES = {"sv": REPO / "CONTRIBUTING.md", "en": REPO / "CONTRIBUTING.en.md"}
RECORD_ID = "nytt-projekt-i-test"
NAME = "Nytt projekt i test"


def page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_guide_prints_the_commands_this_test_runs(lang: str) -> None:
    guide = GUIDES[lang].read_text(encoding="utf-8")
    for command in ("python -m generator new project --id",
                    "python -m generator validate content/projects/",
                    "python -m generator new organisation --name",
                    "python -m generator new term target-groups --name"):
        assert command in guide


@pytest.fixture(scope="module")
def contributed(tmp_path_factory: pytest.TempPathFactory,
                catalogue_content: Path) -> tuple[Path, Path]:
    """A copy of the catalogue with one new project added as the guide says, then built."""
    folder = tmp_path_factory.mktemp("contribute")
    content = folder / "content"
    shutil.copytree(catalogue_content, content)
    assert main(["new", "project", "--id", RECORD_ID, "--name", NAME,
                 "--content", str(content)]) == 0
    record = content / "projects" / f"{RECORD_ID}.yml"
    record.write_text(fill_required(record.read_text(encoding="utf-8")), encoding="utf-8")
    return content, record


def test_scaffold_is_dated_today_and_in_the_projects_folder(
        contributed: tuple[Path, Path]) -> None:
    _, record = contributed
    assert re.search(rf"^added: {dt.date.today().isoformat()}$",
                     record.read_text(encoding="utf-8"), flags=re.M)


def test_filled_record_validates_with_the_catalogue(contributed: tuple[Path, Path]) -> None:
    content, record = contributed
    assert main(["validate", "--content", str(content), str(record)]) == 0
    assert main(["validate", "--content", str(content)]) == 0


@pytest.fixture(scope="module")
def site(contributed: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    content, _ = contributed
    folder = tmp_path_factory.mktemp("contribute-site")
    assert main(["build", "--content", str(content), "--site-dir", str(folder / "site"),
                 "--markdown-dir", str(folder / "md")]) == 0
    return folder / "site"


def test_new_project_has_a_swedish_page(site: Path) -> None:
    heading = page(site, f"projects/{RECORD_ID}").select_one("h1")
    assert heading is not None and heading.get_text(strip=True) == NAME


def test_english_page_shows_the_swedish_name_marked_as_swedish(site: Path) -> None:
    english = page(site, f"en/projects/{RECORD_ID}")
    assert english.html is not None and english.html.get("lang") == "en"
    heading = english.select_one("h1")
    assert heading is not None and NAME in heading.get_text(" ", strip=True)
    marked = heading if heading.get("lang") == "sv" else heading.select_one('[lang="sv"]')
    assert marked is not None and NAME in marked.get_text(" ", strip=True)


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_new_project_is_listed_where_readers_browse(site: Path, prefix: str) -> None:
    listing = page(site, f"{prefix}explore")
    targets = {str(link.get("href", "")) for link in listing.select("a[href]")}
    assert any(f"projects/{RECORD_ID}/" in target for target in targets)
