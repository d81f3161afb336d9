"""A catalogue for the honest-figures pages (issue #13): the frozen fixture catalogue with the
made-up records of tests/fixtures/valid added, among them the randomised trial.

The fixture catalogue holds the seed projects as their sources state them (SIN's range and
goal judgement, Arbetsmarknadscenter's share of those who left, Steget vidare's undated
status); the valid fixtures add a randomised comparison, ranges given as shares of named
groups, a budget in euro and dated planned and ongoing statuses. Neither changes when
contributors add records to content/.
"""

from __future__ import annotations

import re
import shutil
from functools import cache
from pathlib import Path

import yaml
from bs4 import BeautifulSoup, Tag
from conftest import FIXTURE_CONTENT
from helpers_validation import VALID

from generator.catalog import Catalog
from generator.i18n import LANGUAGES
from generator.site.generate import generate_all
from generator.validation.run import validate

TRIAL = "fixture-randomised-trial"
NB = "\u00a0"
"""The no-break space before a per cent sign in Swedish."""
NNB = "\u202f"
"""The narrow no-break space between thousands in Swedish."""
D = "\u2013"
"""The en dash of a range."""
Pages = dict[str, dict[str, str]]


def figures_content(folder: Path) -> Path:
    """Write the combined catalogue to `folder/content`. Predecessors are dropped: the valid
    fixtures name bundled projects that are not part of it."""
    content = folder / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    for kind in ("projects", "methods"):
        for path in sorted((VALID / kind).glob("*.yml")):
            record = yaml.safe_load(path.read_text(encoding="utf-8"))
            record.pop("predecessor", None)
            (content / kind / path.name).write_text(
                yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return content


@cache
def figures_catalog(folder: Path) -> Catalog:
    result = validate(figures_content(folder))
    assert result.ok, result.diagnostics
    return result.catalog


@cache
def figures_pages(folder: Path) -> dict[str, dict[str, str]]:
    """language -> path -> Markdown of the combined catalogue, generated without MkDocs."""
    trees = generate_all(figures_catalog(folder), LANGUAGES)
    return {lang: {page.path: page.markdown for page in pages} for lang, pages in trees.items()}


def html_of(markdown: str) -> BeautifulSoup:
    """The HTML a generated page holds (Markdown headings stay text; the figures are HTML)."""
    return BeautifulSoup(markdown, "html.parser")


def folded(text: str) -> str:
    """Runs of ASCII white space as one space. No-break spaces stay: Swedish writes
    "58\u00a0%" and "5\u202f000", and `str.split` would take them for white space."""
    return re.sub(r"[ \t\n\r\f\v]+", " ", text).strip()


def text_of(markdown: str) -> str:
    """The page's words with every tag removed and white space folded."""
    return folded(html_of(markdown).get_text(" "))


def row_of(page: str, project_id: str) -> Tag:
    """The comparison table's row of a project."""
    box = html_of(page).select_one(f'input[name=p][value="{project_id}"]')
    assert box is not None, project_id
    row = box.find_parent("tr")
    assert isinstance(row, Tag)
    return row


def cells(row: Tag) -> list[str]:
    return [folded(cell.get_text(" ")) for cell in row.select("td")]
