"""Following a capped list's "all of them" link in Chromium opens the filtered explorer.

A synthetic site large enough that every list is capped; the expected count
comes from the catalogue with the explorer's own facet labels.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import build_into
from playwright.sync_api import Page
from search_browser import serve
from test_capped_lists import SMALL, explorer_filter, facet_counts, synthetic_catalog

from generator.catalog import Catalog
from generator.site.lookups.index import PROJECTS_SHOWN

pytestmark = pytest.mark.browser

ROOTS = {"sv": "", "en": "en/"}


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Catalog, str]]:
    """The synthetic catalogue and the root URL of its site, served on 127.0.0.1."""
    folder = tmp_path_factory.mktemp("capped-site")
    catalog = synthetic_catalog(folder, SMALL)
    ok, output = build_into(folder, folder / "content")
    assert ok, "\n".join(output)
    with serve(folder / "site") as url:
        yield catalog, url


def follow(page: Page, url: str, selector: str) -> tuple[str, str]:
    """Open `url`, click the first link `selector` finds; the (facet, label) it chose."""
    page.goto(url)
    link = page.locator(selector).first
    chosen = explorer_filter(str(link.get_attribute("href")))
    link.click()
    page.locator(".vta-explore__results:not([aria-busy])").wait_for()
    page.locator(".vta-explore__list[data-result-count]").wait_for(state="attached")
    return chosen


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("path", ["compare/methods/", "compare/success-factors/",
                                  "organisations/", "methods/supported-employment/"])
def test_all_of_them_opens_the_filtered_explorer(
        large: tuple[Catalog, str], page: Page, lang: str, path: str) -> None:
    catalog, root = large
    selector = ("a[href*='explore/?']" if path.startswith("methods/")
                else "p.vta-capped a")
    facet, label = follow(page, f"{root}{ROOTS[lang]}{path}", selector)
    expected = facet_counts(catalog, lang)[(facet, label)]
    assert expected > PROJECTS_SHOWN
    assert page.url.split("?", 1)[0].endswith(f"/{ROOTS[lang]}explore/")
    assert page.locator(".vta-explore__list").get_attribute("data-result-count") \
        == str(expected)
    assert page.locator(".vta-explore__status").inner_text().startswith(f"{expected} ")
    checked = page.locator(".vta-explore__form input:checked").evaluate_all(
        "boxes => boxes.map(box => [box.name, box.value])")
    assert [tuple(box) for box in checked] == [(facet, label)]
