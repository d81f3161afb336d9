"""The header's search box in real headless Chromium, against the built site over HTTP."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, Page
from search_browser import explorer_links, header_search, pagefind_urls, serve

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("root", ["", "en/"])
def test_supported_employment_finds_sin(site_url: str, page: Page, root: str) -> None:
    page.goto(f"{site_url}{root}projects/goinge-forward/")
    links = header_search(page, "supported employment")
    assert f"/{root}projects/sin/" in links


def indexed_words(html: Path) -> set[str]:
    body = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").select_one(
        "[data-pagefind-body]")
    return set(re.findall(r"\w+", body.get_text(" ").casefold())) if body else set()


def test_swedish_inflections_find_the_base_form(built_site: Path, site_url: str,
                                                page: Page) -> None:
    pages_with_base_form = {
        "/" + html.parent.relative_to(built_site).as_posix() + "/"
        for html in built_site.glob("**/index.html")
        if not html.is_relative_to(built_site / "en") and {"arbetsgivare"} <= indexed_words(html)
        and "arbetsgivarna" not in indexed_words(html)}
    assert pages_with_base_form, "the catalogue has pages saying only 'arbetsgivare'"
    page.goto(site_url)
    found = set(pagefind_urls(page, "arbetsgivarna"))
    assert pages_with_base_form <= found
    assert header_search(page, "arbetsgivarna"), "the box shows results too"


def test_the_english_site_returns_english_pages(site_url: str, page: Page) -> None:
    page.goto(f"{site_url}en/methods/")
    links = header_search(page, "supported employment")
    assert links and all(link.startswith("/en/") for link in links)
    page.goto(f"{site_url}methods/")
    links = header_search(page, "supported employment")
    assert links and not any(link.startswith("/en/") for link in links)


def test_keyboard_only(site_url: str, page: Page) -> None:
    page.goto(f"{site_url}en/projects/sin/")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "vta-search-input":
            break
    assert page.evaluate("document.activeElement.id") == "vta-search-input"
    page.keyboard.type("supported employment")
    live = page.locator(".vta-search__live[role=status][aria-live=polite]")
    live.filter(has_text="supported employment").wait_for(state="attached")
    assert re.fullmatch(r"\d+ results? for “supported employment”\.", live.inner_text())
    page.keyboard.press("Tab")
    first = page.locator(".vta-search__results a").first
    assert first.evaluate("link => link === document.activeElement")
    page.keyboard.press("ArrowDown")
    second = page.locator(".vta-search__results a").nth(1)
    assert second.evaluate("link => link === document.activeElement")
    page.keyboard.press("Escape")
    assert page.locator(".vta-search__panel").is_hidden()
    assert page.evaluate("document.activeElement.id") == "vta-search-input"


def test_without_javascript_the_box_is_a_link(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}projects/sin/")
    assert page.locator("#vta-search-input").is_hidden()
    page.locator(".vta-search__fallback").click()
    assert page.url == f"{site_url}explore/"
    assert page.locator(".vta-explore__static").is_visible()
    assert page.locator(".vta-explore__form").is_hidden()
    context.close()


def test_works_under_a_sub_path(built_site: Path, tmp_path: Path, page: Page) -> None:
    (tmp_path / "city").mkdir()
    (tmp_path / "city" / "catalogue").symlink_to(built_site, target_is_directory=True)
    with serve(tmp_path) as root:
        page.goto(f"{root}city/catalogue/en/projects/sin/")
        links = header_search(page, "supported employment")
    assert links and all(link.startswith("/city/catalogue/en/") for link in links)


def test_nothing_is_fetched_from_other_hosts(site_url: str, page: Page) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{site_url}explore/")
    header_search(page, "praktik")
    assert requested and all(url.startswith(site_url) for url in requested)


def test_enter_shows_every_matching_project_in_the_explorer(site_url: str, page: Page) -> None:
    page.goto(f"{site_url}en/methods/")
    header_search(page, "Skellefteå")
    page.locator("#vta-search-input").press("Enter")
    page.wait_for_url("**/en/explore/?q=Skellefte*")
    assert explorer_links(page) == ["/en/projects/sin/"]
    assert page.locator("#vta-explore-q").input_value() == "Skellefteå"
