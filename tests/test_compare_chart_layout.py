"""A comparison chart's data table: beside the chart on a wide column, below it on a narrow one.

The markup keeps figure, figcaption and table caption; beside a tall chart the
table scrolls, so its region is named and takes keyboard focus.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bs4 import BeautifulSoup
from conftest import fixture_catalog
from playwright.sync_api import Browser, FloatRect, Page

from generator.site.generate import generate


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("path", ["compare/index.md", "compare/methods/index.md"])
def test_chart_block_keeps_its_accessible_structure(lang: str, path: str) -> None:
    pages = {page.path: page.markdown for page in generate(fixture_catalog(), lang)}
    block = BeautifulSoup(pages[path], "html.parser").select_one(".vta-chart")
    assert block is not None
    layout = block.select_one(":scope > .vta-chart__layout")
    assert layout is not None
    figure = layout.select_one(":scope > figure.vta-chart__figure")
    assert figure is not None and figure.select_one("svg") and figure.select_one("figcaption")
    data = layout.select_one(":scope > .vta-chart__data")
    assert data is not None
    assert data.get("role") == "region" and data.get("tabindex") == "0"
    caption = data.select_one("table > caption")
    assert caption is not None and data.get("aria-label") == caption.get_text()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1600, "height": 1000})
    try:
        yield context.new_page()
    finally:
        context.close()


def _boxes(page: Page) -> tuple[FloatRect, FloatRect]:
    figure = page.locator(".vta-chart__figure").first.bounding_box()
    data = page.locator(".vta-chart__data").first.bounding_box()
    assert figure is not None and data is not None
    return figure, data


@pytest.mark.browser
def test_table_beside_the_chart_on_a_wide_screen(page: Page, site_url: str) -> None:
    page.goto(site_url + "compare/")
    figure, data = _boxes(page)
    assert data["x"] >= figure["x"] + figure["width"]
    assert abs(data["y"] - figure["y"]) < 1


@pytest.mark.browser
def test_table_below_the_chart_on_a_narrow_screen(page: Page, site_url: str) -> None:
    page.set_viewport_size({"width": 700, "height": 1000})
    page.goto(site_url + "en/compare/")
    figure, data = _boxes(page)
    assert data["y"] >= figure["y"] + figure["height"]
    assert abs(data["x"] - figure["x"]) < 1
