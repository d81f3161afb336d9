"""Generation at catalogue scale: the shortcuts give the same pages, detail pages stay small.

Markdown only (no MkDocs), so this runs in seconds; tests/test_site_size.py checks the HTML.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from conftest import catalogue_with_seeds, fixture_catalog

from generator.analysis.related import SPARE, RelatedProjects
from generator.catalog import Catalog
from generator.schema import Project
from generator.site.generate import generate, generate_all
from generator.site.lookups.index import PROJECTS_SHOWN, RELATED_LIMIT, Index, build_index
from generator.validation.run import validate

SYNTHETIC_PROJECTS = 300
METHOD_PAGE_LIMIT = 20_000
"""Bytes of a method page's Markdown with a full table of PROJECTS_SHOWN projects and more:
its projects at a glance, and per row the figures, the evidence level and the cost (#13)."""


@pytest.fixture(scope="module")
def large_catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    folder = tmp_path_factory.mktemp("large-catalogue")
    content = catalogue_with_seeds(SYNTHETIC_PROJECTS, folder)
    result = validate(content)
    assert result.ok
    return result.catalog


def related_projects(project: Project, index: Index) -> list[str]:
    """The reference ranking: every project reachable through a shared method (2 points each)
    or target group (1 point each) scored against this one, most shared first."""
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


def test_related_projects_match_the_pairwise_ranking(large_catalog: Catalog) -> None:
    index = build_index(large_catalog)
    fast = RelatedProjects(large_catalog.projects, index.successors, RELATED_LIMIT)
    for project in large_catalog.projects.values():
        assert fast.of(project) == related_projects(project, index), project.id


def test_related_projects_with_more_exclusions_than_spare_ones(large_catalog: Catalog) -> None:
    # One project with many successors: more left out than the ranked lists keep in reserve.
    projects = dict(large_catalog.projects)
    first, *others = sorted(projects)
    for successor in others[:SPARE + 3]:
        projects[successor] = projects[successor].model_copy(update={"predecessor": first})
    catalog = Catalog(projects, large_catalog.methods, large_catalog.vocabularies)
    index = build_index(catalog)
    fast = RelatedProjects(catalog.projects, index.successors, RELATED_LIMIT)
    for project_id in [first, *others[:SPARE + 5]]:
        project = catalog.projects[project_id]
        assert fast.of(project) == related_projects(project, index), project_id


def test_both_languages_from_one_analysis_equal_each_language_alone(
        large_catalog: Catalog) -> None:
    together = generate_all(large_catalog)
    for lang, pages in together.items():
        alone = generate(large_catalog, lang)
        assert [(p.path, p.markdown) for p in pages] == [(p.path, p.markdown) for p in alone]


def test_method_pages_show_a_capped_table_and_link_to_every_project(
        large_catalog: Catalog) -> None:
    index = build_index(large_catalog)
    for lang, pages in generate_all(large_catalog).items():
        by_path = {page.path: page.markdown for page in pages}
        for method_id, using in index.by_method.items():
            markdown = by_path[f"methods/{method_id}/index.md"]
            assert len(markdown.encode()) < METHOD_PAGE_LIMIT, (lang, method_id)
            rows = markdown.count('<tr><th scope="row">')
            assert rows == min(len(using), PROJECTS_SHOWN), (lang, method_id)
            if len(using) > PROJECTS_SHOWN:
                assert "explore/?method=" in markdown
                assert str(len(using)) in markdown


def test_project_pages_do_not_grow_with_the_catalogue(large_catalog: Catalog) -> None:
    small = {page.path: page for page in generate(fixture_catalog(), "en")}
    large = {page.path: page for page in generate(large_catalog, "en")}
    for path, page in small.items():
        if path.startswith("projects/") and path != "projects/index.md":
            growth = len(large[path].markdown.encode()) - len(page.markdown.encode())
            assert growth < 1500, (path, growth)


def test_synthetic_catalogue_is_large_enough_to_cap(large_catalog: Catalog) -> None:
    index = build_index(large_catalog)
    assert max(len(ids) for ids in index.by_method.values()) > PROJECTS_SHOWN
