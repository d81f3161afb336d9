"""Every page of one language tree, from the validated catalogue."""

from __future__ import annotations

from generator.catalog import Catalog
from generator.i18n import LANGUAGES
from generator.site.context import Context
from generator.site.derived import Derived
from generator.site.index import Index, build_index
from generator.site.page import Page
from generator.site.pages.compare import compare_pages
from generator.site.pages.explore import explore_page
from generator.site.pages.home import home_page
from generator.site.pages.listings import (
    county_pages,
    methods_index,
    organisations_index,
    projects_index,
    target_group_pages,
)
from generator.site.pages.method import method_pages
from generator.site.pages.project import project_pages
from generator.site.pages.static import about_page, how_to_read_page

NAV_PAGES = ("index.md", "projects/index.md", "explore/index.md", "compare/index.md",
             "methods/index.md", "target-groups/index.md", "counties/index.md",
             "organisations/index.md", "how-to-read.md", "data/index.md", "about.md")
"""The pages in the navigation: section indexes only, so the menu never grows."""


def generate(catalog: Catalog, lang: str, index: Index | None = None,
             derived: Derived | None = None) -> list[Page]:
    index = index or build_index(catalog)
    shared = derived or Derived(catalog, index)
    ctx = Context(catalog, index, lang, shared=shared)
    pages = [
        home_page(ctx),
        projects_index(ctx),
        *project_pages(ctx),
        explore_page(ctx),
        *compare_pages(ctx),
        methods_index(ctx),
        *method_pages(ctx),
        *target_group_pages(ctx),
        *county_pages(ctx),
        organisations_index(ctx),
        how_to_read_page(ctx),
        about_page(ctx),
        shared.facet_labels,
    ]
    return sorted(pages, key=lambda page: page.path)


def generate_all(catalog: Catalog) -> dict[str, list[Page]]:
    """Both trees, with the same language-neutral paths."""
    index = build_index(catalog)
    derived = Derived(catalog, index)
    return {lang: generate(catalog, lang, index, derived) for lang in LANGUAGES}
