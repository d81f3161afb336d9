"""Evidence on every surface (issue #13), in both languages: the randomised trial's two
groups and their difference on every comparison surface and never on a share chart,
citations with publisher, date and link, evidence at a glance, and what How to read says
is computed. Pure generation of the catalogue in tests/helpers_figures.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import Tag
from helpers_figures import (
    NB,
    NNB,
    TRIAL,
    Pages,
    cells,
    figures_catalog,
    figures_pages,
    folded,
    html_of,
    row_of,
    text_of,
)

from generator.catalog import Catalog
from generator.site.lookups.cards import card_meta


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("figures-catalogue")


@pytest.fixture(scope="module")
def pages(folder: Path) -> Pages:
    return figures_pages(folder)


@pytest.fixture(scope="module")
def catalog(folder: Path) -> Catalog:
    return figures_catalog(folder)


# --- comparison groups ----------------------------------------------------------------


@pytest.mark.parametrize(("lang", "difference", "groups"), [
    ("sv", f"+12,5 procentenheter (95{NB}% konfidensintervall 6,1 till 18,9)",
     ["Antal personer 400 380", f"Resultat (till arbete) 37,5{NB}% 37,5 procent "
      f"25{NB}% 25 procent"]),
    ("en", "+12.5 percentage points (95% confidence interval 6.1 to 18.9)",
     ["Number of people 400 380", "Result (into work) 37.5% 37,5 procent 25% 25 procent"])])
def test_the_trial_shows_both_groups_and_the_difference(pages: Pages, lang: str,
                                                        difference: str,
                                                        groups: list[str]) -> None:
    page = html_of(pages[lang][f"projects/{TRIAL}/index.md"])
    facts = page.select("dl.vta-facts")
    evaluation = next(dl for dl in facts if difference in dl.get_text(" "))
    words = folded(evaluation.get_text(" "))
    assert ("18 månader" if lang == "sv" else "18 months") in words
    assert ("Ett universitet" if lang == "sv" else "A university") in words
    table = evaluation.find_next("table")
    assert isinstance(table, Tag)
    headers = [th.get_text(strip=True) for th in table.select("thead th")][1:]
    assert headers == (["Deltagargrupp", "Jämförelsegrupp"] if lang == "sv"
                       else ["Programme group", "Comparison group"])
    rows = [folded(row.get_text(" ")) for row in table.select("tbody tr")]
    assert rows[1:] == groups


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_trial_is_on_every_comparison_surface(pages: Pages, catalog: Catalog,
                                                  lang: str) -> None:
    tree = pages[lang]
    points = "+12,5 procentenheter" if lang == "sv" else "+12.5 percentage points"
    assert points in " ".join(cells(row_of(tree["compare/index.md"], TRIAL)))
    assert points in text_of(tree["compare/index.md"].split("{ #effects }")[1])
    method = tree["compare/methods/index.md"].split("{ #method-supported-employment }")[1]
    assert points in text_of(method.split("\n## ")[0])
    side = json.loads(tree["compare/side-by-side.json"])["projects"][TRIAL]["cells"]
    assert side["effect"][0]["text"].startswith(points)
    assert side["evidence"][0]["text"] == ("Randomiserad studie (nivå 5 av 5)" if lang == "sv"
                                           else "Randomised trial (level 5 of 5)")
    meta = card_meta(catalog, lang, catalog.projects[TRIAL])
    assert meta["effect"].startswith(points) and meta["evidence_scale"] == "■■■■■"
    assert points in text_of(tree["methods/supported-employment/index.md"])


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_no_share_chart_draws_an_effect(pages: Pages, lang: str) -> None:
    word = "procentenheter" if lang == "sv" else "percentage points"
    for path in ("compare/index.md", "compare/methods/index.md"):
        for svg in html_of(pages[lang][path]).select("svg"):
            assert word not in svg.get_text(" ")


# --- sources a reader can open --------------------------------------------------------


def test_a_citation_names_publisher_and_date_and_opens_the_source(pages: Pages) -> None:
    row = row_of(pages["sv"]["compare/index.md"], TRIAL)
    references = row.select("a.vta-source-ref")
    assert references
    assert {ref.get_text() for ref in references} == {"källa: Arbetsförmedlingen, juni 2022"}
    assert {ref.get("href") for ref in references} == {"https://example.org/lottat-stod.pdf"}
    # Without a web address, the reference leads to the sources list on the project page.
    sin = row_of(pages["sv"]["compare/index.md"], "sin").select_one("a.vta-source-ref")
    assert sin is not None and sin.get("href") == "../projects/sin/#source-sin-report"
    assert sin.get_text().endswith(", odaterad")
    page = html_of(pages["en"][f"projects/{TRIAL}/index.md"])
    cited = page.select_one("p.vta-cited")
    assert cited is not None and "Arbetsförmedlingen, June 2022" in cited.get_text()
    link = cited.select_one("a[href='https://example.org/lottat-stod.pdf'] cite")
    assert link is not None
    entry = html_of(pages["en"]["projects/sin/index.md"]).select_one("#source-sin-report")
    assert entry is not None and "Undated" in entry.get_text()
    assert "No web address known" in entry.get_text()


# --- evidence at a glance -------------------------------------------------------------


@pytest.mark.parametrize(("lang", "evidence", "cost", "caveat"), [
    ("sv", "Randomiserad studie (nivå 5 av 5)", f"ca 5{NNB}000 euro per deltagare",
     "Annan valuta"),
    ("en", "Randomised trial (level 5 of 5)", "about EUR 5,000 per participant",
     "Different currency")])
def test_the_glance_is_words_first(pages: Pages, lang: str, evidence: str, cost: str,
                                   caveat: str) -> None:
    glance = html_of(pages[lang][f"projects/{TRIAL}/index.md"]).select_one("dl.vta-glance")
    assert glance is not None
    values = glance.select("dd")
    assert [dt.get_text() for dt in glance.select("dt")] == (
        ["Hur resultaten är belagda", "Kostnad per deltagare", "Resultat"] if lang == "sv"
        else ["How the results are backed", "Cost per participant", "Result"])
    level = values[0].select_one(".vta-glance__level")
    assert level is not None and level.get_text() == evidence
    scale = values[0].select_one(".vta-scale")
    assert scale is not None and scale.get("aria-hidden") == "true"
    assert scale.get_text() == "■■■■■"
    assert values[1].get_text(" ").startswith(cost) and caveat in values[1].get_text()


def test_a_method_page_sums_up_its_projects_evidence(pages: Pages) -> None:
    glance = html_of(pages["en"]["methods/supported-employment/index.md"]).select_one(
        "dl.vta-glance")
    assert glance is not None
    evidence, cost, result = (folded(dd.get_text(" ")) for dd in glance.select("dd"))
    assert evidence.startswith("Strongest: Randomised trial (level 5 of 5)")
    assert ("Randomised trial: 1 project; Evaluation with a comparison group: 1 project; "
            "Self-reported by the project: 1 project") in evidence
    assert "Costs in different currencies are never converted or compared." in cost
    assert "(fewer than 3 projects: no median; the figures are shown one by one)" in result


# --- how to read and about ------------------------------------------------------------


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_how_to_read_says_what_is_computed_and_what_is_not(pages: Pages, lang: str) -> None:
    page = pages[lang]["how-to-read/index.md"]
    computed = html_of(page.split("{ #computed }")[1].split("\n## ")[0]).select("li")
    never = html_of(page.split("{ #not-computed }")[1].split("\n## ")[0]).select("li")
    assert len(computed) == 7 and len(never) == 6
    words = " ".join(item.get_text() for item in [*computed, *never])
    for term in (("median", "valutor", "effekt", "status okänd", "kostnad per deltagare")
                 if lang == "sv" else
                 ("median", "currencies", "effect", "status unknown", "cost per participant")):
        assert term in words.lower()
    about = html_of(pages[lang]["about/index.md"])
    assert about.select_one("a[href='../how-to-read/#computed']") is not None


def test_every_scroll_region_on_a_page_has_a_name_of_its_own(pages: Pages) -> None:
    # Landmarks with one name are indistinguishable to a screen reader (axe landmark-unique):
    # the trial's two evaluated outcomes each get a groups table named by its outcome.
    for lang, tree in pages.items():
        for path, markdown in tree.items():
            names = [region.get("aria-label") for region in
                     html_of(markdown).select('[role="region"][aria-label]')]
            assert len(names) == len(set(names)), (lang, path, names)
    trial = html_of(pages["sv"][f"projects/{TRIAL}/index.md"])
    groups = [region.get("aria-label") for region in trial.select('[role="region"]')
              if str(region.get("aria-label", "")).startswith("Grupperna sida vid sida")]
    assert len(groups) >= 1
