"""What kind of page a search result is, and how much its words count.

Every page tells Pagefind its kind (`kind` metadata: project, method, target group,
county, comparison, overview, information), which the header's search shows beside
each result. Pages about one record or term keep full weight; pages that list or
compare many (overviews, comparisons) and the information pages weigh their words
less, so that a project's or method's own page comes before a list that merely names
it. The theme puts the weight on the indexed body (`search_weight` in the front
matter; theme/main.html), since Pagefind weighs an element's words, not a page.
"""

from __future__ import annotations

from generator.page import Page
from generator.routes import ABOUT, COMPARE_SECTION, DATA, HOW_TO_READ, NAV_PAGES, url_of
from generator.site.context import Context
from generator.site.markup import escape

RECORD_FOLDERS = {"projects/": "project", "methods/": "method",
                  "target-groups/": "target_group", "counties/": "county"}
WEIGHTS = {"project": None, "method": None, "target_group": "0.5", "county": "0.5",
           "comparison": "0.3", "overview": "0.3", "information": "0.3"}
"""Pagefind's weight for a kind's words (None: its default, 1). Pagefind squares it."""

_OVERVIEWS = {route.url for route in NAV_PAGES} - {HOW_TO_READ.url, ABOUT.url}
"""The menu's pages that lead to others; the guide and About are read for themselves."""
_COMPARISON = {route.url for route in COMPARE_SECTION if route is not DATA}


def page_kind(page: Page) -> str:
    url = url_of(page.path)
    if url in _COMPARISON:
        return "comparison"
    if url in _OVERVIEWS:
        return "overview"
    for folder, kind in RECORD_FOLDERS.items():
        if url.startswith(folder):
            return kind
    return "information"


def with_search_kind(ctx: Context, page: Page) -> Page:
    """`page` with its kind's name (in the page's language) and its kind's weight.

    Files that are not pages, and pages kept out of the index, are returned as they are.
    """
    if not page.path.endswith(".md") or "\npagefind: false\n" in _front_matter(page.markdown):
        return page
    kind = page_kind(page)
    label = escape.attribute(ctx.t(f"search.kind.{kind}"))
    meta = f'<span hidden data-pagefind-meta="kind:{label}"></span>'
    weight = WEIGHTS[kind]
    markdown = page.markdown.rstrip("\n") + "\n\n" + meta + "\n"
    if weight is not None:
        markdown = _with_front_matter(markdown, f"search_weight: {weight}")
    return Page(page.path, markdown)


def _front_matter(markdown: str) -> str:
    if not markdown.startswith("---\n"):
        return ""
    end = markdown.find("\n---\n", 3)
    return markdown[: end + 1] if end >= 0 else ""


def _with_front_matter(markdown: str, line: str) -> str:
    existing = _front_matter(markdown)
    if existing:
        return existing + line + "\n" + markdown[len(existing):]
    return f"---\n{line}\n---\n" + markdown
