"""Method comparison and recurring success factors, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import attr, one, soup

ROOTS = {"sv": "", "en": "en/"}


def text(node: Tag) -> str:
    """Visible text with ordinary spaces, and "34 %" (Swedish) written as "34%" (English)."""
    plain = node.get_text(" ", strip=True).replace("\xa0", " ").replace("\u202f", " ")
    return plain.replace(" %", "%")


def section(html: BeautifulSoup, anchor: str) -> list[Tag]:
    """The elements after a heading, up to the next heading of the same level."""
    heading = one(html, f"#{anchor}")
    found = []
    for sibling in heading.find_next_siblings():
        if sibling.name == heading.name:
            break
        found.append(sibling)
    return found


@pytest.mark.parametrize(("lang", "participants", "interim"), [
    ("sv", "Deltagare sammanlagt: 58", "Delresultat: 1 av 1"),
    ("en", "Participants in total: 58", "Interim results: 1 of 1")])
def test_supported_employment_lists_sin_with_its_figures(
        built_site: Path, lang: str, participants: str, interim: str) -> None:
    html = soup(built_site, ROOTS[lang] + "compare/methods/")
    parts = section(html, "method-supported-employment")
    body = " ".join(text(part) for part in parts)
    assert participants in body
    tables = [part.select_one("table") or part for part in parts
              if part.name == "table" or part.select_one("table")]
    spread, projects = tables[0], tables[1]
    # Only SIN: n = 1, so there is no median, and its caveats are counted.
    assert "34%" in text(spread) and interim in text(spread)
    sin = one(projects, "a[href='../../projects/sin/']").find_parent("tr")
    assert isinstance(sin, Tag)
    assert text(sin).startswith("SIN-projekt")
    assert "58" in text(sin) and "20" in text(sin) and "34%" in text(sin)


@pytest.mark.parametrize(("lang", "expected"), [
    # 58 (SIN) + about 1000 (Steget vidare), and Fortsatt samverkan reports no outcome.
    ("sv", "cirka 1 058 (möjligt spann 958\u20131 158) samt ett okänt antal i 1 projekt"),
    ("en", "about 1,058 (possible range 958\u20131,158) plus an unknown number in 1 project")])
def test_totals_keep_precision_words(built_site: Path, lang: str, expected: str) -> None:
    html = soup(built_site, ROOTS[lang] + "compare/methods/")
    body = " ".join(text(part) for part in section(html, "method-work-placement"))
    assert expected in body


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_method_sections_link_to_method_pages_and_caveats(built_site: Path, lang: str) -> None:
    html = soup(built_site, ROOTS[lang] + "compare/methods/")
    assert one(html, ".vta-caveats a[href='../../compare/#caveats']")
    links = {attr(a, "href") for a in html.select("article a[href^='../../methods/']")}
    assert "../../methods/supported-employment/" in links
    # Validation of prior learning is used only by a project without outcomes.
    parts = section(html, "method-validation-of-prior-learning")
    assert any(part.name == "p" for part in parts)


@pytest.mark.parametrize(("lang", "label"), [("sv", "Individfokus"),
                                             ("en", "Individual focus")])
def test_success_factors_are_counted_across_projects(
        built_site: Path, lang: str, label: str) -> None:
    html = soup(built_site, ROOTS[lang] + "compare/success-factors/")
    table = one(html, "#success-factors ~ .vta-table table")
    first = table.select("tbody tr")[0]
    cells = first.find_all(["th", "td"])
    assert text(cells[0]).startswith(label) and text(cells[1]) == "3"
    hrefs = {attr(a, "href") for a in cells[2].select("a")}
    assert hrefs == {"../../projects/goinge-forward/#success-factors",
                     "../../projects/steget-vidare/#success-factors",
                     "../../projects/fortsatt-samverkan-leder-till-arbete/#success-factors"}
    challenges = one(html, "#challenges ~ .vta-table table")
    assert len(challenges.select("tbody tr")) == 13


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_method_page_lists_sin_and_links_to_the_comparison(built_site: Path, lang: str) -> None:
    html = soup(built_site, ROOTS[lang] + "methods/supported-employment/")
    sin = one(html, "table a[href='../../projects/sin/']").find_parent("tr")
    assert isinstance(sin, Tag) and "58" in text(sin) and "34%" in text(sin)
    link = one(html, "p.vta-compare-link a")
    assert attr(link, "href") == "../../compare/methods/#method-supported-employment"
