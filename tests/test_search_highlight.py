"""Search words marked on the page a reader opens from a search result, in Chromium."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, Page
from search_browser import explorer_links, header_search
from test_a11y_axe import describe, violations

pytestmark = pytest.mark.browser

MARKS = "[data-pagefind-body] mark.vta-highlight"


def marked_words(page: Page) -> list[str]:
    page.wait_for_load_state("networkidle")
    return [text.casefold() for text in page.locator(MARKS).all_inner_texts()]


def test_the_search_box_result_opens_with_the_words_marked(site_url: str, page: Page) -> None:
    page.goto(f"{site_url}methods/")
    assert "/projects/sin/" in header_search(page, "Praktik arbetsgivare")
    link = page.locator(".vta-search__results a[href^='/projects/sin/']")
    words = parse_qs(urlsplit(str(link.get_attribute("href"))).query)["highlight"]
    assert words == ["praktik", "arbetsgivare"]
    link.click()
    page.wait_for_url("**/projects/sin/?highlight=*")
    marked = marked_words(page)
    assert {"praktik", "arbetsgivare"} <= set(marked)
    # A word that begins with a search word is marked whole, as in the search excerpts.
    assert "praktikplatser" in marked
    assert all(word.startswith(("praktik", "arbetsgivare")) for word in marked)


def test_an_explorer_result_opens_with_the_words_marked(site_url: str, page: Page) -> None:
    page.goto(f"{site_url}en/explore/?q=Skellefte%C3%A5")
    assert explorer_links(page) == ["/en/projects/sin/"]
    page.locator(".vta-card__title a").click()
    page.wait_for_url("**/en/projects/sin/?highlight=skellefte*")
    assert "skellefteå" in marked_words(page)


def test_filters_alone_add_nothing_to_the_address(site_url: str, page: Page) -> None:
    page.goto(f"{site_url}explore/")
    explorer_links(page)
    hrefs = page.locator(".vta-card__title a").evaluate_all("links => links.map(a => a.href)")
    assert hrefs and not any("?" in href for href in hrefs)


def test_only_the_article_is_marked_and_never_inside_a_chart(site_url: str, page: Page) -> None:
    page.goto(f"{site_url}en/projects/sin/?highlight=supported&highlight=employment")
    assert {"supported", "employment"} <= set(marked_words(page))
    assert page.locator("mark.vta-highlight").count() == page.locator(MARKS).count()
    assert page.locator("svg mark, script mark, [hidden] mark, .md-header mark").count() == 0


def test_quotes_and_single_letters_mark_nothing_odd(site_url: str, page: Page) -> None:
    page.goto(f"{site_url}projects/sin/?highlight=%22i%22&highlight=.*&highlight=%3Cb%3E")
    assert marked_words(page) == []
    assert page.locator("b").count() == page.evaluate("document.querySelectorAll('b').length")


@pytest.mark.parametrize("url", ["projects/sin/?highlight=arbete&highlight=praktik",
                                 "en/projects/sin/?highlight=work&highlight=employment"])
def test_marks_pass_axe(site_url: str, page: Page, url: str) -> None:
    """Contrast of the marks, inside links and headings too (WCAG AA)."""
    page.goto(site_url + url, wait_until="networkidle")
    assert page.locator(MARKS).count() > 0
    found = violations(page)
    assert not found, describe(url, found)


def test_without_javascript_the_page_is_whole(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}projects/sin/?highlight=praktik")
    assert page.locator("h1").inner_text()
    assert page.locator("mark.vta-highlight").count() == 0
    context.close()
