"""Both trees again after an edit, making again only the pages that can show it (issue #18).

The preview (build/preview.py) generates after every save. Most pages are one project's,
and most saves change one project: its page, and the pages that list, count or compare
projects, change; the other projects' pages almost never do. So each project page is made
through the recording proxies of site/reads.py, and kept with the project it shows and
every answer it got from the other projects and the catalogue's look-ups (its related
projects, its successors, its comparison row). Next time the page is reused when its
project is equal and every question gets an equal answer: generation is pure, so the page
would be the same bytes. Every other page is kept as it was after an edit to nothing but
fields only a project's own page shows (site/own_fields.py: a summary, a description), and
made again after any other edit, from per-project parts kept with the row or project they
show (`Derived.fragment`, `Derived.facet_values`,
the open-data files' entries in export/entries.py), carried over from the last generation.

Everything else a page may show — methods, vocabularies (organisations among them), the
UI strings, the publisher's settings — is compared as a whole: when any of it changed,
nothing is reused. The result is the same as `generate_all` (a test holds them to it,
byte for byte), only sooner.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from generator.catalog import Catalog
from generator.i18n import LANGUAGES, strings
from generator.page import Page
from generator.schema import Project
from generator.site.context import NO_FEEDBACK, Context, Feedback
from generator.site.fragments.search_kind import with_search_kind
from generator.site.generate import language_neutral_files, page_kinds, pages_of
from generator.site.lookups.derived import Derived
from generator.site.lookups.index import Index, build_index
from generator.site.own_fields import ProjectsSeen, only_own_fields_changed, projects_seen
from generator.site.pages.project import project_page, project_pages
from generator.site.reads import Log, Read, RecordingMapping, RecordingObject, same_answers


@dataclass(frozen=True)
class _Kept:
    project: Project
    reads: list[Read]
    page: Page
    whole: bool
    """It read something no key names (every project): it is made again every time."""


@dataclass
class Generation:
    trees: dict[str, list[Page]]
    reused: dict[str, set[str]] = field(default_factory=dict)
    """Per language, the paths of the pages taken unchanged from the last generation."""


@dataclass(frozen=True)
class _Shared:
    """What every page may show besides the projects."""
    methods: dict[str, Any]
    vocabularies: dict[str, dict[str, Any]]
    other_files: dict[tuple[str, str], str]
    feedback: Feedback
    strings: tuple[dict[str, str], ...]

    @classmethod
    def of(cls, catalog: Catalog, feedback: Feedback) -> _Shared:
        return cls(catalog.methods, catalog.vocabularies,
                   {key: file for key, file in catalog.files.items() if key[0] != "project"},
                   feedback, tuple(dict(strings(language)) for language in LANGUAGES))


class IncrementalPages:
    """The pages of one catalogue, generated again and again as it changes."""

    def __init__(self) -> None:
        self.forget()

    def forget(self) -> None:
        """Compare the next generation with none: as new, or after one that was refused."""
        self._shared: _Shared | None = None
        self._derived: Derived | None = None
        self._kept: dict[tuple[str, str], _Kept] = {}
        self._listings: dict[str, list[Page]] = {}
        """Per language, the last pages of every kind but the project pages."""
        self._seen: ProjectsSeen = ({}, {})

    def generate(self, catalog: Catalog, feedback: Feedback = NO_FEEDBACK) -> Generation:
        shared = _Shared.of(catalog, feedback)
        derived = Derived(catalog, build_index(catalog))
        seen = projects_seen(catalog)
        listings_kept = (shared == self._shared and bool(self._listings)
                         and only_own_fields_changed(self._seen, seen))
        if shared != self._shared:
            self._kept = {}
        elif self._derived is not None:
            derived.keep_from(self._derived)
        neutral = language_neutral_files(derived)
        kept: dict[tuple[str, str], _Kept] = {}
        listings: dict[str, list[Page]] = {}
        generation = Generation({})
        for lang in LANGUAGES:
            ctx = Context(catalog, derived.index, lang, shared=derived, feedback=feedback)
            reused = generation.reused[lang] = set()
            if listings_kept:
                listings[lang] = self._listings[lang]
                reused.update(page.path for page in listings[lang])
            else:
                listings[lang] = [page for kind in page_kinds() if kind is not project_pages
                                  for page in pages_of(ctx, kind)]
            pages = [*neutral, *listings[lang]]
            for project in catalog.projects.values():
                entry = self._kept.get((lang, project.id))
                if entry is not None and _still(entry, project, catalog, derived):
                    reused.add(entry.page.path)
                else:
                    entry = _made(ctx, derived, project)
                kept[(lang, project.id)] = entry
                pages.append(entry.page)
            generation.trees[lang] = sorted(pages, key=lambda page: page.path)
        # Only a generation that got this far is what the next one compares with.
        self._shared, self._derived, self._seen = shared, derived, seen
        self._kept, self._listings = kept, listings
        return generation


def _still(entry: _Kept, project: Project, catalog: Catalog, derived: Derived) -> bool:
    """Whether the kept page is what the project's page would be now."""
    if entry.whole or (entry.project is not project and entry.project != project):
        return False
    return same_answers(entry.reads, {"projects": catalog.projects, "files": catalog.files,
                                      "derived": derived, "index": derived.index})


def _made(ctx: Context, derived: Derived, project: Project) -> _Kept:
    """The project's page, made through proxies that record what it read."""
    log = Log()
    catalog = ctx.catalog
    recording = Catalog(
        projects=cast(dict[str, Project], RecordingMapping(catalog.projects, ("projects",), log)),
        methods=catalog.methods, vocabularies=catalog.vocabularies,
        files=cast(dict[tuple[str, str], str], RecordingMapping(catalog.files, ("files",), log)))
    index = cast(Index, RecordingObject(derived.index, ("index",), log))
    watched = Context(recording, index, ctx.lang, shared=cast(Derived, RecordingObject(
        derived, ("derived",), log)), feedback=ctx.feedback)
    page = with_search_kind(watched, project_page(watched, project))
    return _Kept(project, log.reads, page, log.whole)
