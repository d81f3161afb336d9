"""What holds for any catalogue, checked on the real one in content/ whatever it holds today.

No count, order or figure of a particular record appears here (those are tested on the
fixture catalogue): every record is published and round-trips, every total is the sum of
its rows, every page that lists projects lists the ones the catalogue says. These tests run
again in tests/test_newcomer.py, on a copy with a newcomer's project added.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from conftest import attr, explorer_facet_counts, one, soup

from generator.catalog import Catalog
from generator.export.table import COLUMNS
from generator.schema import Method, Project
from generator.site.lookups.facets import facet_values

ROOTS = {"sv": "", "en": "en/"}


def data(site: Path, name: str) -> Any:
    return json.loads((site / "data" / name).read_text(encoding="utf-8"))


def test_projects_json_round_trips_every_record(catalogue_site: Path,
                                                catalogue_catalog: Catalog) -> None:
    entries = data(catalogue_site, "projects.json")["projects"]
    assert [entry["id"] for entry in entries] == sorted(catalogue_catalog.projects)
    for entry in entries:
        assert Project.model_validate_json(json.dumps(entry["record"])) \
            == catalogue_catalog.projects[entry["id"]]
        for page in entry["pages"].values():
            assert (catalogue_site / page / "index.html").is_file(), page


def test_methods_json_round_trips_every_record(catalogue_site: Path,
                                               catalogue_catalog: Catalog) -> None:
    entries = data(catalogue_site, "methods.json")["methods"]
    assert [entry["id"] for entry in entries] == sorted(catalogue_catalog.methods)
    for entry in entries:
        assert Method.model_validate_json(json.dumps(entry["record"])) \
            == catalogue_catalog.methods[entry["id"]]


def test_csv_has_one_row_per_project_with_the_documented_columns(
        catalogue_site: Path, catalogue_catalog: Catalog) -> None:
    text = (catalogue_site / "data" / "projects.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["id"] for row in rows] == sorted(catalogue_catalog.projects)
    assert all(list(row) == list(COLUMNS) for row in rows)


def headline_participants(entry: dict[str, Any]) -> int | None:
    """The participants count of a project's headline outcome, as projects.json gives it."""
    number = entry["computed"]["headline_outcome"]
    if not number:
        return None
    figure = entry["record"]["outcomes"][number - 1].get("participants") or {}
    count = figure.get("count")
    return count if isinstance(count, int) else None


def test_each_method_total_is_the_sum_of_its_projects(catalogue_site: Path,
                                                      catalogue_catalog: Catalog) -> None:
    projects = {entry["id"]: entry for entry in data(catalogue_site, "projects.json")["projects"]}
    for method in data(catalogue_site, "methods.json")["methods"]:
        users = sorted(project.id for project in catalogue_catalog.projects.values()
                       if method["id"] in project.methods)
        assert method["projects"] == users, method["id"]
        if not users:
            continue
        counts = [count for user in users
                  if (count := headline_participants(projects[user])) is not None]
        total = method["participants"]
        assert total["reported"] + total["missing"] == len(users), method["id"]
        assert (total["reported"], total["sum"]) == (len(counts), sum(counts)), method["id"]
        assert total["low"] <= total["sum"] <= (total["high"] or float("inf")), method["id"]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_explorer_lists_every_project_with_counts_from_the_catalogue(
        catalogue_site: Path, catalogue_catalog: Catalog, lang: str) -> None:
    page = soup(catalogue_site, ROOTS[lang] + "explore/")
    linked = {attr(a, "href") for a in one(page, ".vta-explore__static").select("a")}
    assert linked == {f"../projects/{project_id}/" for project_id in catalogue_catalog.projects}
    expected: Counter[tuple[str, str]] = Counter(
        (value.facet, value.label) for project in catalogue_catalog.projects.values()
        for value in facet_values(catalogue_catalog, lang, project))
    assert explorer_facet_counts(page) == expected


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_project_page_has_valid_json_ld(catalogue_site: Path,
                                              catalogue_catalog: Catalog, lang: str) -> None:
    for project_id in catalogue_catalog.projects:
        page = soup(catalogue_site, f"{ROOTS[lang]}projects/{project_id}/")
        (script,) = page.select('script[type="application/ld+json"]')
        found = json.loads(script.string or "")
        assert found["@type"] == "Project" and found["founder"]["@type"] == "Organization"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_target_group_in_use_has_a_page_listing_its_projects(
        catalogue_site: Path, catalogue_catalog: Catalog, lang: str) -> None:
    """Its own projects and those of every narrower group, at any depth."""
    users: dict[str, set[str]] = {}
    for project in catalogue_catalog.projects.values():
        for group in project.target_groups:
            users.setdefault(group, set()).add(f"../../projects/{project.id}/")
    groups = catalogue_catalog.vocabularies["target-groups"]
    reached = {group: set().union(*(users.get(term, set()) for term in
                                    [group, *catalogue_catalog.narrower("target-groups", group)]))
               for group in groups}
    for group, projects in reached.items():
        if not projects:
            assert not (catalogue_site / ROOTS[lang] / "target-groups" / group).exists(), group
            continue
        page = soup(catalogue_site, f"{ROOTS[lang]}target-groups/{group}/")
        linked = {attr(a, "href") for a in page.select("article table tbody th a")}
        assert linked == projects, group


def test_every_reference_to_an_organisation_has_a_label(catalogue_catalog: Catalog) -> None:
    """Municipalities included: they are organisations without an entry of their own."""
    organisations = catalogue_catalog.vocabularies["organisations"]
    for project in catalogue_catalog.projects.values():
        named = [project.owner, *(partner.organisation for partner in project.partners)]
        if project.contact:
            named.append(project.contact.organisation)
        assert all(organisations[organisation].label.sv for organisation in named), project.id
