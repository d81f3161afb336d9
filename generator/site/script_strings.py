"""UI strings for the scripts in the browser, as templates: the scripts fill in {count} etc.

One route for all of them: an element's `data-strings` attribute holds a JSON
object of key -> template, and the script reads it with `readStrings`
(search-common.js). The header's search box is written by the theme, so its
strings reach the theme through the MkDocs config (`extra.vta_search`, see
build/pipeline.py) and the theme writes the same attribute.
"""

from __future__ import annotations

import json

from generator.i18n import has, template
from generator.site.markup import escape

THEME_STRINGS = ("search.header.label", "search.header.placeholder", "search.header.fallback",
                 "search.header.show_all", "search.status.searching", "search.status.none",
                 "search.status.one", "search.status.other", "search.status.failed")
"""The header's search box (search-box.js)."""
EXPLORE_STRINGS = ("search.explore.count.none", "search.explore.count.one",
                   "search.explore.count.other", "search.explore.count.sorted",
                   "search.explore.chosen", "search.status.searching", "search.status.failed",
                   "maps.area.none", "maps.area.one", "maps.area.other",
                   *(f"search.card.glance.{key}" for key in ("evidence", "cost", "result",
                                                              "effect", "caveats")))
"""The explorer (explore.js and its map view, explore-map.js)."""
COMPARE_STRINGS = ("compare.table.pick_count",)
"""The comparison table's selection check (compare.js)."""
SIDE_BY_SIDE_STRINGS = tuple(f"compare.side.{key}" for key in (
    "caption", "aspect", "need_two", "too_many", "unknown", "showing", "none", "region",
    "error"))
"""The side-by-side view (compare-side.js)."""
FACET_COUNT_STRINGS = ("hierarchy.facet.count_via",)
"""A facet whose terms include narrower ones, on its own element (facet-counts.js)."""
FORM_CHECKS = ("missing", "id_format", "duplicate_id", "too_small", "too_large", "too_long",
               "too_few", "end_before_start", "part_over_participants", "partial_date",
               "no_such_date", "wrong_type", "email", "esf_case_id", "url", "pattern")
"""The validator's messages that the contribution form's own checks can give."""
CONTRIBUTE_STRINGS = (
    *(f"check.{code}.{part}" for code in FORM_CHECKS for part in ("message", "expected")
      if has("sv", f"check.{code}.{part}")),
    "report.expected", "type.whole_number", "type.number", "type.date",
    *(f"contribute.{key}" for key in (
        "item", "remove", "summary.one", "summary.other", "summary.clean", "send.copied",
        "send.copy_failed", "edit.loaded", "edit.missing", "edit.failed")))
"""The contribution form (record-form.js and the modules it imports)."""
SCRIPT_STRINGS = (*THEME_STRINGS, *EXPLORE_STRINGS, *COMPARE_STRINGS, *SIDE_BY_SIDE_STRINGS,
                  *FACET_COUNT_STRINGS, *CONTRIBUTE_STRINGS)


def theme_strings(lang: str) -> dict[str, str]:
    return {key: template(lang, key) for key in THEME_STRINGS}


def strings_attribute(lang: str, keys: tuple[str, ...]) -> str:
    """` data-strings="…"` with the templates of `keys` in `lang`, for a script's element."""
    strings = json.dumps({key: template(lang, key) for key in keys},
                         ensure_ascii=False, sort_keys=True)
    return f' data-strings="{escape.attribute(strings)}"'
