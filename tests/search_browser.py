"""Serving a built site over HTTP and driving it in Debian's Chromium with Playwright.

Used by the search browser tests and the search benchmark. Playwright never
downloads a browser: it is told where Debian's Chromium is.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Collection, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` on a free port of 127.0.0.1; yields the root URL (ending in /)."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium() -> Iterator[Browser]:
    # Playwright must not look for (or fetch) a browser of its own.
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def header_search(page: Page, query: str) -> list[str]:
    """Type into the header's search box; the result links once the count is announced."""
    field = page.locator("#vta-search-input")
    field.fill(query)
    page.locator(".vta-search__live").filter(has_text=query).wait_for(state="attached")
    return [str(link.get_attribute("href"))
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
    """The result cards' links once the explorer has finished (its list is no longer busy).

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
                        .map((link) => link.getAttribute("href")).sort();
                    return section && !section.hidden && !section.hasAttribute("aria-busy")
                        && JSON.stringify(links) === JSON.stringify(wanted);
                }""", arg=sorted(expected), timeout=10_000)
    page.locator(".vta-explore__results:not([aria-busy])").wait_for()
    page.locator(".vta-explore__list[data-result-count]").wait_for(state="attached")
    return [str(link.get_attribute("href"))
            for link in page.locator(".vta-card__title a").all()]
