"""What every page module needs: the catalogue, the language, and safe rendering helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from generator.catalog import Catalog
from generator.i18n import t
from generator.page import Page
from generator.routes import Route, relative
from generator.schema.common import Prose, Text
from generator.site.format.text import collation_key, fixed_string, plain
from generator.site.lookups.derived import Derived
from generator.site.lookups.index import Index
from generator.site.markup import escape


@dataclass(frozen=True)
class Feedback:
    """Where readers report errors and accessibility problems, as the site's publisher set
    it (`extra.vta_feedback` in mkdocs.yml, read by build/feedback.py): the repository's
    issue tracker, an optional mailbox, and the date (YYYY-MM-DD) of the latest
    accessibility assessment. Each is empty when not given."""

    issues: str = ""
    email: str = ""
    assessed: str = ""
    repo: str = ""
    """The repository's address (`repo_url` in mkdocs.yml): the contribution form links to
    GitHub's new-file page there."""


NO_FEEDBACK = Feedback()
"""No settings given: the pages say that no way to reach the publisher is known."""


@dataclass(frozen=True)
class Context:
    catalog: Catalog
    index: Index
    lang: str
    page_url: str = ""
    shared: Derived | None = None
    """Language-independent results shared by both trees; a context of its own otherwise."""
    feedback: Feedback = NO_FEEDBACK

    def __post_init__(self) -> None:
        if self.shared is None:
            object.__setattr__(self, "shared", Derived(self.catalog, self.index))

    @property
    def derived(self) -> Derived:
        assert self.shared is not None, "set in __post_init__"
        return self.shared

    def at(self, route: Route) -> Context:
        """The context of the page at `route`: its links are relative to that page."""
        return Context(self.catalog, self.index, self.lang, route.url, self.shared,
                       self.feedback)

    def t(self, key: str, /, **params: Any) -> str:
        """A UI string. Parameters are inserted as given: escape record text first."""
        return t(self.lang, key, **params) if params else fixed_string(self.lang, key)

    def count(self, key: str, count: int) -> str:
        """`key.one` or `key.other` with `{count}` filled in."""
        return t(self.lang, f"{key}.{'one' if count == 1 else 'other'}", count=count)

    def href(self, url: str) -> str:
        return escape.attribute(relative(self.page_url, url))

    def link(self, url: str, label_html: str) -> str:
        return f'<a href="{self.href(url)}">{label_html}</a>'

    def text(self, value: Text | None) -> str:
        """Short record text, escaped; Swedish marked `lang="sv"` when English is missing."""
        if value is None:
            return ""
        if self.lang == "sv":
            return _escaped(value.sv)
        if value.en is not None:
            return _escaped(value.en)
        return f'<span lang="sv">{_escaped(value.sv)}</span> {self.untranslated_badge()}'

    def plain(self, value: Text) -> str:
        """Short record text without any marking, for attributes and sorting."""
        return plain(value, self.lang)

    def prose(self, value: Prose | None, top_level: int = 3) -> str:
        """A Markdown block, escaped; wrapped in `lang="sv"` when English is missing."""
        if value is None:
            return ""
        if self.lang == "sv":
            return escape.prose(value.sv, top_level)
        if value.en is not None:
            return escape.prose(value.en, top_level)
        return (f'<div lang="sv" class="vta-fallback" markdown>\n\n'
                f'<p class="vta-fallback__note">{self.untranslated_badge()}</p>\n\n'
                f'{escape.prose(value.sv, top_level)}\n\n</div>')

    def untranslated_badge(self) -> str:
        return f'<span class="vta-untranslated">{self.t("site.untranslated.badge")}</span>'

    def label(self, kind: str, term_id: str) -> str:
        """A vocabulary label, escaped and marked like `text`."""
        return self.text(self.catalog.term(kind, term_id).label)

    def label_plain(self, kind: str, term_id: str) -> str:
        return self.catalog.label(kind, term_id, self.lang)[0]

    def sort_key(self, value: Text) -> str:
        return collation_key(self.plain(value))


_CACHE_SIZE = 1 << 16
"""Enough for every name and label of a large catalogue; bounded for long-running `serve`."""


@lru_cache(maxsize=_CACHE_SIZE)
def _escaped(value: str) -> str:
    # A project's name is escaped on its own page and again in every list, table and
    # chart that shows it: dozens of times per build instead of once.
    return escape.text(value)


PageKind = Callable[[Context], Page | list[Page]]
"""A kind of page: the context of one language in, its page or pages out. Each module of
site/pages/ lists its own in `PAGE_KINDS`."""
