"""Look-ups across the catalogue, computed once per build instead of once per page."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from generator.catalog import Catalog

RELATED_LIMIT = 5
LATEST_LIMIT = 5
PROJECTS_SHOWN = 20
"""Cap on every per-group project list: a method's projects on its page and in the method
comparison, an organisation's, a success factor's. The explorer lists them all."""


@dataclass
class Index:
    successors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_method: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_target_group: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_county: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_organisation: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    methods_using: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    """Methods whose `related_methods` name a method: links work both ways."""


def build_index(catalog: Catalog) -> Index:
    index = Index()
    for project_id, project in catalog.projects.items():
        if project.predecessor:
            index.successors[project.predecessor].append(project_id)
        for method_id in project.methods:
            index.by_method[method_id].append(project_id)
        for group in project.target_groups:
            index.by_target_group[group].append(project_id)
        for county in project.counties:
            index.by_county[county].append(project_id)
        for organisation in dict.fromkeys(
                [project.owner, *(partner.organisation for partner in project.partners)]):
            index.by_organisation[organisation].append(project_id)
    for method_id, method in catalog.methods.items():
        for other in method.related_methods:
            index.methods_using[other].append(method_id)
    return index


def related_methods(method_id: str, catalog: Catalog, index: Index) -> list[str]:
    """A method's own related methods, then methods that name it, without duplicates."""
    named = [m for m in catalog.methods[method_id].related_methods if m in catalog.methods]
    return list(dict.fromkeys([*named, *sorted(index.methods_using.get(method_id, []))]))


def latest_projects(catalog: Catalog) -> list[str]:
    ranked = sorted(catalog.projects.values(), key=lambda p: (p.added, p.id), reverse=True)
    return [project.id for project in ranked[:LATEST_LIMIT]]


def shown_projects(catalog: Catalog, project_ids: list[str]) -> list[str]:
    """The newest `PROJECTS_SHOWN` of a group's projects, in the order given."""
    if len(project_ids) <= PROJECTS_SHOWN:
        return project_ids
    projects = catalog.projects
    newest = set(sorted(project_ids, key=lambda p: (projects[p].added, p), reverse=True)
                 [:PROJECTS_SHOWN])
    return [p for p in project_ids if p in newest]
