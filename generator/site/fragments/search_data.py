"""The Pagefind attributes a project page carries: filters, sort keys and card texts.

They sit in one hidden block of empty elements inside the indexed content, so
they add no words to the index and nothing a reader sees. Values are written
inline (`key:value`), which Pagefind reads to the end of the attribute, so
commas and colons in labels are safe; HTML escaping keeps quotes and angle
brackets from ending the attribute.
"""

from __future__ import annotations

import re

from generator.schema import Project
from generator.site.context import Context
from generator.site.lookups.cards import card_meta, sort_values
from generator.site.lookups.facets import PROJECT_FILTER
from generator.site.lookups.own_terms import own_values
from generator.site.markup import escape

_BREAKS = re.compile(r"[ \t\n\r\f\v\x85\u2028\u2029]+")


def search_data(ctx: Context, project: Project) -> str:
    kind, value = PROJECT_FILTER
    items = [_empty("filter", kind, value)]
    catalog, lang = ctx.catalog, ctx.lang
    items += [_empty("filter", name, label) for name, label in own_values(catalog, lang, project)]
    items += [_empty("filter", item.facet, item.label)
              for item in ctx.derived.facet_values(lang, project)]
    row = ctx.derived.rows_by_id[project.id]
    items += [_empty("sort", key, sort) for key, sort in sort_values(lang, project, row).items()]
    items += [_empty("meta", key, text)
              for key, text in card_meta(catalog, lang, project, row).items()]
    return '<div class="vta-search-data" hidden>\n' + "\n".join(items) + "\n</div>"


def _empty(kind: str, key: str, value: str) -> str:
    # Pagefind reads a value to the end of the attribute; line breaks would end it early.
    # Only those go: a no-break space ("58\u00a0%") is part of the text.
    flat = _BREAKS.sub(" ", value).strip()
    return f'<span data-pagefind-{kind}="{escape.attribute(f"{key}:{flat}")}"></span>'
