"""axe-core in real headless Chromium on one page of every kind, both languages, plus the
states JavaScript builds (search results open, two projects side by side). Zero violations
at any impact level. Also: project and method pages are whole without JavaScript."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import FIXTURE_CONTENT, build_into, soup
from playwright.sync_api import Browser, Page
from test_a11y_pages import AXE_SCRIPT, page_urls

from benchmarks.browser import serve

pytestmark = pytest.mark.browser

# Every rule axe enables by default: WCAG 2.0/2.1 A and AA, and best practice.
AXE_OPTIONS = {"resultTypes": ["violations"]}


def violations(page: Page) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(AXE_SCRIPT))
    result = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    found: list[dict[str, Any]] = result["violations"]
    return found


def describe(url: str, found: list[dict[str, Any]]) -> str:
    lines = [f"{len(found)} axe violation(s) on /{url}:"]
    for rule in found:
        targets = [" ".join(node["target"]) for node in rule["nodes"]]
        lines.append(f"  {rule['id']} ({rule['impact']}): {rule['help']} -- {rule['helpUrl']}")
        lines += [f"      {target}" for target in targets[:8]]
    return "\n".join(lines)


def test_every_page_kind(built_site: Path, site_url: str, page: Page) -> None:
    """One test over all kinds, so a report lists every failing page at once."""
    reports = []
    for url in page_urls(built_site):
        page.goto(site_url + url, wait_until="networkidle")
        found = violations(page)
        if found:
            reports.append(describe(url, found))
    assert not reports, "\n".join(reports)


@pytest.mark.parametrize("root", ["", "en/"])
def test_search_results_open(built_site: Path, site_url: str, page: Page, root: str) -> None:
    if not (built_site / "pagefind").is_dir():
        pytest.skip("search (Pagefind) is not part of the build yet")
    page.goto(site_url + root, wait_until="networkidle")
    page.fill("#vta-search-input", "arbete")
    page.wait_for_selector("#vta-search-panel:not([hidden]) .vta-search__results li")
    found = violations(page)
    assert not found, describe(f"{root} (search results open)", found)


@pytest.mark.parametrize("root", ["", "en/"])
def test_side_by_side_with_two_projects(built_site: Path, site_url: str, page: Page,
                                        root: str) -> None:
    form = built_site / root / "compare" / "side-by-side" / "index.html"
    if not form.is_file():
        pytest.skip("the side-by-side comparison is not part of the build yet")
    chosen = [str(box["value"]) for box in soup(form.parent, "index.html").select(
        "#vta-side-form input[type=checkbox][name=p]")][:2]
    assert len(chosen) == 2
    url = f"{root}compare/side-by-side/?p={chosen[0]}&p={chosen[1]}"
    page.goto(site_url + url, wait_until="networkidle")
    page.wait_for_selector("#vta-side-result table")
    found = violations(page)
    assert not found, describe(url, found)


def _words(text: str) -> set[str]:
    return {word.strip(".,:;()\"'") for word in text.split()} - {""}


@pytest.mark.parametrize("url", ["projects/goinge-forward/", "en/projects/sin/",
                                 "methods/supported-employment/", "en/methods/job-club/"])
def test_readable_without_javascript(built_site: Path, site_url: str, browser: Browser,
                                     url: str) -> None:
    """Everything the page's HTML says is on screen with JavaScript off."""
    article = BeautifulSoup(str(soup(built_site, url).select_one("article")), "html.parser")
    # A graphic's <title> and <desc> are its text alternative, not text on screen.
    for hidden in article.select("[hidden], script, style, template, noscript, svg title, "
                                 "svg desc"):
        hidden.decompose()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + url)
    shown = page.inner_text("article")
    context.close()
    missing = _words(article.get_text(" ")) - _words(shown)
    assert not missing, f"/{url} hides without JavaScript: {sorted(missing)[:20]}"
    assert shown.count("\n") > 20, "the whole article, not a stub"


def test_axe_reports_a_known_violation(page: Page) -> None:
    """The harness itself works: a page with a nameless image and link does not pass."""
    page.set_content('<html lang="sv"><main><img src="x.png"><a href="#"></a></main></html>')
    assert {"image-alt", "link-name"} <= {rule["id"] for rule in violations(page)}


@pytest.fixture(scope="module")
def untranslated_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture catalogue with one project lacking its English: Swedish fallback on en pages."""
    folder = tmp_path_factory.mktemp("untranslated")
    shutil.copytree(FIXTURE_CONTENT, folder / "content")
    record_file = folder / "content" / "projects" / "sin.yml"
    record = yaml.safe_load(record_file.read_text(encoding="utf-8"))
    for field in ("name", "summary", "description"):
        record[field].pop("en", None)
    record["partners"][0]["role"].pop("en", None)
    record_file.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False),
                           encoding="utf-8")
    ok, output = build_into(folder, folder / "content")
    assert ok, "\n".join(output)
    return folder / "site"


def test_swedish_fallback_on_english_pages(untranslated_site: Path, page: Page) -> None:
    with serve(untranslated_site) as url:
        page.goto(url + "en/projects/sin/", wait_until="networkidle")
        assert page.locator('article [lang="sv"]').count() >= 3, "fallback text marked Swedish"
        found = violations(page)
    assert not found, describe("en/projects/sin/ (untranslated)", found)
