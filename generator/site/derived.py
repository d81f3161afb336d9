"""Results that do not depend on the language, computed once and shared by both trees.

Both language trees used to redo the comparison analysis, the open-data files
and the related-project ranking; at 5,000 projects that doubled the heaviest
work of the build. Each value is computed on first use, so a test that renders
one page pays only for what that page needs.
"""

from __future__ import annotations

from functools import cached_property

from generator.analysis.aggregate import MethodSummary, method_summaries
from generator.analysis.comparison import (
    SMALL_NUMBERS_THRESHOLD,
    ProjectComparison,
    compare_projects,
)
from generator.analysis.related import RelatedProjects
from generator.catalog import Catalog
from generator.export.files import data_files
from generator.site.index import RELATED_LIMIT, Index
from generator.site.page import Page


class Derived:
    def __init__(self, catalog: Catalog, index: Index) -> None:
        self.catalog = catalog
        self.index = index

    @cached_property
    def rows(self) -> list[ProjectComparison]:
        """Comparison rows in catalogue order; pages sort them for their language.

        Row contents depend only on which projects are compared, never on their order.
        """
        return compare_projects(self.catalog.projects.values(), SMALL_NUMBERS_THRESHOLD)

    @cached_property
    def summaries(self) -> list[MethodSummary]:
        return method_summaries(self.rows, self.index.by_method)

    @cached_property
    def data_pages(self) -> list[Page]:
        """The open-data files: the same bytes in both trees."""
        return data_files(self.catalog, self.rows, self.summaries)

    @cached_property
    def facet_labels(self) -> Page:
        """The explorer's labels in both languages, for the language switch."""
        # Imported here: facet labels are rendered through a Context, which holds this object.
        from generator.site.facet_labels import facet_labels_file

        return facet_labels_file(self.catalog)

    @cached_property
    def related(self) -> RelatedProjects:
        return RelatedProjects(self.catalog.projects, self.index.successors, RELATED_LIMIT)
