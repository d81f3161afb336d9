"""The built site read as HTML with BeautifulSoup selectors: particular pages of the fixture
catalogue, and what must hold on every page of the real one."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from bs4 import Tag
from conftest import attr, one, soup

from generator.catalog import Catalog
from generator.site.lookups.index import PROJECTS_SHOWN

LANGUAGE_ROOTS = {"sv": "", "en": "en/"}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_project_and_method_has_a_page(catalogue_site: Path, catalogue_catalog: Catalog,
                                            lang: str) -> None:
    root = LANGUAGE_ROOTS[lang]
    for kind, records in (("projects", catalogue_catalog.projects),
                          ("methods", catalogue_catalog.methods)):
        for record_id, record in records.items():
            page = soup(catalogue_site, f"{root}{kind}/{record_id}/")
            headings = page.select("article h1")
            assert len(headings) == 1, f"{kind}/{record_id}: exactly one h1"
            name = record.name.en if lang == "en" and record.name.en else record.name.sv
            assert headings[0].get_text(" ", strip=True).startswith(name)


@pytest.mark.parametrize(("lang", "expected"), [("sv", "sv"), ("en", "en")])
def test_html_lang_matches_the_build(built_site: Path, lang: str, expected: str) -> None:
    for url in ("", "projects/sin/", "methods/supported-employment/", "how-to-read/"):
        assert attr(one(soup(built_site, LANGUAGE_ROOTS[lang] + url), "html"), "lang") == expected


def test_key_facts_of_goinge_forward(built_site: Path) -> None:
    page = soup(built_site, "projects/goinge-forward/")
    facts = {dt.get_text(strip=True): dt.find_next_sibling("dd")
             for dt in page.select("dl.vta-facts dt")}

    def fact(name: str) -> Tag:
        value = facts[name]
        assert isinstance(value, Tag)
        return value

    assert fact("Projektägare").get_text(strip=True) == "Östra Göinge kommun"
    assert attr(one(fact("Projektägare"), "a"), "href") == (
        "../../organisations/#org-ostra-goinge-kommun")
    assert fact("Kommuner").get_text(strip=True) == "Östra Göinge"
    assert attr(one(fact("Län"), "a"), "href") == "../../counties/12/"
    assert "Europeiska socialfonden" in fact("Finansiärer").get_text()
    assert attr(one(fact("Metoder"), "a"), "href") == "../../methods/joint-agency-team/"


@pytest.mark.parametrize(("lang", "label"), [("sv", "Deltagare"), ("en", "Participants")])
def test_goinge_forward_shows_246_participants_with_its_source(
        built_site: Path, lang: str, label: str) -> None:
    page = soup(built_site, LANGUAGE_ROOTS[lang] + "projects/goinge-forward/")
    table = one(page, "#outcomes ~ .vta-table table")
    assert table.caption is not None
    rows = {one(row, "th[scope=row]").get_text(strip=True): row
            for row in table.select("tbody tr")}
    row = rows[label]
    assert row.select("td")[0].get_text(strip=True) == "246"
    href = attr(one(row, "a.vta-source-link"), "href")
    assert href.startswith("#source-")
    assert page.select_one(href) is not None, "the source entry exists on the page"
    assert row.select_one('q[lang="sv"]') is not None, "verbatim wording marked Swedish"
    work = rows["Gått vidare till arbete" if lang == "sv" else "Moved on to work"]
    share = work.select("td")[1].get_text(" ", strip=True)
    assert "246" in share and ("41" in share), share


def test_sin_and_supported_employment_link_both_ways(built_site: Path) -> None:
    for root in LANGUAGE_ROOTS.values():
        project = soup(built_site, f"{root}projects/sin/")
        assert project.select_one('dl.vta-facts a[href="../../methods/supported-employment/"]')
        method = soup(built_site, f"{root}methods/supported-employment/")
        rows = method.select("#method-projects ~ .vta-table table tbody tr")
        assert any(row.select_one('a[href="../../projects/sin/"]') for row in rows)


def test_method_table_lists_every_project_using_it(catalogue_site: Path,
                                                   catalogue_catalog: Catalog) -> None:
    for method_id in catalogue_catalog.methods:
        page = soup(catalogue_site, f"methods/{method_id}/")
        linked = {attr(a, "href") for a in page.select(
            "#method-projects ~ .vta-table table tbody th a")}
        users = [p.id for p in catalogue_catalog.projects.values() if method_id in p.methods]
        # At most PROJECTS_SHOWN rows: the newest; the explorer link leads to the rest.
        assert linked <= {f"../../projects/{project_id}/" for project_id in users}
        assert len(linked) == min(len(users), PROJECTS_SHOWN)


@pytest.mark.parametrize("url", ["", "projects/sin/", "methods/supported-employment/",
                                 "target-groups/", "counties/12/"])
def test_language_switch_points_at_the_same_page(built_site: Path, url: str) -> None:
    swedish = attr(one(soup(built_site, url), "a.vta-language__link[hreflang=en]"), "href")
    english = attr(one(soup(built_site, "en/" + url), "a.vta-language__link[hreflang=sv]"),
                   "href")
    depth = url.count("/")
    assert Path(swedish).as_posix() == Path("../" * depth + "en/" + url).as_posix()
    assert not swedish.startswith("/") and not english.startswith("/")
    # Resolve the English page's link back from /en/<url>: it must land on /<url>.
    resolved = (Path("/en") / url / english).resolve()
    assert resolved == Path("/" + url).resolve()


def test_every_internal_link_resolves(catalogue_site: Path) -> None:
    built_site = catalogue_site
    for html in sorted(built_site.rglob("*.html")):
        page = soup(html.parent, html.name)
        for anchor in page.select("article a[href]"):
            href = attr(anchor, "href")
            if href.startswith(("http:", "https:", "mailto:")):
                continue
            target, _, fragment = href.partition("#")
            # The explorer filtered to a value (`explore/?county=…`) is the explorer page.
            target = target.partition("?")[0]
            path = (html.parent / target) if target else html
            if path.is_dir():
                path = path / "index.html"
            assert path.is_file(), f"{html.relative_to(built_site)}: broken link {href}"
            if fragment:
                assert soup(path.parent, path.name).find(id=fragment), f"{html}: {href}"


def test_headings_form_an_outline(catalogue_site: Path) -> None:
    """One h1 per page and no skipped levels, so screen-reader navigation works."""
    for html in sorted(catalogue_site.rglob("index.html")):
        article = soup(html.parent, html.name).select_one("article")
        if article is None:
            continue
        levels = [int(h.name[1]) for h in article.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
        assert levels[:1] == [1] and levels.count(1) == 1, html
        assert all(b - a <= 1 for a, b in pairwise(levels)), (html, levels)


def test_data_tables_have_captions_and_header_scopes(catalogue_site: Path) -> None:
    for html in sorted(catalogue_site.rglob("index.html")):
        for table in soup(html.parent, html.name).select("article table"):
            assert table.caption is not None and table.caption.get_text(strip=True), html
            assert all(th.get("scope") in ("col", "row") for th in table.select("th")), html
