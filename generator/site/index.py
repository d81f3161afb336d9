"""Look-ups across the catalogue, computed once per build instead of once per page."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from generator.catalog import Catalog
from generator.schema import Project

RELATED_LIMIT = 5
LATEST_LIMIT = 5


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


def related_projects(project: Project, catalog: Catalog, index: Index) -> list[str]:
    """Projects sharing methods (weighted higher) or target groups; most shared first.

    Only projects reachable through this project's own methods and groups are
    scored, and the list is capped, so a page does not grow with the catalogue.
    """
    scores: dict[str, int] = defaultdict(int)
    for method_id in project.methods:
        for other in index.by_method.get(method_id, []):
            scores[other] += 2
    for group in project.target_groups:
        for other in index.by_target_group.get(group, []):
            scores[other] += 1
    excluded = {project.id, project.predecessor, *index.successors.get(project.id, [])}
    ranked = sorted((-score, other) for other, score in scores.items() if other not in excluded)
    return [other for _, other in ranked[:RELATED_LIMIT]]


def related_methods(method_id: str, catalog: Catalog, index: Index) -> list[str]:
    """A method's own related methods, then methods that name it, without duplicates."""
    named = [m for m in catalog.methods[method_id].related_methods if m in catalog.methods]
    return list(dict.fromkeys([*named, *sorted(index.methods_using.get(method_id, []))]))


def latest_projects(catalog: Catalog) -> list[str]:
    ranked = sorted(catalog.projects.values(), key=lambda p: (p.added, p.id), reverse=True)
    return [project.id for project in ranked[:LATEST_LIMIT]]
