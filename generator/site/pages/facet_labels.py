"""The explorer's facet values in both languages, for the language switch.

The explorer keeps its choices in the address as labels in the page's
language (Pagefind's filter values, see lookups/facets.py), so `?county=Skåne län`
means nothing on the English explorer. This file pairs each Swedish label
with its English one; theme/assets/javascripts/explore.js reads it when the
reader switches language and carries the same choices across.

Pairs come from the very function that writes the labels, run for each
project in both languages: a project's values come in the same order in
every language, one value per term. Where one language merges two terms
that share a label, that facet of that project is left out rather than
guessed; the other projects still pair the labels.
"""

from __future__ import annotations

import json
from collections import defaultdict

from generator import routes
from generator.i18n import LANGUAGES
from generator.page import Page
from generator.site.context import PageKind
from generator.site.lookups.derived import Derived
from generator.site.lookups.facets import FACETS, FacetValue


def facet_label_pairs(derived: Derived) -> dict[str, list[list[str]]]:
    """Per facet, every [Swedish, English] label pair (in LANGUAGES order), sorted."""
    pairs: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for project in derived.catalog.projects.values():
        per_language = [_by_facet(derived.facet_values(lang, project)) for lang in LANGUAGES]
        for facet in FACETS:
            columns = [labels.get(facet, []) for labels in per_language]
            if len({len(column) for column in columns}) == 1:
                pairs[facet].update(zip(*columns, strict=True))
    return {facet: [list(pair) for pair in sorted(pairs[facet])]
            for facet in FACETS if pairs[facet]}


def facet_labels_file(derived: Derived) -> Page:
    """The same bytes in both trees: generate.py makes it once, with the open-data files."""
    data = {"languages": list(LANGUAGES), "facets": facet_label_pairs(derived)}
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Page(routes.FACET_LABELS.path, text + "\n")


def _by_facet(values: list[FacetValue]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for value in values:
        grouped[value.facet].append(value.label)
    return grouped


PAGE_KINDS: tuple[PageKind, ...] = ()
"""None: the labels file is one of the files shared by both trees (site/generate.py)."""
