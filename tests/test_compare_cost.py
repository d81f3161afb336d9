"""Cost per participant on the pages and in the data, with fixture budgets.

No seed record states a budget, so two real records get one here, in memory:
Goinge Forward 2 460 000 kr for exactly 246 participants (10 000 kr each) and
Steget vidare 1 000 000 kr for about 1000 interim participants (1000 kr each,
between 1 000 000 / 1100 = 909 and 1 000 000 / 900 = 1111 kr).
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import CONTENT

from generator.catalog import Catalog
from generator.page import Page
from generator.schema.project import Budget
from generator.site.generate import generate
from generator.validation.run import validate

REAL = validate(CONTENT).catalog
BUDGETS = {"goinge-forward": Budget(source="goinge-article", total_sek=2_460_000),
           "steget-vidare": Budget(source="steget-vidare-article", total_sek=1_000_000)}


def catalog_with_budgets() -> Catalog:
    projects = {project_id: project.model_copy(update={"budget": BUDGETS.get(project_id)})
                for project_id, project in REAL.projects.items()}
    return Catalog(projects, REAL.methods, REAL.vocabularies, REAL.files)


def pages(lang: str) -> dict[str, Page]:
    catalog = catalog_with_budgets()
    return {page.path: page for page in generate(catalog, lang)}


def cost_cell(markdown: str, project_id: str) -> str:
    html = BeautifulSoup(markdown, "html.parser")
    table = html.select_one(".vta-compare-table table")
    assert table is not None
    headers = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    box = table.select_one(f'input[value="{project_id}"]')
    assert box is not None
    row = box.find_parent("tr")
    assert isinstance(row, Tag)
    cells = row.find_all(["th", "td"], recursive=False)
    cost = cells[next(i for i, h in enumerate(headers) if h in ("Kostnad per deltagare",
                                                             "Cost per participant"))]
    return cost.get_text(" ", strip=True).replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize(("lang", "exact", "vague", "flags"), [
    ("sv", "ca 10 000 kr per deltagare", "ca 1 000 kr per deltagare (möjligt spann 909",
     ("Delresultat", "Ungefärlig siffra")),
    ("en", "about SEK 10,000 per participant", "about SEK 1,000 per participant (possible "
     "range SEK 909", ("Interim results", "Approximate figure"))])
def test_cost_per_participant_is_shown_with_its_caveats(
        lang: str, exact: str, vague: str, flags: tuple[str, str]) -> None:
    markdown = pages(lang)["compare/index.md"].markdown
    goinge = cost_cell(markdown, "goinge-forward")
    assert goinge.startswith(exact) and not any(flag in goinge for flag in flags)
    steget = cost_cell(markdown, "steget-vidare")
    assert steget.startswith(vague) and "1 111" in steget.replace(",", " ")
    assert all(flag in steget for flag in flags)
    assert "#source-steget-vidare-article" in markdown
    side = json.loads(pages(lang)["compare/side-by-side.json"].markdown)
    shown = side["projects"]["goinge-forward"]["cells"]["cost"][0]["text"]
    assert shown.replace("\u202f", " ") == exact


def test_cost_per_participant_in_the_data_files() -> None:
    files = pages("sv")
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(
        files["data/projects.csv"].markdown.removeprefix("\ufeff")))}
    assert rows["goinge-forward"]["budget_total_sek"] == "2460000"
    assert rows["goinge-forward"]["cost_per_participant_sek"] == "10000"
    assert rows["goinge-forward"]["cost_flags"] == ""
    assert rows["steget-vidare"]["cost_per_participant_sek"] == "1000"
    assert rows["steget-vidare"]["cost_flags"] == "approximate;interim"
    assert rows["sin"]["cost_per_participant_sek"] == ""
    projects = {e["id"]: e for e in json.loads(files["data/projects.json"].markdown)["projects"]}
    cost = projects["steget-vidare"]["computed"]["cost_per_participant_sek"]
    assert cost == {"value": 1000.0, "low": 909.09, "high": 1111.11,
                    "flags": ["approximate", "interim"]}
