"""Results that do not depend on the language, computed once and shared by both trees.

Both language trees used to redo the comparison analysis and the related-project
ranking; at 5,000 projects that doubled the heaviest work of the build. Each value
is computed on first use, so a test that renders one page pays only for what that
page needs. (The files that are the same bytes in both trees, the open data among
them, are made once by site/generate.py.)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import cached_property
from typing import Any, TypeVar, cast

from generator.analysis.aggregate import MethodSummary, method_summaries
from generator.analysis.comparison import (
    SMALL_NUMBERS_THRESHOLD,
    ProjectComparison,
    compare_projects,
)
from generator.analysis.hierarchy import TermTree, TermUse, term_usage
from generator.analysis.related import RelatedProjects
from generator.catalog import Catalog
from generator.schema import Project
from generator.site.format.text import collation_key, plain
from generator.site.lookups.facets import FacetValue, facet_values
from generator.site.lookups.index import RELATED_LIMIT, Index

T = TypeVar("T")


class Derived:
    def __init__(self, catalog: Catalog, index: Index) -> None:
        self.catalog = catalog
        self.index = index
        self._rows_by_name: dict[str, list[ProjectComparison]] = {}
        self._facet_values: dict[tuple[str, str], tuple[Project, list[FacetValue]]] = {}
        self._fragments: dict[tuple[str, ...], tuple[object, Any]] = {}
        self._earlier: Derived | None = None

    def keep_from(self, earlier: Derived) -> None:
        """Take over what `earlier` worked out per project that depends on nothing but the
        project, the methods, the vocabularies and the strings; only when none of those
        but the projects changed since (site/incremental.py checks). Each value is used
        again only for an equal project."""
        self._facet_values = dict(earlier._facet_values)
        self._fragments = dict(earlier._fragments)
        # Only until this one's related projects are made: no chain of old catalogues.
        self._earlier = earlier
        earlier._earlier = None

    def fragment(self, key: tuple[str, ...], source: object, make: Callable[[], T]) -> T:
        """What `make` gives, made again only when `source` is no longer equal to the one
        it was made from: for a part of a page (or of an open-data file) that shows
        nothing of the projects but `source` (a project, its comparison row, a method's
        summary, a map's counts) and reads nothing else but the language, the page's
        address and the shared inputs (`keep_from`); `key` names the part, its page and
        language and what it shows."""
        kept = self._fragments.get(key)
        if kept is None or (kept[0] is not source and kept[0] != source):
            kept = self._fragments[key] = (source, make())
        return cast(T, kept[1])

    def facet_values(self, lang: str, project: Project) -> list[FacetValue]:
        """`lookups.facets.facet_values`, worked out once per project and language: the
        explorer of each tree, the facet labels and every project page ask for them."""
        kept = self._facet_values.get((lang, project.id))
        if kept is None or (kept[0] is not project and kept[0] != project):
            kept = self._facet_values[(lang, project.id)] = (
                project, facet_values(self.catalog, lang, project))
        return kept[1]

    @cached_property
    def rows(self) -> list[ProjectComparison]:
        """Comparison rows in catalogue order; pages sort them for their language.

        Row contents depend only on which projects are compared, never on their order.
        """
        return compare_projects(self.catalog.projects.values(), SMALL_NUMBERS_THRESHOLD)

    def rows_by_name(self, lang: str) -> list[ProjectComparison]:
        """The rows in name order for `lang`: the comparison table's and the choices' order."""
        if lang not in self._rows_by_name:
            self._rows_by_name[lang] = sorted(self.rows, key=lambda row: (
                collation_key(plain(row.project.name, lang)), row.project.id))
        return self._rows_by_name[lang]

    @cached_property
    def named_municipalities(self) -> Counter[str]:
        """How many projects name each municipality (the county pages' maps)."""
        return Counter(code for project in self.catalog.projects.values()
                       for code in set(project.municipalities))

    @cached_property
    def target_group_tree(self) -> TermTree:
        return TermTree.of(self.catalog, "target-groups")

    @cached_property
    def target_groups(self) -> dict[str, TermUse]:
        """Each target group that reaches a project, own and through narrower groups: what
        its page lists and the explorer's facet counts."""
        return term_usage(self.catalog, "target-groups", lambda project: project.target_groups)

    @cached_property
    def summaries(self) -> list[MethodSummary]:
        return method_summaries(self.rows, self.index.by_method)

    @cached_property
    def related(self) -> RelatedProjects:
        related = RelatedProjects(self.catalog.projects, self.index.successors, RELATED_LIMIT)
        if self._earlier is not None and "related" in self._earlier.__dict__:
            related.keep_ranking_from(self._earlier.related)
        self._earlier = None
        return related

    @cached_property
    def rows_by_id(self) -> dict[str, ProjectComparison]:
        """Each project's comparison row: what its page, card and glance say."""
        return {row.project.id: row for row in self.rows}

    @cached_property
    def summaries_by_method(self) -> dict[str, MethodSummary]:
        return {summary.method_id: summary for summary in self.summaries}
