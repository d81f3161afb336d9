"""Broader and narrower target groups counted: the figures every page, facet and report uses.

On the hierarchy fixture (tests/fixtures/hierarchy/README.md): three levels, and one group
under two broader groups.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from generator.analysis.hierarchy import TermTree, TermUse, term_usage
from generator.catalog import Catalog
from generator.schema.common import Text
from generator.schema.vocabulary import Term
from generator.validation.run import validate

HIERARCHY = Path(__file__).resolve().parent / "fixtures" / "hierarchy"
KIND = "target-groups"


@cache
def hierarchy_catalog() -> Catalog:
    result = validate(HIERARCHY)
    assert result.ok, result.diagnostics
    return result.catalog


def usage(catalog: Catalog) -> dict[str, TermUse]:
    return term_usage(catalog, KIND, lambda project: project.target_groups)


def test_a_project_counts_for_every_broader_group_at_any_depth() -> None:
    found = usage(hierarchy_catalog())
    assert {term: (use.own, use.via) for term, use in found.items()} == {
        "foreign-born": (("alfa", "eta"), ("beta", "delta", "epsilon", "gamma")),
        "far-from-labour-market": ((), ("delta", "epsilon")),
        "newly-arrived-migrants": (("beta", "eta"), ("gamma",)),
        "newly-arrived-women": (("gamma",), ()),
        "foreign-born-far-from-labour-market": (("delta", "epsilon"), ()),
        "young-people": (("epsilon", "zeta"), ()),
    }
    assert found["foreign-born"].total == 6


def test_a_group_no_project_reaches_is_left_out() -> None:
    assert "long-term-unemployed" not in usage(hierarchy_catalog())


def test_the_catalogue_walks_up_every_path_of_broader_terms_once() -> None:
    catalog = hierarchy_catalog()
    assert catalog.broader(KIND, ["newly-arrived-women"]) == [
        "foreign-born", "newly-arrived-migrants"]
    assert catalog.broader(KIND, ["foreign-born-far-from-labour-market"]) == [
        "far-from-labour-market", "foreign-born"]
    # A project's own broader group is its own, not one it reaches.
    assert catalog.broader(KIND, ["foreign-born", "newly-arrived-migrants"]) == []
    assert catalog.broader(KIND, ["no-such-group"]) == []


def test_the_tree_links_both_ways_and_agrees_with_the_catalogue() -> None:
    catalog = hierarchy_catalog()
    tree = TermTree.of(catalog, KIND)
    assert tree.broader("foreign-born-far-from-labour-market") == [
        "foreign-born", "far-from-labour-market"]
    assert tree.narrower("foreign-born") == [
        "foreign-born-far-from-labour-market", "newly-arrived-migrants"]
    for term in catalog.vocabularies[KIND]:
        assert all(term in tree.broader(child) for child in tree.narrower(term)), term
        assert all(term in tree.narrower(parent) for parent in tree.broader(term)), term


def test_each_group_reaches_the_projects_of_itself_and_everything_below() -> None:
    catalog = hierarchy_catalog()
    found = usage(catalog)
    for term, use in found.items():
        wanted = {term, *catalog.narrower(KIND, term)}
        reached = {project_id for project_id, project in catalog.projects.items()
                   if wanted & set(project.target_groups)}
        assert {*use.own, *use.via} == reached, term
        assert not set(use.own) & set(use.via), term


def catalogue_of(terms: list[Term], tags: dict[str, list[str]]) -> Catalog:
    """A catalogue of bare terms; projects are stand-ins with only their target groups."""
    catalog = Catalog(vocabularies={KIND: {term.id: term for term in terms}})
    catalog.projects = {project_id: _Tagged(groups)  # type: ignore[misc]
                        for project_id, groups in tags.items()}
    return catalog


class _Tagged:
    def __init__(self, groups: list[str]) -> None:
        self.target_groups = groups


def term(term_id: str, *broader: str) -> Term:
    return Term(id=term_id, label=Text(sv=term_id), broader=list(broader))


def test_a_cycle_the_validator_would_refuse_still_ends() -> None:
    # The report reads catalogues that did not pass validation.
    catalog = catalogue_of([term("a", "b"), term("b", "a"), term("c", "a")], {"p": ["c"]})
    assert catalog.broader(KIND, ["c"]) == ["a", "b"]
    assert TermTree.of(catalog, KIND).narrower("a") == ["b", "c"]
    assert usage(catalog)["b"] == TermUse((), ("p",))


def test_a_long_chain_and_a_wide_lattice_stay_cheap() -> None:
    chain = [term("t0"), *(term(f"t{n}", f"t{n - 1}") for n in range(1, 1000))]
    # Each level's two terms both under both terms of the level above: 2^40 paths up.
    lattice = [term("l0a"), term("l0b")] + [
        term(f"l{n}{side}", f"l{n - 1}a", f"l{n - 1}b") for n in range(1, 40) for side in "ab"]
    catalog = catalogue_of(chain + lattice, {"deep": ["t999"], "wide": ["l39a"]})
    assert len(catalog.broader(KIND, ["t999"])) == 999
    assert len(catalog.broader(KIND, ["l39a"])) == 78
    assert usage(catalog)["t0"] == TermUse((), ("deep",))
