"""The honest-figures pages in real Chromium (issue #13): a sort by a figure in the explorer
keeps every caveat on its cards and says how many projects it leaves out, and axe finds no
violation on the page kinds that changed, in both languages.

The site is the fixture catalogue with the valid fixtures added (tests/helpers_figures.py),
built once for this module with the real pipeline: the randomised trial's evaluation, a
share of those who left and an undated status are all on it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import build_into
from helpers_figures import TRIAL, figures_catalog, figures_content
from playwright.sync_api import Page
from search_browser import explorer_links, serve
from test_a11y_axe import describe, violations

from generator.analysis.comparison import compare_projects
from generator.catalog import Catalog
from generator.i18n import t
from generator.site.lookups.cards import card_meta, sort_values

pytestmark = pytest.mark.browser

ROOTS = {"sv": "", "en": "en/"}
CHANGED_PAGES = (f"projects/{TRIAL}/", "projects/sin/", "projects/arbetsmarknadscenter/",
                 "compare/", "compare/methods/", "methods/supported-employment/",
                 "how-to-read/", "about/")
"""One page of every kind whose figures changed; the explorer and side by side are
checked in the states their scripts build."""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Catalog]:
    folder = tmp_path_factory.mktemp("figures-site")
    content = figures_content(folder)
    ok, output = build_into(folder, content)
    assert ok, "\n".join(output)
    return folder / "site", figures_catalog(tmp_path_factory.mktemp("figures-catalog"))


@pytest.fixture(scope="module")
def url(built: tuple[Path, Catalog]) -> Iterator[str]:
    with serve(built[0]) as address:
        yield address


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_sorting_by_a_share_keeps_the_caveats_and_counts_what_it_leaves_out(
        built: tuple[Path, Catalog], url: str, page: Page, lang: str) -> None:
    catalog = built[1]
    rows = {row.project.id: row for row in compare_projects(catalog.projects.values())}
    shares = {project_id: float(keys["share"]) for project_id, project in catalog.projects.items()
              if "share" in (keys := sort_values(lang, project, rows[project_id]))}
    page.goto(f"{url}{ROOTS[lang]}explore/?sort=share")
    links = explorer_links(page)
    assert sorted(shares.values(), reverse=True) == [
        shares[link.strip("/").split("/")[-1]] for link in links]
    assert "/projects/arbetsmarknadscenter/" not in [link.removeprefix("/en") for link in links]
    left_out = len(catalog.projects) - len(shares)
    status = page.locator(".vta-explore__status").inner_text()
    assert t(lang, "search.explore.count.sorted", count=left_out) in status
    note = page.locator(".vta-explore__sort-note")
    assert note.is_visible()
    assert note.inner_text().startswith(
        "Sorterat efter en siffra, inte rangordnat" if lang == "sv"
        else "Sorted by a figure, not ranked")
    for card in page.locator(".vta-card").all():
        project_id = card.locator(".vta-card__title a").get_attribute("href")
        assert project_id is not None
        project_id = project_id.split("?")[0].strip("/").split("/")[-1]
        meta = card_meta(catalog, lang, catalog.projects[project_id], rows[project_id])
        assert card.locator(".vta-card__caveats").text_content() == meta["caveats"]
        assert card.locator(".vta-card__result").text_content() == meta["result"]
        evidence = card.locator(".vta-card__evidence")
        assert str(evidence.text_content()).startswith(meta["evidence"])
        assert evidence.locator(".vta-scale").get_attribute("aria-hidden") == "true"
        # The share is not set in bold apart from its caveats.
        weight = card.locator(".vta-card__result").evaluate(
            "node => getComputedStyle(node).fontWeight")
        assert int(weight) < 700


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_sorting_by_name_shows_no_sort_note(url: str, page: Page, lang: str) -> None:
    page.goto(f"{url}{ROOTS[lang]}explore/?sort=name")
    explorer_links(page)
    assert not page.locator(".vta-explore__sort-note").is_visible()


def test_axe_finds_nothing_on_the_changed_page_kinds(url: str, page: Page) -> None:
    reports = []
    for root in ROOTS.values():
        for path in CHANGED_PAGES:
            page.goto(f"{url}{root}{path}", wait_until="networkidle")
            if found := violations(page):
                reports.append(describe(root + path, found))
        page.goto(f"{url}{root}explore/?sort=share", wait_until="networkidle")
        explorer_links(page)
        if found := violations(page):
            reports.append(describe(f"{root}explore/?sort=share", found))
        side = f"{root}compare/side-by-side/?p={TRIAL}&p=sin"
        page.goto(f"{url}{side}", wait_until="networkidle")
        page.wait_for_selector("#vta-side-result table")
        if found := violations(page):
            reports.append(describe(side, found))
    assert not reports, "\n".join(reports)
