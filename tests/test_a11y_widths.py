"""Every page kind in both languages, on a phone (390 px) and a laptop (1366 px): axe finds
no WCAG 2.1 A/AA violation, the page does not scroll sideways (reflow, 1.4.10), each of the
first 15 Tab stops is on screen with a focus indicator (2.4.3, 2.4.7), and no request fails.
One page load per page and width checks all four, and a failure lists every page at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from a11y_browser import (
    WIDTHS,
    axe_violations,
    failed_requests,
    hidden_tab_stops,
    open_page,
    report,
    sideways_scroll,
)
from playwright.sync_api import Page
from test_a11y_pages import LANGUAGE_ROOTS, page_urls

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("root", LANGUAGE_ROOTS, ids=["sv", "en"])
def test_every_page_kind_at_this_width(built_site: Path, site_url: str, page: Page,
                                       root: str, width: int) -> None:
    urls = [url for url in page_urls(built_site)
            if url.startswith(root) and not (root == "" and url.startswith("en/"))]
    assert len(urls) > 5, urls
    reports = []
    for url in urls:
        with failed_requests(page) as failed:
            open_page(page, site_url + url, width)
            problems = axe_violations(page) + sideways_scroll(page) + hidden_tab_stops(page)
        problems += failed
        if problems:
            reports.append(report(url, width, problems))
    assert not reports, "\n".join(reports)


def test_the_checks_catch_what_they_look_for(page: Page) -> None:
    """A too-wide page, a link off screen, a link without a focus ring and a missing file."""
    page.route("**/*", lambda route: route.fulfill(status=404, body="")
               if route.request.url.endswith("missing.css") else route.fulfill(
                   content_type="text/html", body=(
                       '<html lang="sv"><head><title>t</title>'
                       '<link rel="stylesheet" href="missing.css"></head><body><main>'
                       '<a href="#a" style="position:absolute;left:-999px">a</a>'
                       '<a href="#b" style="outline:none">b</a>'
                       '<div style="width:2000px">wide</div></main></body></html>')))
    with failed_requests(page) as failed:
        open_page(page, "http://test.invalid/", 390)
    assert failed and "missing.css" in failed[0]
    assert sideways_scroll(page)
    stops = hidden_tab_stops(page)
    assert any("off screen sideways" in problem for problem in stops), stops
    assert any("no focus indicator" in problem for problem in stops), stops
