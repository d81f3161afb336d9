"""A broad target group in the explorer, in real headless Chromium, on the fixture site.

"Utrikes födda" must find Goinge Forward, tagged only "Utrikes födda som står långt från
arbetsmarknaden", and the facet's live counts must say how many projects came through
narrower groups, as the target-group pages do. Expected projects come from the catalogue's
own hierarchy (`Catalog.narrower`), never from the generator's facet code.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from conftest import fixture_catalog
from playwright.sync_api import Page
from search_browser import explorer_links, pagefind_urls
from test_search_explore import choose, urls

from generator.i18n import t

pytestmark = pytest.mark.browser

CATALOG = fixture_catalog()
KIND = "target-groups"


def label(term: str, lang: str) -> str:
    return CATALOG.label(KIND, term, lang)[0]


def own(term: str) -> set[str]:
    return {project_id for project_id, project in CATALOG.projects.items()
            if term in project.target_groups}


def reached(term: str) -> set[str]:
    """The projects of `term` and of every group below it, at any depth."""
    return set().union(*(own(group) for group in [term, *CATALOG.narrower(KIND, term)]))


def facet_texts(page: Page) -> dict[str, str]:
    return {str(box.get_attribute("value")): str(box.locator(
        "xpath=ancestor::label").locator(".vta-facet__count").text_content())
        for box in page.locator("details[data-facet=target_group] input").all()}


def expected_texts(lang: str, among: set[str]) -> dict[str, str]:
    """Each target group's count among the projects `among`, as the facet writes it."""
    texts = {}
    for term in CATALOG.vocabularies[KIND]:
        total = len(reached(term))
        if not total:
            continue
        count, via = len(reached(term) & among), len((reached(term) - own(term)) & among)
        texts[label(term, lang)] = (t(lang, "hierarchy.facet.count_via", count=count, via=via)
                                    if via else f"({count})")
    return texts


def test_a_broad_group_finds_the_projects_of_its_narrower_groups(
        site_url: str, page: Page) -> None:
    expected = urls(reached("foreign-born"))
    assert "/projects/goinge-forward/" in expected
    assert expected != urls(own("foreign-born"))
    page.goto(f"{site_url}explore/")
    explorer_links(page)
    assert facet_texts(page) == expected_texts("sv", set(CATALOG.projects))
    choose(page, "target_group", label("foreign-born", "sv"))
    assert set(explorer_links(page, expected)) == expected


def test_the_live_counts_follow_the_other_choices(site_url: str, page: Page) -> None:
    county = "12"
    in_county = {project_id for project_id, project in CATALOG.projects.items()
                 if county in project.counties}
    page.goto(f"{site_url}explore/?county={quote(CATALOG.label('counties', county, 'sv')[0])}")
    assert set(explorer_links(page)) == urls(in_county)
    shown = facet_texts(page)
    assert shown == expected_texts("sv", in_county)
    assert any("via" in text for text in shown.values()), "a count through a narrower group"


def test_the_english_explorer_filters_by_the_english_label(site_url: str, page: Page) -> None:
    group = "far-from-labour-market"
    expected = urls(reached(group), "en/")
    page.goto(f"{site_url}en/explore/?target_group={quote(label(group, 'en'))}")
    assert set(explorer_links(page, expected)) == expected
    assert facet_texts(page) == expected_texts("en", set(CATALOG.projects))


def test_a_group_page_and_its_explorer_link_list_the_same_projects(
        site_url: str, page: Page) -> None:
    page.goto(f"{site_url}target-groups/foreign-born/")
    listed = {str(link.get_attribute("href")).split("/")[-2]
              for link in page.locator("article table tbody th a").all()}
    assert listed == reached("foreign-born")
    page.locator("article a[href*='explore/?target_group=']").click()
    expected = urls(listed)
    assert set(explorer_links(page, expected)) == expected


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_searching_for_a_broad_group_finds_the_projects_of_narrower_ones(
        site_url: str, page: Page, lang: str) -> None:
    # A project page names its broader groups, so the words of a broad group find it.
    root = "" if lang == "sv" else "en/"
    page.goto(f"{site_url}{root}")
    for group in ("foreign-born", "far-from-labour-market"):
        found = {url for url in pagefind_urls(page, label(group, lang)) if "/projects/" in url}
        assert urls(reached(group), root) <= found, group
