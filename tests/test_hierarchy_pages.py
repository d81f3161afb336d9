"""Target groups as a hierarchy on the generated pages, checked with selectors.

The hierarchy fixture (tests/fixtures/hierarchy/README.md) goes through pure page
generation: the index nests narrower groups, each group's page lists its own projects and
those of its narrower groups, and the explorer's facet and the Pagefind filters of the
project pages count the same projects as the pages do.
"""

from __future__ import annotations

import copy
import re
from functools import cache
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import attr, one
from test_hierarchy_usage import hierarchy_catalog

from generator.catalog import Catalog
from generator.i18n import t
from generator.schema.common import Text
from generator.schema.vocabulary import Term
from generator.site.context import Context
from generator.site.generate import generate_all
from generator.site.lookups.index import build_index
from generator.site.markup.html import DASH
from generator.site.pages.listings import target_group_pages

CATALOG = hierarchy_catalog()
FILTER = re.compile(r'data-pagefind-filter="([a-z_]+):([^"]*)"')


@cache
def pages(lang: str) -> dict[str, str]:
    return {page.path: page.markdown for page in generate_all(CATALOG)[lang]}


def html(lang: str, path: str) -> BeautifulSoup:
    return BeautifulSoup(pages(lang)[path], "html.parser")


def entry(item: Tag) -> tuple[str, str]:
    """A tree item's own link target and its own text (without the nested list)."""
    link = one(item, ":scope > a")
    text = "".join(part.get_text() if isinstance(part, Tag) else str(part)
                   for part in item.children if not (isinstance(part, Tag) and part.name == "ul"))
    return attr(link, "href").split("/")[-2], " ".join(text.split())


def tree(items: list[Tag]) -> list[tuple[str, object]]:
    """The nested list as (term id, children) pairs."""
    return [(entry(item)[0], tree(item.select(":scope > ul > li"))) for item in items]


def test_the_index_nests_narrower_groups_under_each_broader_group() -> None:
    page = html("sv", "target-groups/index.md")
    roots = page.select("ul.vta-term-tree > li")
    assert tree(roots) == [
        ("far-from-labour-market", [("foreign-born-far-from-labour-market", [])]),
        ("young-people", []),
        ("foreign-born", [("newly-arrived-migrants", [("newly-arrived-women", [])]),
                          ("foreign-born-far-from-labour-market", [])]),
    ]
    texts = dict(entry(item) for item in page.select("ul.vta-term-tree li"))
    assert texts["foreign-born"] == (
        f"Utrikes födda {DASH} 6 projekt, varav 4 via smalare målgrupper")
    assert texts["far-from-labour-market"] == (
        f"Personer som står långt från arbetsmarknaden {DASH} 2 projekt, "
        "varav 2 via smalare målgrupper")
    assert texts["newly-arrived-women"] == f"Nyanlända kvinnor {DASH} 1 projekt"
    assert "long-term-unemployed" not in texts


def test_the_english_index_counts_the_same_and_marks_swedish_labels() -> None:
    page = html("en", "target-groups/index.md")
    texts = dict(entry(item) for item in page.select("ul.vta-term-tree li"))
    assert texts["foreign-born"] == (
        f"Foreign-born people {DASH} 6 projects, 4 of them through narrower target groups")
    assert texts["newly-arrived-migrants"] == (
        f"Newly arrived migrants {DASH} 3 projects, 1 of them through narrower target groups")
    link = one(page, 'a[href$="/newly-arrived-women/"]')
    assert one(link, "span[lang=sv]").get_text() == "Nyanlända kvinnor"


def definition(term: Tag) -> Tag:
    found = term.find_next_sibling("dd")
    assert isinstance(found, Tag)
    return found


def table_projects(page: BeautifulSoup, caption_start: str) -> list[str]:
    tables = [table for table in page.select("table")
              if one(table, "caption").get_text().startswith(caption_start)]
    assert len(tables) <= 1
    return [attr(a, "href").split("/")[-2] for a in tables[0].select("tbody th a")] \
        if tables else []


@pytest.mark.parametrize(("term", "own", "via", "broader", "narrower"), [
    ("foreign-born", ["alfa", "eta"], ["beta", "delta", "epsilon", "gamma"], [],
     ["newly-arrived-migrants", "foreign-born-far-from-labour-market"]),
    ("far-from-labour-market", [], ["delta", "epsilon"], [],
     ["foreign-born-far-from-labour-market"]),
    ("newly-arrived-migrants", ["beta", "eta"], ["gamma"], ["foreign-born"],
     ["newly-arrived-women"]),
    ("newly-arrived-women", ["gamma"], [], ["newly-arrived-migrants"], []),
    ("foreign-born-far-from-labour-market", ["delta", "epsilon"], [],
     ["far-from-labour-market", "foreign-born"], []),
])
def test_a_group_page_lists_its_own_projects_and_those_of_narrower_groups(
        term: str, own: list[str], via: list[str], broader: list[str],
        narrower: list[str]) -> None:
    page = html("sv", f"target-groups/{term}/index.md")
    assert table_projects(page, "Projekt för målgruppen") == own
    assert table_projects(page, "Projekt för smalare målgrupper inom") == via
    rows = {dt.get_text(): [attr(a, "href").split("/")[-2] for a in definition(dt).select("a")]
            for dt in page.select("dl.vta-facts dt")}
    assert rows.get("Ingår i", []) == broader
    assert rows.get("Smalare målgrupper", []) == narrower
    assert one(page, ".vta-term-count").get_text().startswith(f"{len(own) + len(via)} projekt")
    assert ("{ #via-narrower }" in pages("sv")[f"target-groups/{term}/index.md"]) == bool(via)


def test_a_group_without_projects_of_any_kind_has_no_page() -> None:
    assert "target-groups/long-term-unemployed/index.md" not in pages("sv")


def filters(lang: str, project_id: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for name, value in FILTER.findall(pages(lang)[f"projects/{project_id}/index.md"]):
        found.setdefault(name, set()).add(value)
    return found


def test_a_project_page_carries_every_broader_group_for_pagefind() -> None:
    found = filters("sv", "gamma")
    assert found["target_group"] == {"Nyanlända kvinnor", "Nyanlända", "Utrikes födda"}
    assert found["target_group_own"] == {"Nyanlända kvinnor"}
    facts = html("sv", "projects/gamma/index.md")
    broader = definition(one(facts, "dl.vta-facts dt:-soup-contains('Vidare målgrupper')"))
    assert [a.get_text() for a in broader.select("a")] == ["Nyanlända", "Utrikes födda"]


def facet_counts(lang: str) -> dict[str, str]:
    page = html(lang, "explore/index.md")
    group = one(page, "details[data-facet=target_group]")
    assert attr(group, "data-own-filter") == "target_group_own"
    counts = {}
    for box in group.select("input[type=checkbox]"):
        label = box.find_parent("label")
        assert label is not None
        counts[attr(box, "value")] = one(label, ".vta-facet__count").get_text()
    return counts


def test_the_facet_counts_narrower_groups_as_the_pages_do() -> None:
    assert facet_counts("sv") == {
        "Utrikes födda": "(6, varav 4 via smalare)",
        "Personer som står långt från arbetsmarknaden": "(2, varav 2 via smalare)",
        "Nyanlända": "(3, varav 1 via smalare)",
        "Nyanlända kvinnor": "(1)",
        "Utrikes födda som står långt från arbetsmarknaden": "(2)",
        "Unga": "(2)",
    }
    assert facet_counts("en")["Foreign-born people"] == "(6, 4 through narrower)"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_group_page_agrees_with_the_facet_and_the_project_filters(lang: str) -> None:
    counts = facet_counts(lang)
    for term in CATALOG.vocabularies["target-groups"]:
        path = f"target-groups/{term}/index.md"
        if path not in pages(lang):
            continue
        page = html(lang, path)
        listed = {attr(a, "href").split("/")[-2] for a in page.select("table tbody th a")}
        explore = [attr(a, "href") for a in page.select("a") if "explore/?" in attr(a, "href")]
        (label,) = parse_qs(urlsplit(explore[0]).query)["target_group"]
        tagged = {project for project in CATALOG.projects
                  if label in filters(lang, project).get("target_group", set())}
        own = {project for project in CATALOG.projects
               if label in filters(lang, project).get("target_group_own", set())}
        assert listed == tagged, term
        via = len(tagged - own)
        assert counts[label] == (t(lang, "hierarchy.facet.count_via", count=len(tagged), via=via)
                                 if via else f"({len(tagged)})"), term


def with_groups(terms: list[Term], tagged: list[str]) -> Catalog:
    """The hierarchy fixture with another target-group list, every project tagged `tagged`."""
    catalog = copy.copy(CATALOG)
    catalog.vocabularies = {**CATALOG.vocabularies, "target-groups": {t.id: t for t in terms}}
    catalog.projects = {project_id: project.model_copy(update={"target_groups": tagged})
                        for project_id, project in CATALOG.projects.items()}
    return catalog


def index_of(catalog: Catalog) -> BeautifulSoup:
    ctx = Context(catalog, build_index(catalog), "sv")
    (index, *groups) = target_group_pages(ctx)
    assert len(groups) == len(catalog.vocabularies["target-groups"])
    return BeautifulSoup(index.markdown, "html.parser")


def test_a_chain_of_a_thousand_groups_nests_without_recursion() -> None:
    chain = [Term(id="g0", label=Text(sv="g0"))] + [
        Term(id=f"g{n}", label=Text(sv=f"g{n}"), broader=[f"g{n - 1}"]) for n in range(1, 1000)]
    page = index_of(with_groups(chain, ["g999"]))
    assert len(page.select("ul.vta-term-tree li")) == 1000
    deepest = one(page, "ul.vta-term-tree a[href$='/g999/']")
    assert len(deepest.find_parents("li")) == 1000


def test_a_lattice_of_groups_lists_each_group_at_most_once_per_broader_group() -> None:
    # Two groups per level, each under both groups of the level above: 2^30 paths down.
    lattice = [Term(id=f"l0{side}", label=Text(sv=f"l0{side}")) for side in "ab"] + [
        Term(id=f"l{n}{side}", label=Text(sv=f"l{n}{side}"), broader=[f"l{n - 1}a", f"l{n - 1}b"])
        for n in range(1, 30) for side in "ab"]
    page = index_of(with_groups(lattice, ["l29a", "l29b"]))
    items = page.select("ul.vta-term-tree li")
    assert len(items) <= 2 * 2 * 30
    above = [item for item in items if "smalare målgrupper står ovan" in item.get_text()]
    assert above, "a group met a second time points to its first place"
