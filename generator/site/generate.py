"""Every file of both language trees, from the validated catalogue: catalogue in, pages out."""

from __future__ import annotations

from collections.abc import Callable

from generator.catalog import Catalog
from generator.export.entries import EntryTexts
from generator.export.files import data_files
from generator.i18n import LANGUAGES
from generator.page import Page
from generator.site.context import NO_FEEDBACK, Context, Feedback
from generator.site.fragments.maps import sprite_file
from generator.site.fragments.search_kind import with_search_kind
from generator.site.lookups.derived import Derived
from generator.site.lookups.index import build_index
from generator.site.pages.compare import compare_page
from generator.site.pages.compare_data import data_page
from generator.site.pages.compare_factors import factors_page
from generator.site.pages.compare_methods import methods_page
from generator.site.pages.compare_side import side_by_side_pages
from generator.site.pages.contribute import contribute_page
from generator.site.pages.explore import explore_page
from generator.site.pages.facet_labels import facet_labels_file
from generator.site.pages.home import home_page
from generator.site.pages.legal import accessibility_page, contact_page
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

PageKind = Callable[[Context], Page | list[Page]]
PAGE_KINDS: tuple[PageKind, ...] = (
    home_page, projects_index, project_pages, explore_page,
    compare_page, methods_page, factors_page, side_by_side_pages, data_page,
    methods_index, method_pages, target_group_pages, county_pages, organisations_index,
    how_to_read_page, about_page, accessibility_page, contact_page, contribute_page,
)
"""Every kind of page in the page's language; the order does not matter (files are sorted)."""


def generate(catalog: Catalog, lang: str, feedback: Feedback = NO_FEEDBACK) -> list[Page]:
    """One language tree."""
    return generate_all(catalog, (lang,), feedback)[lang]


def generate_all(catalog: Catalog, languages: tuple[str, ...] = LANGUAGES,
                 feedback: Feedback = NO_FEEDBACK) -> dict[str, list[Page]]:
    """The trees of `languages`, with the same language-neutral paths.

    What does not depend on the language is computed once for all of them: the
    look-ups in `Derived`, and the files that are the same bytes in every tree.
    `feedback` is where readers report problems (the contact page, the accessibility
    statement and each project's "report an error" link).
    """
    derived = Derived(catalog, build_index(catalog))
    shared = language_neutral_files(derived)
    return {lang: _tree(Context(catalog, derived.index, lang, shared=derived,
                                feedback=feedback), shared)
            for lang in languages}


def language_neutral_files(derived: Derived, kept: EntryTexts | None = None) -> list[Page]:
    """The open-data files, the explorer's facet labels (every name in both languages) and
    the municipality outlines the locator maps draw by reference. `kept`: projects.json's
    entries encoded before (the preview's, site/incremental.py)."""
    return [*data_files(derived.catalog, derived.rows, derived.summaries, kept),
            facet_labels_file(derived), sprite_file(derived.catalog)]


def _tree(ctx: Context, shared: list[Page]) -> list[Page]:
    pages = list(shared)
    for kind in PAGE_KINDS:
        made = kind(ctx)
        pages += [with_search_kind(ctx, page) for page in
                  (made if isinstance(made, list) else [made])]
    return sorted(pages, key=lambda page: page.path)
