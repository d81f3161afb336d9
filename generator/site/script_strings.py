"""UI strings for the scripts in the browser, as templates: the scripts fill in {count} etc.

Every script reads its strings from a `data-strings` attribute holding a JSON
object of key -> template (search-common.js, `readStrings`). The header's
search box is written by the theme, so its strings reach the theme through the
MkDocs config (`extra.vta_search`, see build/pipeline.py) and the theme writes
the same attribute.
"""

from __future__ import annotations

from generator.i18n import template

THEME_STRINGS = ("search.header.label", "search.header.placeholder", "search.header.fallback",
                 "search.header.show_all", "search.status.searching", "search.status.none",
                 "search.status.one", "search.status.other", "search.status.failed")
"""Texts of the header's search box."""


def theme_strings(lang: str) -> dict[str, str]:
    return {key: template(lang, key) for key in THEME_STRINGS}
