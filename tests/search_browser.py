"""Driving the built site's search in Chromium: helpers for the search browser tests."""

from __future__ import annotations

from collections.abc import Collection
from contextlib import suppress

from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from benchmarks.browser import chromium, serve

__all__ = ["chromium", "explorer_links", "header_search", "page_path", "pagefind_urls", "serve"]


def page_path(href: str) -> str:
    """A result link without the search words it carries for the opened page (?highlight=)."""
    return href.split("?", 1)[0]


def header_search(page: Page, query: str) -> list[str]:
    """Type into the header's search box; the result pages once the count is announced."""
    field = page.locator("#vta-search-input")
    field.fill(query)
    page.locator(".vta-search__live").filter(has_text=query).wait_for(state="attached")
    return [page_path(str(link.get_attribute("href")))
            for link in page.locator(".vta-search__results a").all()]


def pagefind_urls(page: Page, query: str) -> list[str]:
    """Every page Pagefind finds for `query` in this page's language (not only those shown)."""
    urls: list[str] = page.evaluate(
        """async (query) => {
            const box = document.querySelector("[data-vta-search]");
            const pagefind = await import(new URL(box.dataset.pagefind, document.baseURI).href);
            const response = await pagefind.search(query);
            return Promise.all(response.results.map(async (r) => (await r.data()).url));
        }""", query)
    return urls


def explorer_links(page: Page, expected: Collection[str] | None = None) -> list[str]:
    """The result cards' pages once the explorer has finished (its list is no longer busy).

    With `expected`, first give the page time to get there, for changes such as the
    back button whose events arrive after the call that caused them returns.
    """
    if expected is not None:
        # On a timeout the caller's assertion shows what the page has instead.
        with suppress(PlaywrightTimeout):
            page.wait_for_function(
                """(wanted) => {
                    const section = document.querySelector(".vta-explore__results");
                    const links = [...document.querySelectorAll(".vta-card__title a")]
                        .map((link) => link.getAttribute("href").split("?")[0]).sort();
                    return section && !section.hidden && !section.hasAttribute("aria-busy")
                        && JSON.stringify(links) === JSON.stringify(wanted);
                }""", arg=sorted(expected), timeout=10_000)
    page.locator(".vta-explore__results:not([aria-busy])").wait_for()
    page.locator(".vta-explore__list[data-result-count]").wait_for(state="attached")
    return [page_path(str(link.get_attribute("href")))
            for link in page.locator(".vta-card__title a").all()]
