"""Search results say what kind of page they are, a record's own page ranks above lists
that merely name it, and excerpts keep table headings apart (issue #15)."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest
from conftest import soup
from playwright.sync_api import Page
from search_browser import header_search
from test_a11y_pages import page_urls
from test_generate_pure import fixture_records_catalog

from generator.catalog import Catalog
from generator.i18n import t
from generator.site.fragments.search_kind import WEIGHTS, page_kind
from generator.site.generate import generate

KIND = re.compile(r'data-pagefind-meta="kind:([^"]*)"')


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    return fixture_records_catalog(tmp_path_factory.mktemp("kinds-catalogue"))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_indexed_page_names_its_kind_and_weight(catalog: Catalog, lang: str) -> None:
    seen = set()
    for page in generate(catalog, lang):
        if not page.path.endswith(".md") or "pagefind: false" in page.markdown[:60]:
            continue
        kind = page_kind(page)
        seen.add(kind)
        assert KIND.findall(page.markdown) == [t(lang, f"search.kind.{kind}")], page.path
        weight = WEIGHTS[kind]
        front = page.markdown.split("\n---\n")[0] + "\n" if page.markdown.startswith("---") else ""
        has_weight = f"\nsearch_weight: {weight}\n" in front
        assert has_weight == (weight is not None), page.path
    assert set(WEIGHTS) == seen, "every kind occurs"


def test_kinds_follow_the_addresses(catalog: Catalog) -> None:
    kinds = {page.path: page_kind(page) for page in generate(catalog, "sv")}
    assert kinds["projects/index.md"] == "overview"
    assert kinds["compare/methods/index.md"] == "comparison"
    assert kinds["about/index.md"] == "information"
    assert kinds["accessibility/index.md"] == "information"
    assert {kinds[path] for path in kinds if path.startswith("methods/")
            and path != "methods/index.md" and path.endswith(".md")} == {"method"}


def _title(site: Path, url: str) -> str:
    heading = soup(site, url).select_one("article h1")
    assert heading is not None
    return heading.get_text(" ", strip=True)


@pytest.mark.browser
@pytest.mark.parametrize("root", ["", "en/"])
def test_a_projects_name_finds_its_page_first_and_says_it_is_a_project(
        built_site: Path, site_url: str, page: Page, root: str) -> None:
    project = next(url for url in page_urls(built_site)
                   if url.startswith(f"{root}projects/") and url != f"{root}projects/")
    name = _title(built_site, project)
    page.goto(site_url + root, wait_until="networkidle")
    results = header_search(page, name)
    assert results and results[0].endswith("/" + project), results
    details = page.locator(".vta-search__result").first.locator(".vta-search__details")
    lang = "en" if root else "sv"
    assert details.inner_text().startswith(t(lang, "search.kind.project"))


@pytest.mark.browser
@pytest.mark.parametrize("root", ["", "en/"])
def test_indexed_text_keeps_table_headings_apart(built_site: Path, site_url: str, page: Page,
                                                 root: str) -> None:
    """In what Pagefind stores (and cuts excerpts from), no two headings run together."""
    listing = f"{root}counties/"
    county = next(url for url in page_urls(built_site)
                  if url.startswith(listing) and url != listing)
    html = soup(built_site, county)
    headings = [th.get_text(strip=True) for th in html.select("article thead th")]
    assert len(headings) >= 2
    page.goto(site_url + county, wait_until="networkidle")
    content: str = page.evaluate(
        """async (url) => {
            const box = document.querySelector("[data-vta-search]");
            const pagefind = await import(new URL(box.dataset.pagefind, document.baseURI).href);
            const found = await pagefind.search(null, { filters: {} });
            for (const result of found.results) {
                const data = await result.data();
                if (new URL(data.url, location.href).pathname === url) return data.content;
            }
            return "";
        }""", "/" + county)
    assert content, "the county page is in the index"
    for first, second in pairwise(headings):
        assert first + second not in content, f"{first!r} and {second!r} run together"


def test_headings_end_with_a_space_in_the_html(built_site: Path) -> None:
    tables = [url for url in page_urls(built_site) if soup(built_site, url).select("thead th")]
    assert tables
    for url in tables:
        headings = soup(built_site, url).select("article thead th")
        assert all(th.get_text().endswith(" ") for th in headings), url
