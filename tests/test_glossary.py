"""The glossary on the About page: every term, each language marked on the other's page."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import fixture_catalog, one, soup

from generator.site.generate import generate

ROOTS = {"sv": "", "en": "en/"}


@pytest.mark.parametrize(("lang", "other", "swedish", "english"), [
    ("sv", "en", "Svenska", "Engelska på webbplatsen"),
    ("en", "sv", "Swedish", "English on the site")])
def test_about_page_shows_every_term_in_order(built_site: Path, lang: str, other: str,
                                              swedish: str, english: str) -> None:
    terms = list(fixture_catalog().vocabularies["glossary"].values())
    page = soup(built_site, ROOTS[lang] + "about/")
    table = one(page, "#glossary ~ .vta-table table")
    assert [th.get_text(strip=True) for th in table.select("thead th")][:2] == [swedish, english]
    rows = table.select("tbody tr")
    assert [one(row, "th").get_text(strip=True) for row in rows] == [t.label.sv for t in terms]
    marked = "td span" if lang == "sv" else "th span"
    assert all(one(row, marked).get("lang") == other for row in rows)
    kommun = next(row for row in rows if one(row, "th").get_text(strip=True) == "kommun")
    note = kommun.select("td")[1].get_text(strip=True)
    assert note.startswith("SCB:s fyrsiffriga" if lang == "sv" else "SCB four-digit")


def test_no_glossary_no_section() -> None:
    catalog = copy.copy(fixture_catalog())
    catalog.vocabularies = {kind: terms for kind, terms in catalog.vocabularies.items()
                            if kind != "glossary"}
    about = next(page for page in generate(catalog, "sv") if page.path == "about/index.md")
    assert BeautifulSoup(about.markdown, "html.parser").select("table") == []
    assert "glossary" not in about.markdown
