"""Print: a project page and the comparison table print whole, every column on the paper,
without buttons or checkboxes, and with the address of each link to another site."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page

pytestmark = pytest.mark.browser

PORTRAIT = 703
"""A4 portrait inside 12 mm margins, in CSS pixels."""
LANDSCAPE = 1047
"""A4 landscape inside 10 mm margins: the comparison table's own page (print.css)."""

ON_PAPER = """() => {
  const shown = (e) => e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const cells = [...document.querySelectorAll("article table th, article table td")];
  return {
    wide: document.documentElement.scrollWidth,
    controls: [...document.querySelectorAll("article :is(button:not(.vta-sort), input, select)")]
      .filter(shown).map((e) => e.outerHTML.slice(0, 80)),
    cut: cells.filter((c) => shown(c) && c.getBoundingClientRect().right > innerWidth + 0.5)
      .map((c) => c.textContent.trim().slice(0, 30)),
    // The comparison's checkbox column is a control, not content: it alone stays off paper.
    hidden: cells.filter((c) => !shown(c) && !c.closest("[hidden], .vta-pick"))
      .map((c) => c.textContent.trim().slice(0, 30)),
    external: [...document.querySelectorAll("article a[href^='http']")].map((a) =>
      [a.href, getComputedStyle(a, "::after").content]),
  };
}"""


@pytest.mark.parametrize(("url", "width"), [
    ("projects/goinge-forward/", PORTRAIT), ("en/projects/sin/", PORTRAIT),
    ("compare/", LANDSCAPE), ("en/compare/", LANDSCAPE)])
def test_printed_page_shows_everything(site_url: str, page: Page, url: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 1000})
    page.emulate_media(media="print")
    page.goto(site_url + url, wait_until="networkidle")
    paper = page.evaluate(ON_PAPER)
    assert paper["wide"] <= width, f"/{url} is {paper['wide']} px wide on {width} px of paper"
    assert not paper["cut"], f"cells past the paper's edge: {paper['cut'][:5]}"
    assert not paper["hidden"], f"cells left out: {paper['hidden'][:5]}"
    assert not paper["controls"], f"controls on paper: {paper['controls'][:5]}"
    for href, after in paper["external"]:
        assert href.rstrip("/") in after, f"{href} prints without its address ({after})"


def test_comparison_table_prints_on_a_landscape_page(site_url: str, page: Page) -> None:
    page.goto(site_url + "compare/", wait_until="networkidle")
    sizes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]",
                       page.pdf(prefer_css_page_size=True))
    assert any(float(width) > float(height) for width, height in sizes), sizes
    assert any(float(width) < float(height) for width, height in sizes), "the rest is upright"
