"""The maps in real headless Chromium on the real site, through invariants only: axe at a
phone's and a laptop's width, every county reachable by keyboard with a visible focus,
nothing fetched from another host, the locator's outlines drawn, the explorer's map view
in step with the facets and the address."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import attr, soup
from playwright.sync_api import Page
from test_a11y_axe import describe, violations

pytestmark = pytest.mark.browser

WIDTHS = (390, 1366)
FOCUS_FILL = "rgb(255, 221, 0)"


def map_pages(site: Path, root: str) -> list[str]:
    """Home, the counties index, a county with projects and a project with a locator."""
    counties = soup(site, f"{root}counties/")
    busy = [attr(row.select("a")[0], "href") for row in counties.select(
        ".vta-map-figure__table tbody tr") if row.select("td")[0].get_text().strip() != "0"]
    assert busy, "some county has projects"
    county = f"{root}counties/{busy[0].strip('/').rsplit('/', 1)[-1]}/"
    projects = sorted(path.parent.relative_to(site).as_posix() + "/"
                      for path in (site / root / "projects").glob("*/index.html")
                      if soup(path.parent, "index.html").select_one("svg.vta-locator"))
    assert projects, "some project names a place"
    return [root, f"{root}counties/", county, projects[0]]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("root", ["", "en/"])
def test_map_pages_have_no_axe_violations(built_site: Path, site_url: str, page: Page,
                                          width: int, root: str) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    reports = []
    for url in map_pages(built_site, root):
        page.goto(site_url + url, wait_until="networkidle")
        found = violations(page)
        if found:
            reports.append(describe(f"{url} at {width} px", found))
    assert not reports, "\n".join(reports)


@pytest.mark.parametrize("url", ["", "en/counties/"])
def test_tab_reaches_every_county_with_a_visible_focus(site_url: str, page: Page,
                                                       url: str) -> None:
    page.goto(site_url + url, wait_until="networkidle")
    links = page.locator("svg.vta-map a[data-code]")
    assert links.count() == 21
    codes = [str(links.nth(i).get_attribute("data-code")) for i in range(21)]
    first = links.first
    first.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    reached = []
    for _ in codes:
        focused = page.evaluate("""() => { const a = document.activeElement;
            return { code: a.dataset.code || null,
                     fill: getComputedStyle(a.querySelector('path') || a).fill }; }""")
        reached.append(focused["code"])
        assert focused["fill"] == FOCUS_FILL, focused
        page.keyboard.press("Tab")
    assert reached == codes


def test_nothing_is_fetched_from_another_host(built_site: Path, site_url: str,
                                              page: Page) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for url in [*map_pages(built_site, ""), "explore/?view=map"]:
        page.goto(site_url + url, wait_until="networkidle")
    assert requested and all(url.startswith((site_url, "data:")) for url in requested), [
        url for url in requested if not url.startswith(site_url)]
    assert any(url.endswith("/assets/maps/municipalities.svg") for url in requested)


def test_locator_draws_the_referenced_outlines(built_site: Path, site_url: str,
                                               page: Page) -> None:
    project = map_pages(built_site, "")[-1]
    page.goto(site_url + project, wait_until="networkidle")
    sizes = page.eval_on_selector_all(
        "svg.vta-locator use", "uses => uses.map(u => { const b = u.getBBox(); "
        "return [u.getAttribute('href').split('#')[1], b.width * b.height]; })")
    assert sizes[0][0] == "all" and all(area > 0 for _, area in sizes), sizes


def _query(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def test_explorer_map_follows_the_facets_and_the_address(site_url: str, page: Page) -> None:
    page.goto(site_url + "explore/", wait_until="networkidle")
    page.wait_for_selector(".vta-explore__form:not([hidden])")
    view = page.locator(".vta-explore__map")
    assert view.is_hidden()
    page.locator("input[name=view]").check()
    page.wait_for_selector(".vta-explore__map:not([hidden])")
    assert _query(page).get("view") == ["map"]
    facet = page.locator(".vta-facet input[name=county]").first
    label = str(facet.get_attribute("value"))
    area = page.locator(f'svg.vta-map a[data-label="{label}"]')
    area.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("label => new URLSearchParams(location.search).getAll('county')"
                           ".includes(label)", arg=label)
    assert facet.is_checked()
    # The map is painted once the selection's counts are in.
    page.wait_for_selector(f'svg.vta-map a.vta-map__chosen[data-label="{label}"]')
    # The area's name gives the selection's count, the same as the facet shows.
    count = str(facet.locator("xpath=..").locator(".vta-facet__count").text_content())
    assert count.strip("()") in str(area.locator("title").text_content())
    page.go_back()
    page.wait_for_function("() => !new URLSearchParams(location.search).has('county')")
    assert not facet.is_checked() and view.is_visible()
    page.goto(site_url + "explore/?view=map", wait_until="networkidle")
    page.wait_for_selector(".vta-explore__map:not([hidden])")
    assert page.locator("input[name=view]").is_checked()
