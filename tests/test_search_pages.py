"""Search in the built HTML: what Pagefind indexes, the facets project pages carry,
the explorer's lists, the header's search box and the bundle (no browser needed)."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import attr, explorer_facet_counts, fixture_catalog, one, soup

from generator.schema.common import Text
from generator.site.context import Context
from generator.site.lookups.cards import sort_values
from generator.site.lookups.facets import facet_values
from generator.site.lookups.index import build_index
from generator.site.lookups.own_terms import own_values
from generator.site.pages.explore import explore_page

CATALOG = fixture_catalog()
ROOTS = {"sv": "", "en": "en/"}


def context(lang: str) -> Context:
    return Context(CATALOG, build_index(CATALOG), lang)


def pagefind(page: BeautifulSoup, kind: str) -> list[tuple[str, str]]:
    pairs = []
    for element in page.select(f"[data-pagefind-{kind}]"):
        key, _, value = attr(element, f"data-pagefind-{kind}").partition(":")
        pairs.append((key, value))
    return pairs


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_only_the_article_is_indexed(built_site: Path, lang: str) -> None:
    page = soup(built_site, ROOTS[lang] + "projects/sin/")
    body = page.select("[data-pagefind-body]")
    assert len(body) == 1 and body[0].find_parent("article") is not None
    for outside in ("header", "nav.md-nav", "footer"):
        assert one(page, outside).find_parent(attrs={"data-pagefind-body": True}) is None


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_project_pages_carry_their_facets_in_the_page_language(
        built_site: Path, lang: str) -> None:
    ctx = context(lang)
    for project_id, project in CATALOG.projects.items():
        page = soup(built_site, f"{ROOTS[lang]}projects/{project_id}/")
        filters = pagefind(page, "filter")
        assert ("kind", "project") in filters
        expected = [(value.facet, value.label) for value in facet_values(CATALOG, lang, project)]
        expected += own_values(CATALOG, lang, project)
        assert sorted(f for f in filters if f[0] != "kind") == sorted(expected)
        assert dict(pagefind(page, "sort")) == sort_values(lang, project)
        meta = dict(pagefind(page, "meta"))
        assert meta["title"] == ctx.plain(project.name)
        assert one(page, ".vta-search-data").has_attr("hidden")


def test_facet_labels_follow_the_language(built_site: Path) -> None:
    swedish = dict(pagefind(soup(built_site, "projects/goinge-forward/"), "filter"))
    english = dict(pagefind(soup(built_site, "en/projects/goinge-forward/"), "filter"))
    assert swedish["county"] == "Skåne län" and english["county"] == "Skåne County"
    assert swedish["status"] == "Avslutat" and english["status"] == "Finished"
    assert swedish["start_year"] == english["start_year"] == "2016"


def test_a_project_without_a_figure_has_no_sort_key_for_it(built_site: Path) -> None:
    sorts = dict(pagefind(soup(built_site, "projects/sin/"), "sort"))
    assert sorts["participants"] == "58"
    assert "start_year" not in sorts, "SIN's source gives no start date"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_explorer_is_in_the_menu_and_not_in_the_index(built_site: Path, lang: str) -> None:
    home = soup(built_site, ROOTS[lang])
    assert any(attr(a, "href").rstrip("/").endswith("explore")
               for a in home.select("nav.md-nav a"))
    page = soup(built_site, ROOTS[lang] + "explore/")
    assert page.select("[data-pagefind-body]") == []


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_without_javascript_the_explorer_lists_every_project(built_site: Path, lang: str) -> None:
    page = soup(built_site, ROOTS[lang] + "explore/")
    assert one(page, ".vta-explore__form").has_attr("hidden")
    assert one(page, ".vta-explore__results").has_attr("hidden")
    static = one(page, ".vta-explore__static")
    assert not static.has_attr("hidden")
    linked = {attr(a, "href") for a in static.select("a")}
    assert linked == {f"../projects/{project_id}/" for project_id in CATALOG.projects}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_explorer_facet_counts_come_from_the_catalogue(built_site: Path, lang: str) -> None:
    expected: Counter[tuple[str, str]] = Counter()
    for project in CATALOG.projects.values():
        expected.update((value.facet, value.label)
                        for value in facet_values(CATALOG, lang, project))
    page = soup(built_site, ROOTS[lang] + "explore/")
    assert explorer_facet_counts(page) == expected


@pytest.mark.parametrize(("lang", "text"), [("sv", "Utforska projekt"), ("en", "Explore projects")])
def test_header_search_degrades_to_a_link(built_site: Path, lang: str, text: str) -> None:
    page = soup(built_site, ROOTS[lang] + "projects/sin/")
    box = one(page, "header [data-vta-search]")
    fallback = one(box, ".vta-search__fallback")
    assert fallback.get_text(strip=True) == text
    assert attr(fallback, "href") == "../../explore/"
    assert one(box, "form").has_attr("hidden")
    field = one(box, "input[type=search]")
    assert one(box, f"label[for={attr(field, 'id')}]").get_text(strip=True)
    assert one(box, "[role=status]").get("aria-live") == "polite"
    bundle = attr(box, "data-pagefind")
    assert bundle == ("../../pagefind/pagefind.js" if lang == "sv"
                      else "../../../pagefind/pagefind.js")
    assert json.loads(attr(box, "data-strings"))["search.status.one"]


def test_one_bundle_with_a_swedish_and_an_english_index(built_site: Path) -> None:
    bundle = built_site / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert sorted(entry["languages"]) == ["en", "sv"]
    assert entry["languages"]["sv"]["wasm"] == "sv", "Swedish stemming"
    pages = len(CATALOG.projects) + len(CATALOG.methods)
    assert all(language["page_count"] > pages for language in entry["languages"].values())
    assert (bundle / "pagefind.js").is_file()
    assert not (bundle / "pagefind-ui.js").exists(), "the ready-made interface is not published"


def test_untranslated_facet_labels_are_marked_swedish() -> None:
    catalog = copy.deepcopy(CATALOG)
    skane = catalog.vocabularies["counties"]["12"]
    catalog.vocabularies["counties"]["12"] = skane.model_copy(
        update={"label": Text(sv=skane.label.sv)})
    ctx = Context(catalog, build_index(catalog), "en")
    values = facet_values(catalog, "en", catalog.projects["goinge-forward"])
    county = next(value for value in values if value.facet == "county")
    assert (county.label, county.language) == ("Skåne län", "sv")
    page = BeautifulSoup(explore_page(ctx).markdown, "html.parser")
    box = one(page, 'input[name=county][value="Skåne län"]')
    label = box.find_parent("label")
    assert label is not None and one(label, 'span[lang="sv"]').get_text() == "Skåne län"
