"""Per-group project lists are capped and link to the explorer for the rest (issue #7).

Markdown only (no MkDocs), so this runs in seconds. Two synthetic catalogues,
both larger than the cap, show that the capped pages stop growing; the cap
sentence's numbers and its explorer filter are checked against the catalogue
with the same facet labels the explorer uses. test_capped_lists_browser.py
follows the links in Chromium.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import catalogue_with_seeds

from generator.catalog import Catalog
from generator.site.format.figures import number
from generator.site.generate import generate_all
from generator.site.lookups.facets import facet_values
from generator.site.lookups.index import PROJECTS_SHOWN, build_index
from generator.validation.run import validate

SMALL, LARGE = 150, 400
"""Clones of the fixture catalogue's six projects: from about 120 on, every group has more
than PROJECTS_SHOWN."""
CAPPED_PAGES = ("compare/methods/index.md", "compare/success-factors/index.md",
                "organisations/index.md")
ALLOWED_GROWTH_BYTES = 2_000
"""Room for longer totals and more caveat counts; a row per project is far more."""
SENTENCE = {"sv": "Visar {shown} av {total} projekt", "en": "Showing {shown} of {total} projects"}


def synthetic_catalog(folder: Path, count: int) -> Catalog:
    content = catalogue_with_seeds(count, folder)
    result = validate(content)
    assert result.ok
    return result.catalog


@pytest.fixture(scope="module")
def catalogs(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Catalog]:
    return {count: synthetic_catalog(tmp_path_factory.mktemp(f"capped-{count}"), count)
            for count in (SMALL, LARGE)}


@pytest.fixture(scope="module")
def pages(catalogs: dict[int, Catalog]) -> dict[int, dict[str, dict[str, str]]]:
    """count -> language -> path -> Markdown."""
    return {count: {lang: {page.path: page.markdown for page in generated}
                    for lang, generated in generate_all(catalog).items()}
            for count, catalog in catalogs.items()}


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("path", CAPPED_PAGES)
def test_capped_pages_do_not_grow_with_the_catalogue(
        pages: dict[int, dict[str, dict[str, str]]], lang: str, path: str) -> None:
    small = len(pages[SMALL][lang][path].encode())
    large = len(pages[LARGE][lang][path].encode())
    assert large - small < ALLOWED_GROWTH_BYTES, f"{lang} {path}: {small} -> {large} bytes"


def explorer_filter(href: str) -> tuple[str, str]:
    """The one (facet, label) an explorer link chooses."""
    parts = urlsplit(href)
    assert parts.path.endswith("explore/"), href
    chosen = parse_qsl(parts.query)
    assert len(chosen) == 1, href
    return chosen[0]


def facet_counts(catalog: Catalog, lang: str) -> Counter[tuple[str, str]]:
    """How many projects the explorer finds for each (facet, label) in `lang`."""
    return Counter((value.facet, value.label) for project in catalog.projects.values()
                   for value in facet_values(catalog, lang, project))


def capped_notes(markdown: str) -> list[Tag]:
    return BeautifulSoup(markdown, "html.parser").select("p.vta-capped")


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize(("path", "facet"), [
    ("compare/methods/index.md", "method"), ("compare/success-factors/index.md", "success_factor"),
    ("organisations/index.md", "organisation")])
def test_the_cap_sentence_counts_and_filters_every_project(
        catalogs: dict[int, Catalog], pages: dict[int, dict[str, dict[str, str]]],
        lang: str, path: str, facet: str) -> None:
    counts = facet_counts(catalogs[LARGE], lang)
    notes = capped_notes(pages[LARGE][lang][path])
    assert notes, f"{path}: {LARGE} projects fill at least one list past the cap"
    facets = set()
    for note in notes:
        link = note.find("a")
        assert isinstance(link, Tag)
        chosen = explorer_filter(str(link["href"]))
        facets.add(chosen[0])
        total = counts[chosen]
        assert total > PROJECTS_SHOWN, chosen
        expected = SENTENCE[lang].format(shown=number(PROJECTS_SHOWN, lang),
                                         total=number(total, lang))
        assert note.get_text().startswith(expected), (note.get_text(), chosen)
    assert facet in facets


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_method_comparison_shows_capped_rows_and_full_summaries(
        catalogs: dict[int, Catalog], pages: dict[int, dict[str, dict[str, str]]],
        lang: str) -> None:
    index = build_index(catalogs[LARGE])
    html = BeautifulSoup(pages[LARGE][lang]["compare/methods/index.md"], "html.parser")
    for method_id, using in index.by_method.items():
        heading = f"{{ #method-{method_id} }}"
        page = pages[LARGE][lang]["compare/methods/index.md"]
        section = page.split(heading, 1)[1].split("\n## ", 1)[0]
        rows = BeautifulSoup(section, "html.parser").select("table")[-1].select("tbody tr")
        assert len(rows) == min(len(using), PROJECTS_SHOWN), method_id
        # The summary counts every project, not only the rows shown.
        assert number(len(using), lang) in section.split("<table", 1)[0], method_id
    assert len(html.select("p.vta-capped")) == sum(
        len(using) > PROJECTS_SHOWN for using in index.by_method.values())


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_method_pages_link_all_their_projects_in_the_explorer(
        catalogs: dict[int, Catalog], pages: dict[int, dict[str, dict[str, str]]],
        lang: str) -> None:
    counts = facet_counts(catalogs[LARGE], lang)
    index = build_index(catalogs[LARGE])
    for method_id, using in index.by_method.items():
        if len(using) <= PROJECTS_SHOWN:
            continue
        markdown = pages[LARGE][lang][f"methods/{method_id}/index.md"]
        links = [link for link in BeautifulSoup(markdown, "html.parser").select("a")
                 if "explore/?" in str(link.get("href"))]
        assert len(links) == 1, method_id
        assert counts[explorer_filter(str(links[0]["href"]))] == len(using), method_id


def test_the_fixture_catalogue_is_under_every_cap(markdown_trees: Path) -> None:
    # Six projects: every list complete, so no cap sentence anywhere.
    for page in markdown_trees.rglob("*.md"):
        assert not capped_notes(page.read_text(encoding="utf-8")), page


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_cap_sentence_of_the_real_catalogue_counts_its_group(
        catalogue_markdown: Path, catalogue_catalog: Catalog, lang: str) -> None:
    """However many records it holds: a list is capped only past PROJECTS_SHOWN, and the
    sentence gives the number the explorer finds."""
    counts = facet_counts(catalogue_catalog, lang)
    for page in sorted((catalogue_markdown / lang).rglob("*.md")):
        for note in capped_notes(page.read_text(encoding="utf-8")):
            link = note.find("a")
            assert isinstance(link, Tag), page
            total = counts[explorer_filter(str(link["href"]))]
            assert total > PROJECTS_SHOWN, page
            assert note.get_text().startswith(SENTENCE[lang].format(
                shown=number(PROJECTS_SHOWN, lang), total=number(total, lang))), page
