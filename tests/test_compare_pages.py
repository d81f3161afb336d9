"""The comparison table page, read from the real built site in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import attr, one, soup

ROOTS = {"sv": "", "en": "en/"}
WORDS = {
    "sv": {"met": "Målet nått", "interim": "Delresultat", "approximate": "Ungefärlig siffra",
           "not_reached": "Målet ännu inte nått", "percent_only": "Bara andel, inga antal",
           "title": "Jämför projekt"},
    "en": {"met": "Goal met", "interim": "Interim results", "approximate": "Approximate figure",
           "not_reached": "Goal not yet reached", "percent_only": "Share only, no counts",
           "title": "Compare projects"},
}


def page(site: Path, lang: str) -> BeautifulSoup:
    return soup(site, ROOTS[lang] + "compare/")


def columns(table: Tag) -> list[str]:
    return [th.get_text(" ", strip=True) for th in table.select("thead th")]


def row(table: Tag, project_id: str) -> dict[str, Tag]:
    """The cells of one project's row, by column header."""
    box = one(table, f'input[name="p"][value="{project_id}"]')
    tr = box.find_parent("tr")
    assert isinstance(tr, Tag)
    cells = tr.find_all(["th", "td"], recursive=False)
    return dict(zip(columns(table), cells, strict=True))


def text(cell: Tag) -> str:
    return cell.get_text(" ", strip=True).replace("\xa0", " ").replace("\u202f", " ")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_compare_page_is_in_the_menu_and_titled(built_site: Path, lang: str) -> None:
    html = page(built_site, lang)
    assert text(one(html, "article h1")) == WORDS[lang]["title"]
    menu = [text(link) for link in html.select(".md-nav--primary a.md-nav__link")]
    assert WORDS[lang]["title"] in menu


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_goinge_forward_row(built_site: Path, lang: str) -> None:
    table = one(page(built_site, lang), ".vta-compare-table table")
    cells = row(table, "goinge-forward")
    participants = list(cells.values())[2]
    assert text(participants).startswith("246")
    goal, status = list(cells.values())[6:8]
    assert "20 %" in text(goal).replace("20%", "20 %")
    assert WORDS[lang]["met"] in text(status)
    assert status.select_one(".vta-goal--met") is not None
    # 100/246 = 40.65 %, shown rounded with its count and denominator.
    work = text(list(cells.values())[3])
    assert "41" in work and "100" in work and "246" in work
    assert WORDS[lang]["approximate"] in work


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_caveats_are_words_on_the_rows(built_site: Path, lang: str) -> None:
    table = one(page(built_site, lang), ".vta-compare-table table")
    words = WORDS[lang]
    assert words["interim"] in text(row(table, "sin")[columns(table)[-1]])
    assert words["not_reached"] in text(list(row(table, "sin").values())[7])
    steget = row(table, "steget-vidare")
    assert words["approximate"] in text(list(steget.values())[5])
    assert words["interim"] in text(steget[columns(table)[-1]])
    assert words["percent_only"] in text(list(row(table, "arbetsmarknadscenter").values())[5])


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_flag_links_to_its_explanation(built_site: Path, lang: str) -> None:
    html = page(built_site, lang)
    flags = html.select("ul.vta-flags a")
    assert flags
    for link in flags:
        anchor = attr(link, "href").split("#", 1)[1]
        explanation = one(html, f"#{anchor}")
        assert explanation.name == "dt" and text(explanation) == text(link)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_figures_link_to_source_and_definition(built_site: Path, lang: str) -> None:
    table = one(page(built_site, lang), ".vta-compare-table table")
    sin = row(table, "sin")
    hrefs = [attr(a, "href") for a in list(sin.values())[3].select("a")]
    assert "../projects/sin/#source-sin-report" in hrefs
    assert "../projects/sin/#definitions-1" in hrefs


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_table_is_static_sortable_and_selectable(built_site: Path, lang: str) -> None:
    html = page(built_site, lang)
    wrapper = one(html, "[data-vta-sortable]")
    table = one(wrapper, "table")
    assert table.caption is not None and table.get("class") is None
    assert all(th.get("scope") == "col" for th in table.select("thead th"))
    assert len(table.select("tbody th[scope=row]")) == 6
    # Without JavaScript the order is the documented one: by name, no aria-sort yet.
    names = [text(th) for th in table.select("tbody th[scope=row]")]
    assert names[0].startswith("Arbetsmarknadscenter") and names[-1].startswith("Steget vidare")
    assert not table.select("[aria-sort]") and not table.select("button")
    form = one(html, "form.vta-compare-form")
    assert attr(form, "action") == "../compare/side-by-side/" and attr(form, "method") == "get"
    assert len(form.select('input[type=checkbox][name="p"][aria-label]')) == 6


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_downloads_exist(built_site: Path, lang: str) -> None:
    html = page(built_site, lang)
    links = {attr(a, "href") for a in html.select("article a[href^='../data/']")}
    assert {"../data/projects.csv", "../data/projects.json", "../data/"} <= links
    for href in links:
        target = built_site / ROOTS[lang] / "compare" / href
        assert target.is_file() or (target / "index.html").is_file(), href


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_project_pages_offer_a_compare_control(built_site: Path, lang: str) -> None:
    form = one(soup(built_site, ROOTS[lang] + "projects/sin/"), "form.vta-compare-link")
    assert attr(form, "action") == "../../compare/side-by-side/"
    assert attr(one(form, "input[type=hidden]"), "value") == "sin"
    assert one(form, "button").get_text(strip=True)
