"""Wide tables: one box scrolls, it is the box that takes focus, the arrow keys scroll it,
and the column naming each row stays in place. Side by side, two projects and their
labels fit a phone; a project's outcome table shows its source column."""

from __future__ import annotations

from pathlib import Path

import pytest
from a11y_browser import open_page
from conftest import soup
from playwright.sync_api import Page
from test_a11y_pages import page_urls

pytestmark = pytest.mark.browser

SCROLLERS = """(region) => [region, ...region.querySelectorAll("*")].filter((e) =>
  /(auto|scroll)/.test(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
  .map((e) => e === region ? "region" : e.className || e.tagName)"""
ROW_HEADER_LEFT = """(region) => region.querySelector("tbody th[scope=row]")
  .getBoundingClientRect().left - region.getBoundingClientRect().left"""


@pytest.mark.parametrize("width", [390, 1366])
@pytest.mark.parametrize("root", ["", "en/"])
def test_comparison_table_scrolls_by_keyboard_with_names_in_place(
        site_url: str, page: Page, root: str, width: int) -> None:
    open_page(page, site_url + root + "compare/", width)
    region = page.locator(".vta-compare-table[role=region][tabindex='0']")
    assert (region.get_attribute("aria-label") or "").strip()
    assert region.evaluate(SCROLLERS) == ["region"], "exactly one box scrolls: the region"
    left_before = region.evaluate(ROW_HEADER_LEFT)
    region.focus()
    for _ in range(4):
        page.keyboard.press("ArrowRight")
    # Arrow-key scrolling is animated: wait for it to get somewhere.
    page.wait_for_function("e => e.scrollLeft > 100", arg=region.element_handle(), timeout=5000)
    assert page.evaluate("scrollX") == 0, "the page itself stays put"
    # Once scrolled past the checkbox column, the names stick to the region's left edge.
    assert 0 <= region.evaluate(ROW_HEADER_LEFT) <= left_before


@pytest.mark.parametrize("root", ["", "en/"])
def test_side_by_side_shows_two_projects_and_their_labels_on_a_phone(
        built_site: Path, site_url: str, page: Page, root: str) -> None:
    form = soup(built_site, f"{root}compare/side-by-side/")
    chosen = [str(box["value"]) for box in form.select("#vta-side-form input[name=p]")][:2]
    open_page(page, f"{site_url}{root}compare/side-by-side/?p={chosen[0]}&p={chosen[1]}", 390)
    page.wait_for_selector("#vta-side-result table")
    columns = page.evaluate("""() => [...document.querySelectorAll(
        "#vta-side-result thead th")].map((th) => th.getBoundingClientRect().right)""")
    assert len(columns) == 3, "the label column and two projects"
    assert max(columns) <= 390, f"every column on screen without scrolling: {columns}"


@pytest.mark.parametrize("root", ["", "en/"])
def test_outcome_tables_keep_their_source_column_within_reach(
        built_site: Path, site_url: str, page: Page, root: str) -> None:
    """On a phone the last column is on screen, or its table scrolls in a focusable box."""
    projects = [url for url in page_urls(built_site)
                if url.startswith(f"{root}projects/") and url != f"{root}projects/"]
    assert projects
    problems = []
    for url in projects:
        open_page(page, site_url + url, 390)
        problems += page.evaluate("""() => [...document.querySelectorAll("article table")]
          .filter((table) => {
            const last = table.querySelector("thead th:last-child");
            const region = table.closest("[role=region][tabindex='0']");
            return last && last.getBoundingClientRect().right > innerWidth && !region;
          }).map((table) => location.pathname + ": " + table.caption?.textContent)""")
    assert not problems, problems


CHART_TEXT = """() => [...document.querySelectorAll(".vta-chart svg")].flatMap((svg) => {
  const scale = svg.getScreenCTM().a;
  return [...svg.querySelectorAll("text")].map((text) =>
    parseFloat(getComputedStyle(text).fontSize) * scale);
})"""


@pytest.mark.parametrize("url", ["compare/", "en/compare/methods/"])
def test_chart_text_stays_legible_on_a_phone(site_url: str, page: Page, url: str) -> None:
    """The chart scrolls sideways in its own focusable box rather than shrink its text."""
    open_page(page, site_url + url, 390)
    sizes: list[float] = page.evaluate(CHART_TEXT)
    assert sizes and round(min(sizes), 1) >= 11, f"smallest chart text {min(sizes):.1f} px"
    box = page.locator(".vta-chart__scroll[role=region][tabindex='0']").first
    assert box.evaluate("e => e.scrollWidth > e.clientWidth"), "the chart scrolls in its box"
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
