"""The page a server shows for a missing address: in its build's language, with search
and links into the site that work from any depth, also when the site lives under a
sub-path and its address was not given to the build."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from a11y_browser import axe_violations, failed_requests, hidden_tab_stops, sideways_scroll
from conftest import attr, one, soup
from playwright.sync_api import Browser, Page

from generator.commands.serve_http import QuietHandler
from generator.i18n import t

PREFIX = "/catalogue/"
"""The sub-path the site is served under here, as on a project's GitHub Pages."""


class _SubPathHandler(QuietHandler):
    """The site under PREFIX; a missing address gets the nearest 404.html, like most hosts."""

    def translate_path(self, path: str) -> str:
        inner = urlsplit(path).path
        inner = inner[len(PREFIX) - 1:] if inner.startswith(PREFIX) else "/__outside__"
        return super().translate_path(inner)

    def send_error(self, code: int, message: str | None = None,
                   explain: str | None = None) -> None:
        site = Path(self.directory)
        inner = urlsplit(self.path).path.removeprefix(PREFIX)
        page = site / "en" / "404.html" if inner.startswith("en/") else site / "404.html"
        if code != 404:
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve_under_prefix(site: Path) -> Iterator[str]:
    handler = functools.partial(_SubPathHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}{PREFIX}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def prefixed_url(built_site: Path) -> Iterator[str]:
    with serve_under_prefix(built_site) as url:
        yield url


@pytest.mark.parametrize(("lang", "path"), [("sv", "404.html"), ("en", "en/404.html")])
def test_each_language_has_its_own_page(built_site: Path, lang: str, path: str) -> None:
    page = soup(built_site, path)
    assert attr(one(page, "html"), "lang") == lang
    assert one(page, "article h1").get_text(strip=True) == t(lang, "theme.404.title")
    form = one(page, "article form[role=search]")
    assert form.select_one("input[name=q]") and form.select_one("label[for]")
    start = [attr(link, "href") for link in page.select("article ul a")]
    assert len(start) >= 5 and all(not href.startswith("/") for href in start), start
    assert page.select_one("footer a[href$='accessibility/']")


@pytest.mark.browser
@pytest.mark.parametrize("missing", ["projects/no-such-project/", "counties/a/b/c/d/",
                                     "en/methods/gone/page.html", "en/nowhere/"])
def test_links_lead_into_the_site_from_any_depth(prefixed_url: str, page: Page,
                                                 missing: str) -> None:
    english = missing.startswith("en/")
    root = prefixed_url + ("en/" if english else "")
    with failed_requests(page) as failed:
        response = page.goto(prefixed_url + missing, wait_until="networkidle")
    assert response is not None and response.status == 404
    # The browser's look-ahead may first fetch the stylesheets from the <base> written in the
    # page (the host's root) before the script has moved it: those guesses lie outside the
    # site. Within it, everything loads but the missing page itself.
    inside = [problem for problem in failed if problem.startswith(prefixed_url)]
    assert inside == [f"{prefixed_url + missing} answered 404"], inside
    assert page.evaluate("document.baseURI") == root
    assert page.evaluate("document.documentElement.lang") == ("en" if english else "sv")
    hrefs: list[str] = page.evaluate(
        "() => [...document.querySelectorAll('article a, .md-footer a, .md-nav a')]"
        ".map((a) => a.href)")
    assert hrefs and all(href.startswith(prefixed_url) for href in hrefs), hrefs
    assert root + "projects/" in hrefs and root + "accessibility/" in hrefs
    assert not axe_violations(page) and not sideways_scroll(page)
    assert not hidden_tab_stops(page)


@pytest.mark.browser
def test_search_from_the_page_opens_the_explorer(prefixed_url: str, page: Page) -> None:
    page.goto(prefixed_url + "projects/old/address/", wait_until="networkidle")
    page.fill("#vta-404-q", "arbete")
    with page.expect_navigation():
        page.press("#vta-404-q", "Enter")
    assert page.url.startswith(prefixed_url + "explore/?q=arbete"), page.url


@pytest.mark.browser
def test_without_javascript_links_start_from_the_host_root(built_site: Path,
                                                           site_url: str,
                                                           browser: Browser) -> None:
    """With neither JavaScript nor a known address, the host's root is the best guess."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "404.html")
    assert page.evaluate("document.baseURI") == site_url
    assert page.locator("article a[href='./projects/']").count() == 1
    context.close()
