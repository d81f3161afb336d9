"""The maps in the generated pages, on the fixture catalogue (exact figures) without MkDocs.

The fixture projects name counties 01, 12 (two projects) and 24, and municipalities
0136 (Haninge), 1256 (Östra Göinge, two projects) and 2482 (Skellefteå).
"""

from __future__ import annotations

import posixpath
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import attr, one
from test_generate_pure import fixture_content

from generator.catalog import Catalog
from generator.page import Page
from generator.routes import MAP_SPRITE, url_of
from generator.site.generate import generate_all
from generator.validation.run import validate

COUNTS = {"01": 1, "12": 2, "24": 1}
NAMES = {"sv": ("Skåne län: 2 projekt", "Gotlands län: inga projekt", "Stockholms län: 1 projekt"),
         "en": ("Skåne County: 2 projects", "Gotland County: no projects",
                "Stockholm County: 1 project")}
Trees = dict[str, dict[str, Page]]


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    result = validate(fixture_content(tmp_path_factory.mktemp("maps-catalogue")))
    assert result.ok, result.diagnostics
    return result.catalog


@pytest.fixture(scope="module")
def trees(catalog: Catalog) -> Trees:
    return {lang: {page.path: page for page in pages}
            for lang, pages in generate_all(catalog).items()}


def html_of(trees: Trees, lang: str, path: str) -> BeautifulSoup:
    return BeautifulSoup(trees[lang][path].markdown, "html.parser")


def resolve(page_path: str, href: str) -> str:
    """The site address a relative link on the page at `page_path` leads to."""
    path = urlsplit(href).path
    target = posixpath.normpath(posixpath.join(url_of(page_path), path))
    if target == ".":
        return ""
    return target + "/" if path.endswith("/") else target


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("path", ["index.md", "counties/index.md"])
def test_county_map_links_all_21_counties_with_their_counts(
        trees: Trees, lang: str, path: str) -> None:
    page = html_of(trees, lang, path)
    svg = one(page, "svg.vta-map")
    assert attr(svg, "role") == "group"
    assert one(svg, f"title#{attr(svg, 'aria-labelledby')}").get_text()
    assert one(svg, f"desc#{attr(svg, 'aria-describedby')}").get_text()
    links = svg.select("a[data-code]")
    assert len(links) == 21
    names = [one(link, "title").get_text() for link in links]
    assert set(NAMES[lang]) <= set(names)
    for link in links:
        code = attr(link, "data-code")
        assert resolve(path, attr(link, "href")) == url_of(f"counties/{code}.md")
        assert f"counties/{code}.md" in trees[lang]
    rows = one(page, ".vta-map-figure__table table").select("tbody tr")
    assert len(rows) == 21
    counts = {attr(one(row, "a"), "href").rstrip("/").rsplit("/", 1)[-1]:
              one(row, "td").get_text() for row in rows}
    assert counts == {attr(a, "data-code"): str(COUNTS.get(attr(a, "data-code"), 0))
                      for a in links}


def test_every_county_has_a_page_and_an_empty_one_says_so(trees: Trees) -> None:
    for lang in ("sv", "en"):
        pages = [p for p in trees[lang] if p.startswith("counties/") and p != "counties/index.md"]
        assert len(pages) == 21
    gotland = html_of(trees, "en", "counties/09.md")
    assert "no projects in this county yet" in gotland.get_text()
    assert not gotland.select("table")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_county_page_maps_its_municipalities_and_links_those_with_projects(
        catalog: Catalog, trees: Trees, lang: str) -> None:
    page = html_of(trees, lang, "counties/12.md")
    svg = one(page, "svg.vta-map")
    skåne = sorted(code for code, term in catalog.vocabularies["municipalities"].items()
                   if term.county == "12")
    areas = svg.select("[data-code]:is(a, g)")
    assert sorted(attr(area, "data-code") for area in areas) == skåne
    links = svg.select("a[data-code]")
    assert [attr(a, "data-code") for a in links] == ["1256"]
    href = attr(links[0], "href")
    assert resolve("counties/12.md", href) == url_of("explore/index.md")
    assert parse_qs(urlsplit(href).query) == {"municipality": ["Östra Göinge"]}
    title = one(links[0], "title").get_text()
    assert title == ("Östra Göinge: 2 projekt" if lang == "sv" else "Östra Göinge: 2 projects")
    rows = one(page, ".vta-map-figure__table table").select("tbody tr")
    assert [row.get_text(" ", strip=True) for row in rows] == ["Östra Göinge 2"]
    others = one(page, ".vta-map-figure__table p").get_text()
    assert "Malmö" in others and "Östra Göinge" not in others


def test_project_page_locates_its_municipalities_by_reference(trees: Trees) -> None:
    path = "projects/fixture-complete-project.md"
    svg = one(html_of(trees, "sv", path), "svg.vta-locator")
    assert attr(svg, "role") == "img"
    title_id, desc_id = attr(svg, "aria-labelledby").split()
    assert one(svg, f"title#{title_id}").get_text() == "Karta: var projektet bedrivs"
    assert "Haninge" in one(svg, f"desc#{desc_id}").get_text()
    hrefs = [attr(use, "href") for use in svg.select("use")]
    assert {resolve(path, href) for href in hrefs} == {MAP_SPRITE.url}
    assert [href.rsplit("#", 1)[1] for href in hrefs] == ["all", "a0136", "a1256"]
    sprite = BeautifulSoup(trees["sv"][MAP_SPRITE.path].markdown, "html.parser")
    for href in hrefs:
        assert sprite.find(id=href.rsplit("#", 1)[1]) is not None
    # Per page the locator stays small: references, never outlines.
    assert len(str(svg)) < 1200


def test_a_project_without_places_has_no_locator(catalog: Catalog, trees: Trees) -> None:
    placeless = [p.id for p in catalog.projects.values()
                 if not p.municipalities and not p.counties]
    assert placeless
    for project_id in placeless:
        assert not html_of(trees, "sv", f"projects/{project_id}.md").select("svg.vta-locator")


def test_sprite_is_one_file_the_same_in_both_trees(trees: Trees) -> None:
    assert trees["sv"][MAP_SPRITE.path].markdown == trees["en"][MAP_SPRITE.path].markdown
    sprite = BeautifulSoup(trees["sv"][MAP_SPRITE.path].markdown, "html.parser")
    assert len(sprite.select("g#all > g[id] > path[id]")) == 290


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_explorer_map_areas_carry_the_county_facet_labels(trees: Trees, lang: str) -> None:
    page = html_of(trees, lang, "explore/index.md")
    box = one(page, "input[name=view][value=map]")
    assert attr(box, "form") == attr(one(page, "form.vta-explore__form"), "id")
    view: Tag = one(page, ".vta-explore__map")
    assert view.has_attr("hidden")
    labels = {attr(a, "data-label") for a in view.select("a[data-label]")}
    assert len(labels) == 21
    facet = {attr(b, "value") for b in page.select(".vta-facet input[name=county]")}
    assert facet and facet <= labels


def test_maps_are_the_same_bytes_every_run(catalog: Catalog, trees: Trees) -> None:
    again = generate_all(catalog)
    for lang, pages in again.items():
        for page in pages:
            if "<svg" in page.markdown or page.path == MAP_SPRITE.path:
                assert page.markdown == trees[lang][page.path].markdown, page.path
