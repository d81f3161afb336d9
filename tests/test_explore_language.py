"""The language switch keeps the page's choices, in real headless Chromium.

The explorer's address holds facet labels in the page's language; switching
language carries the same choices over in the other language's labels. Other
state (the projects compared side by side, a fragment) goes along as it is.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route
from search_browser import explorer_links
from test_search_explore import choose

pytestmark = pytest.mark.browser


def query(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def checked(page: Page) -> set[tuple[str, str]]:
    boxes = page.locator(".vta-explore__form input[type=checkbox]:checked").all()
    return {(str(box.get_attribute("name")), str(box.get_attribute("value"))) for box in boxes}


def test_ticked_facets_follow_to_english_and_back(site_url: str, page: Page) -> None:
    page.goto(f"{site_url}explore/")
    explorer_links(page)
    choose(page, "county", "Västerbottens län")
    choose(page, "method", "Praktik")
    page.locator("#vta-explore-sort").select_option("participants")
    swedish = explorer_links(page)
    assert swedish
    page.locator("a.vta-language__link[hreflang=en]").click()
    page.wait_for_url("**/en/explore/?*")
    assert query(page) == {"county": ["Västerbotten County"], "method": ["Work placement"],
                           "sort": ["participants"]}
    english = explorer_links(page, ["/en" + link for link in swedish])
    assert english == ["/en" + link for link in swedish]
    assert checked(page) == {("county", "Västerbotten County"), ("method", "Work placement")}
    assert page.locator("#vta-explore-sort").input_value() == "participants"
    page.locator("a.vta-language__link[hreflang=sv]").click()
    page.wait_for_url(f"{site_url}explore/?*")
    assert explorer_links(page, swedish) == swedish
    assert checked(page) == {("county", "Västerbottens län"), ("method", "Praktik")}


def test_a_switch_made_while_the_labels_load_waits_for_them(
        site_url: str, page: Page) -> None:
    held: list[Route] = []

    def hold(route: Route) -> None:
        held.append(route)

    page.route("**/explore/facet-labels.json", hold)
    with page.expect_request("**/explore/facet-labels.json"):
        page.goto(f"{site_url}en/explore/?q=employment&county=V%C3%A4sterbotten+County")
    page.locator("a.vta-language__link[hreflang=sv]").click()
    assert "/en/explore/" in page.url, "English labels must not reach the Swedish explorer"
    held[0].continue_()
    page.wait_for_url(f"{site_url}explore/?*")
    assert query(page) == {"q": ["employment"], "county": ["Västerbottens län"]}
    explorer_links(page)
    assert checked(page) == {("county", "Västerbottens län")}


def test_the_link_itself_carries_the_choices(site_url: str, page: Page) -> None:
    """For "open in new tab" and the keyboard: the href is right when the link is reached."""
    page.goto(f"{site_url}explore/")
    explorer_links(page)
    choose(page, "status", "Avslutat")
    explorer_links(page)
    link = page.locator("a.vta-language__link[hreflang=en]")
    link.focus()
    assert str(link.get_attribute("href")).endswith("en/explore/?status=Finished")


def test_side_by_side_and_fragments_go_along(site_url: str, page: Page) -> None:
    page.goto(f"{site_url}compare/side-by-side/?p=sin&p=goinge-forward")
    page.locator("a.vta-language__link[hreflang=en]").click()
    page.wait_for_url("**/en/compare/side-by-side/?p=sin&p=goinge-forward")
    page.goto(f"{site_url}en/explore/#county-12")
    page.locator("a.vta-language__link[hreflang=sv]").click()
    page.wait_for_url(f"{site_url}explore/#county-12")


def test_without_javascript_the_switch_keeps_the_page(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}explore/?county=Sk%C3%A5ne+l%C3%A4n")
    page.locator("a.vta-language__link[hreflang=en]").click()
    page.wait_for_url(f"{site_url}en/explore/")
    context.close()
