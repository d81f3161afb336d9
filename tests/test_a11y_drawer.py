"""The navigation drawer on a phone: out of the tab order while closed, opened and closed
by keyboard from a menu button that says what it does and whether the drawer is open."""

from __future__ import annotations

import pytest
from a11y_browser import hidden_tab_stops, open_page
from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.browser

PHONE = 390
IN_DRAWER = "() => !!document.activeElement.closest('.md-sidebar--primary')"


def tab_to_menu_button(page: Page) -> None:
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('button.vta-drawer-button')"):
            return
    raise AssertionError("the menu button is not among the first five Tab stops")


@pytest.mark.parametrize("url", ["", "en/projects/sin/"])
def test_closed_drawer_is_out_of_the_tab_order(site_url: str, page: Page, url: str) -> None:
    open_page(page, site_url + url, PHONE)
    for _ in range(15):
        page.keyboard.press("Tab")
        assert not page.evaluate(IN_DRAWER), "focus went into the closed drawer"


@pytest.mark.parametrize("key", ["Enter", " "])
def test_menu_button_opens_and_escape_closes(site_url: str, page: Page, key: str) -> None:
    open_page(page, site_url + "methods/", PHONE)
    tab_to_menu_button(page)
    button = page.locator(".md-header button.vta-drawer-button")
    assert not page.locator(".md-header label[for=__drawer]").count()
    assert (button.get_attribute("aria-label") or "").strip()
    assert button.get_attribute("aria-expanded") == "false"
    page.keyboard.press(key)
    assert page.evaluate("() => document.getElementById('__drawer').checked")
    assert button.get_attribute("aria-expanded") == "true"
    assert page.evaluate(IN_DRAWER), "focus moves into the opened drawer"
    page.wait_for_function("() => document.querySelector('.md-sidebar--primary')"
                           ".getBoundingClientRect().left >= 0")
    assert not hidden_tab_stops(page, 5), "the open drawer's links are on screen"
    page.keyboard.press("Escape")
    assert not page.evaluate("() => document.getElementById('__drawer').checked")
    assert page.evaluate("() => document.activeElement.matches('button.vta-drawer-button')")
    assert button.get_attribute("aria-expanded") == "false"


def test_without_javascript_the_drawer_slides_in_under_focus(site_url: str,
                                                             browser: Browser) -> None:
    """No script makes the menu button a button, so the drawer's links stay reachable and
    the drawer opens while one of them has focus."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    open_page(page, site_url + "en/methods/", PHONE)
    problems = hidden_tab_stops(page)
    context.close()
    assert not problems, problems
