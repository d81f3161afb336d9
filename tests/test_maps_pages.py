"""The maps in the generated pages, on the fixture catalogue (exact figures) without MkDocs.

Expected counts are counted here from the fixture records' own fields, so a fixture added
for another test changes the expectation with it.
"""

from __future__ import annotations

import posixpath
from collections import Counter
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import attr, one
from test_generate_pure import fixture_records_catalog
from test_hierarchy_usage import hierarchy_catalog

from generator.catalog import Catalog
from generator.i18n import t
from generator.page import Page
from generator.routes import MAP_SPRITE, url_of
from generator.site.generate import generate_all

FORMS = {"sv": ("{}: inga projekt", "{}: 1 projekt", "{}: {} projekt"),
         "en": ("{}: no projects", "{}: 1 project", "{}: {} projects")}
Trees = dict[str, dict[str, Page]]


def expected_name(catalog: Catalog, lang: str, kind: str, code: str, count: int) -> str:
    label = catalog.label(kind, code, lang)[0]
    none, one_project, more = FORMS[lang]
    return none.format(label) if count == 0 else (
        one_project.format(label) if count == 1 else more.format(label, count))


def county_counts(catalog: Catalog) -> Counter[str]:
    return Counter(code for p in catalog.projects.values() for code in set(p.counties))


def municipality_counts(catalog: Catalog) -> Counter[str]:
    return Counter(code for p in catalog.projects.values() for code in set(p.municipalities))


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    return fixture_records_catalog(tmp_path_factory.mktemp("maps-catalogue"))


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
        catalog: Catalog, trees: Trees, lang: str, path: str) -> None:
    counts = county_counts(catalog)
    assert counts and max(counts.values()) > 1, "the fixtures share a county"
    page = html_of(trees, lang, path)
    svg = one(page, "svg.vta-map")
    assert attr(svg, "role") == "group"
    assert one(svg, f"title#{attr(svg, 'aria-labelledby')}").get_text()
    assert one(svg, f"desc#{attr(svg, 'aria-describedby')}").get_text()
    links = svg.select("a[data-code]")
    assert len(links) == 21
    for link in links:
        code = attr(link, "data-code")
        assert one(link, "title").get_text() == expected_name(
            catalog, lang, "counties", code, counts[code])
        assert resolve(path, attr(link, "href")) == url_of(f"counties/{code}/index.md")
        assert f"counties/{code}/index.md" in trees[lang]
    rows = one(page, ".vta-map-figure__table table").select("tbody tr")
    assert len(rows) == 21
    counts_in_table = {attr(one(row, "a"), "href").rstrip("/").rsplit("/", 1)[-1]:
                       one(row, "td").get_text() for row in rows}
    shown = {code: int(count) for code, count in counts_in_table.items()}
    assert shown == {code: counts[code] for code in catalog.vocabularies["counties"]}


def test_every_county_has_a_page_and_an_empty_one_says_so(
        catalog: Catalog, trees: Trees) -> None:
    for lang in ("sv", "en"):
        pages = [p for p in trees[lang] if p.startswith("counties/") and p != "counties/index.md"]
        assert len(pages) == 21
    empty = sorted(set(catalog.vocabularies["counties"]) - set(county_counts(catalog)))
    assert empty
    page = html_of(trees, "en", f"counties/{empty[0]}/index.md")
    assert "no projects in this county yet" in page.get_text()
    assert not page.select("table")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_county_page_maps_its_municipalities_and_links_those_with_projects(
        catalog: Catalog, trees: Trees, lang: str) -> None:
    named = municipality_counts(catalog)
    county = str(catalog.vocabularies["municipalities"]["1256"].county)
    assert named["1256"] > 0, "a fixture names Östra Göinge"
    page = html_of(trees, lang, f"counties/{county}/index.md")
    svg = one(page, "svg.vta-map")
    members = sorted(code for code, term in catalog.vocabularies["municipalities"].items()
                     if term.county == county)
    areas = svg.select("[data-code]:is(a, g)")
    assert sorted(attr(area, "data-code") for area in areas) == members
    with_projects = [code for code in members if named[code]]
    links = svg.select("a[data-code]")
    assert sorted(attr(a, "data-code") for a in links) == with_projects
    goinge = one(svg, "a[data-code='1256']")
    href = attr(goinge, "href")
    assert resolve(f"counties/{county}/index.md", href) == url_of("explore/index.md")
    assert parse_qs(urlsplit(href).query) == {"municipality": ["Östra Göinge"]}
    assert one(goinge, "title").get_text() == expected_name(
        catalog, lang, "municipalities", "1256", named["1256"])
    rows = one(page, ".vta-map-figure__table table").select("tbody tr")
    assert len(rows) == len(with_projects)
    assert f"Östra Göinge {named['1256']}" in [row.get_text(" ", strip=True) for row in rows]
    others = one(page, ".vta-map-figure__table p").get_text()
    assert all(catalog.label("municipalities", code, lang)[0] in others
               for code in members if not named[code])
    assert "Östra Göinge" not in others


def test_project_page_locates_its_municipalities_by_reference(trees: Trees) -> None:
    path = "projects/fixture-complete-project/index.md"
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
        assert not html_of(trees, "sv", f"projects/{project_id}/index.md").select("svg.vta-locator")


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



def test_a_catalogue_without_municipalities_draws_no_county_map() -> None:
    # The hierarchy fixture names counties but has no municipality vocabulary.
    bare = hierarchy_catalog()
    assert "municipalities" not in bare.vocabularies
    county = next(iter(county_counts(bare)))
    page = {p.path: p for p in generate_all(bare)["sv"]}[f"counties/{county}/index.md"]
    html = BeautifulSoup(page.markdown, "html.parser")
    assert not html.select("#vta-municipality-map")
    assert "# " + bare.label("counties", county, "sv")[0] in page.markdown
    assert t("sv", "maps.county.note") not in page.markdown
