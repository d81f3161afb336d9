"""Keyboard only: the skip link comes first and leads into the content, the language switch
is reachable and keeps the page, every focused control shows a ring, and the explorer's
facets and the comparison's project choice work with Tab, Space and Enter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.browser

MAX_TAB_STOPS = 60
PAGES = ["", "projects/sin/", "en/methods/supported-employment/", "en/counties/"]
FOCUSED = """() => { const e = document.activeElement; return e && e !== document.body ? {
  tag: e.tagName.toLowerCase(), cls: e.className || "", href: e.getAttribute("href") || "",
  inMain: !!e.closest("main, [role=main]"), hreflang: e.getAttribute("hreflang") || "",
  ring: (() => {
    const s = getComputedStyle(e);
    const rgb = (c) => (c.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
    const lum = (c) => rgb(c).map((v) => { v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    let behind = "rgb(255, 255, 255)";
    for (let n = e.parentElement; n; n = n.parentElement) {
      const b = getComputedStyle(n).backgroundColor;
      if (b && !/^rgba\\(.*,\\s*0\\)$/.test(b) && b !== "transparent") { behind = b; break; }
    }
    const [hi, lo] = [lum(s.outlineColor), lum(behind)].sort((a, b) => b - a);
    return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0 &&
           (hi + 0.05) / (lo + 0.05) >= 3; })() } : null; }"""
"""What has focus, and whether its outline contrasts 3:1 with what lies behind (1.4.11)."""


@pytest.fixture(params=[True, False], ids=["js", "no-js"])
def page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    context = browser.new_context(java_script_enabled=request.param)
    yield context.new_page()
    context.close()


def tab(page: Page) -> dict[str, str | bool] | None:
    page.keyboard.press("Tab")
    focused: dict[str, str | bool] | None = page.evaluate(FOCUSED)
    return focused


def tab_until(page: Page, wanted: str) -> dict[str, str | bool]:
    for _ in range(MAX_TAB_STOPS):
        focused = tab(page)
        if focused and page.evaluate(f"() => document.activeElement.matches({wanted!r})"):
            return focused
    raise AssertionError(f"{wanted} not reached in {MAX_TAB_STOPS} Tab presses")


@pytest.mark.parametrize("url", PAGES)
def test_skip_link_is_first_and_moves_into_the_content(site_url: str, page: Page,
                                                       url: str) -> None:
    page.goto(site_url + url)
    first = tab(page)
    assert first is not None and "md-skip" in str(first["cls"]), first
    target = str(first["href"])
    assert target.startswith("#")
    assert page.evaluate(f"() => !!document.getElementById({target[1:]!r}).closest('main')")
    page.keyboard.press("Enter")
    assert page.evaluate("() => location.hash") == target
    after = tab(page)
    assert after is not None and after["inMain"], f"next stop after the skip link: {after}"


@pytest.mark.parametrize("url", PAGES)
def test_language_switch_is_reachable_and_keeps_the_page(site_url: str, page: Page,
                                                         url: str) -> None:
    page.goto(site_url + url)
    other = "sv" if url.startswith("en/") else "en"
    tab_until(page, f"a.vta-language__link[hreflang={other}]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expected = url.removeprefix("en/") if other == "sv" else f"en/{url}"
    assert page.url == site_url + expected
    assert page.evaluate("() => document.documentElement.lang") == other


@pytest.mark.parametrize("url", ["", "projects/goinge-forward/", "en/projects/"])
def test_every_tab_stop_shows_a_focus_ring(site_url: str, page: Page, url: str) -> None:
    page.goto(site_url + url)
    stops = [tab(page) for _ in range(MAX_TAB_STOPS)]
    seen = [stop for stop in stops if stop]
    assert len(seen) > 10
    without = [f"<{s['tag']} class={s['cls']!r} href={s['href']!r}>" for s in seen
               if not s["ring"]]
    assert not without, f"/{url}: focus not visible on {without}"


def test_explorer_facets_work_by_keyboard(built_site: Path, site_url: str,
                                          browser: Browser) -> None:
    if not (built_site / "explore" / "index.html").is_file():
        pytest.skip("the explorer is not part of the build yet")
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url + "explore/", wait_until="networkidle")
    # Facet groups are collapsed: open the first with Enter, then Tab into it.
    tab_until(page, ".vta-explore__form details:has(input[type=checkbox]) > summary")
    page.keyboard.press("Enter")
    tab_until(page, ".vta-explore__form details[open] input[type=checkbox]")
    name, value = page.evaluate("() => [document.activeElement.name, document.activeElement.value]")
    page.keyboard.press("Space")
    assert page.evaluate("() => document.activeElement.checked")
    page.wait_for_function("([n, v]) => new URLSearchParams(location.search).getAll(n)"
                           ".includes(v)", arg=[name, value])
    context.close()


def test_projects_are_chosen_for_comparison_by_keyboard(
        built_site: Path, site_url: str, page: Page, request: pytest.FixtureRequest) -> None:
    if not (built_site / "compare" / "side-by-side" / "index.html").is_file():
        pytest.skip("the side-by-side comparison is not part of the build yet")
    page.goto(site_url + "compare/side-by-side/", wait_until="networkidle")
    if not request.node.callspec.params["page"]:
        # Without JavaScript the view cannot be drawn, so no choice is offered (#15).
        assert not page.locator("#vta-side-form").is_visible()
        assert page.locator(".vta-noscript").is_visible()
        return
    tab_until(page, "#vta-side-form input[name=p]")
    page.keyboard.press("Space")
    tab_until(page, "#vta-side-form input[name=p]:not(:checked)")
    page.keyboard.press("Space")
    tab_until(page, "#vta-side-form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.count("p=") == 2, page.url
    page.wait_for_selector("#vta-side-result table")
