"""Every file of both language trees, from the validated catalogue: catalogue in, pages out."""

from __future__ import annotations

import pkgutil
from functools import cache
from importlib import import_module

from generator.catalog import Catalog
from generator.export.files import data_files
from generator.i18n import LANGUAGES
from generator.page import Page
from generator.site import pages as pages_package
from generator.site.context import NO_FEEDBACK, Context, Feedback, PageKind
from generator.site.fragments.maps import sprite_file
from generator.site.fragments.search_kind import with_search_kind
from generator.site.lookups.derived import Derived
from generator.site.lookups.index import build_index
from generator.site.pages.facet_labels import facet_labels_file


@cache
def page_kinds() -> tuple[PageKind, ...]:
    """Every kind of page: each module of site/pages/ lists its own in `PAGE_KINDS`, so a
    new kind is a module there, not an edit here. In module order, though the order does not
    matter (files are sorted)."""
    found: list[PageKind] = []
    for module in sorted(info.name for info in pkgutil.iter_modules(pages_package.__path__)):
        declared = import_module(f"{pages_package.__name__}.{module}").PAGE_KINDS
        found += declared
    return tuple(found)


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


def language_neutral_files(derived: Derived) -> list[Page]:
    """The open-data files, the explorer's facet labels (every name in both languages) and
    the municipality outlines the locator maps draw by reference. Their entries come through
    `derived.fragment`: the preview's (site/incremental.py) encodes only changed ones."""
    return [*data_files(derived.catalog, derived.rows, derived.summaries, derived.fragment),
            facet_labels_file(derived), sprite_file(derived.catalog)]


def _tree(ctx: Context, shared: list[Page]) -> list[Page]:
    pages = list(shared)
    for kind in page_kinds():
        pages += pages_of(ctx, kind)
    return sorted(pages, key=lambda page: page.path)


def pages_of(ctx: Context, kind: PageKind) -> list[Page]:
    """The pages of one kind in `ctx`'s language, each with its search kind."""
    made = kind(ctx)
    return [with_search_kind(ctx, page) for page in (made if isinstance(made, list) else [made])]
