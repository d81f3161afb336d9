"""Knowledge about terms beyond one file: narrower terms, municipalities as organisations,
and the id a mistyped reference most likely meant."""

from __future__ import annotations

from itertools import pairwise

import pytest
from conftest import fixture_catalog

from generator.ids import suggest_id
from generator.schema.common import Text
from generator.schema.vocabulary import MunicipalityTerm
from generator.terms.hierarchy import cycles, narrower, narrower_map, with_narrower
from generator.terms.municipal import (
    OFFICIAL_NAMES,
    municipal_organisation,
    municipal_organisations,
    official_name,
)
from generator.terms.suggest import nearest

TREE = {"foreign-born": [], "far": [], "foreign-born-far": ["foreign-born", "far"],
        "refugees": ["foreign-born"], "refugees-far": ["refugees", "far"], "young": []}


def test_narrower_terms_are_found_at_any_depth() -> None:
    assert narrower("foreign-born", TREE) == ["foreign-born-far", "refugees", "refugees-far"]
    assert narrower("far", TREE) == ["foreign-born-far", "refugees-far"]
    assert narrower("young", TREE) == [] and narrower("unknown", TREE) == []
    assert with_narrower("refugees", TREE) == ["refugees", "refugees-far"]
    assert narrower_map(TREE)["foreign-born"] == ["foreign-born-far", "refugees"]


def test_a_cycle_does_not_make_narrower_loop() -> None:
    assert narrower("a", {"a": ["b"], "b": ["a"]}) == ["b"]


@pytest.mark.parametrize(("broader", "expected"), [
    (TREE, []),
    ({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}, [["a", "b", "c", "a"]]),
    ({"a": ["a"]}, [["a", "a"]]),
    ({"a": ["b"], "b": ["a"], "c": ["d"], "d": ["c"]}, [["a", "b", "a"], ["c", "d", "c"]]),
    ({"a": ["b", "c"], "b": ["a"], "c": ["a"]}, [["a", "b", "a"]]),
    ({"a": ["missing"]}, []),
])
def test_each_knot_of_broader_terms_is_reported_once(
        broader: dict[str, list[str]], expected: list[list[str]]) -> None:
    assert cycles(broader) == expected


def test_a_long_chain_closing_on_itself_is_one_cycle() -> None:
    terms = [f"t{n}" for n in range(3000)]
    broader = {term: terms[index + 1: index + 20] for index, term in enumerate(terms)}
    broader[terms[-1]] = [terms[0]]
    [cycle] = cycles(broader)
    assert cycle[0] == cycle[-1] == "t0"
    assert all(later in broader[earlier] for earlier, later in pairwise(cycle))


def test_the_catalogue_looks_up_narrower_target_groups() -> None:
    catalog = fixture_catalog()
    assert catalog.narrower("target-groups", "foreign-born") == [
        "foreign-born-far-from-labour-market", "newly-arrived-migrants",
        "refugees-permanent-residence"]
    assert catalog.narrower("target-groups", "far-from-labour-market") == [
        "foreign-born-far-from-labour-market"]
    assert catalog.narrower("counties", "12") == []


@pytest.mark.parametrize(("code", "short", "official"), [
    ("0885", "Borgholm", "Borgholms kommun"), ("2482", "Skellefteå", "Skellefteå kommun"),
    ("1438", "Dals-Ed", "Dals-Eds kommun"), ("0883", "Västervik", "Västerviks kommun"),
    ("0834", "Torsås", "Torsås kommun"), ("2514", "Kalix", "Kalix kommun"),
    ("0114", "Upplands Väsby", "Upplands Väsby kommun"), ("1480", "Göteborg", "Göteborgs Stad"),
    ("0180", "Stockholm", "Stockholms stad"), ("0980", "Gotland", "Region Gotland"),
    ("2080", "Falun", "Falu kommun")])
def test_official_names_follow_the_rule_and_its_exceptions(code: str, short: str,
                                                           official: str) -> None:
    assert official_name(code, short) == official


def test_every_municipality_is_an_organisation_with_its_own_id() -> None:
    municipalities = fixture_catalog().vocabularies["municipalities"]
    organisations = municipal_organisations(municipalities.values())
    assert len(organisations) == len(municipalities)
    assert set(OFFICIAL_NAMES) <= set(municipalities), "exceptions name real codes"
    assert {"skelleftea-kommun", "borgholms-kommun", "dals-eds-kommun", "vasterviks-kommun",
            "goteborgs-stad", "region-gotland", "habo-kommun-jonkopings-lan",
            "habo-kommun-uppsala-lan"} <= set(organisations)
    assert "habo-kommun" not in organisations, "Habo and Håbo would share it"


def test_a_derived_organisation_reads_like_a_hand_written_one() -> None:
    term = MunicipalityTerm(id="0885", label=Text(sv="Borgholm", en="Borgholm"), county="08")
    organisation = municipal_organisation(term)
    assert (organisation.id, organisation.type) == ("borgholms-kommun", "municipality")
    assert organisation.label == Text(sv="Borgholms kommun",
                                      en="Borgholms kommun (Borgholm Municipality)")


GROUPS = {"foreign-born": ("Utrikes födda", "Foreign-born people"),
          "refugees-permanent-residence": ("Flyktingar och invandrare med permanent "
                                           "uppehållstillstånd", "Refugees and immigrants"),
          "long-term-unemployed": ("Långtidsarbetslösa", "Long-term unemployed people"),
          "young-people": ("Unga", "Young people"),
          "people-with-disabilities": ("Personer med funktionsnedsättning",
                                       "People with disabilities")}


@pytest.mark.parametrize(("typed", "meant"), [
    ("flyktingar", ["refugees-permanent-residence"]),
    ("Långtidsarbetslösa", ["long-term-unemployed"]), ("langtidsarbetslosa",
                                                        ["long-term-unemployed"]),
    ("longterm-unemployed", ["long-term-unemployed"]), ("Foreign-Born", ["foreign-born"]),
    ("utrikes-fodda", ["foreign-born"]), ("unga", ["young-people"]),
    ("people", []), ("pensionarer", []), ("", [])])
def test_the_id_meant_is_found_by_id_or_label_in_either_language(
        typed: str, meant: list[str]) -> None:
    assert nearest(typed, GROUPS) == meant


def test_words_every_term_shares_suggest_nothing() -> None:
    municipalities = {suggest_id(f"{name} kommun"): (f"{name} kommun", None)
                      for name in ("Ale", "Eda", "Åre", "Hjo", "Mora", "Nora", "Orsa", "Osby",
                                   "Sala", "Vara", "Täby", "Heby")}
    assert nearest("kommun", municipalities) == []
    assert nearest("are", municipalities) == ["are-kommun"]
