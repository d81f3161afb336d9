"""What search and the explorer know about a project: its facets (sort keys and card
texts are in lookups/cards.py).

Facet values are labels in the page's language, so Pagefind's per-language
indexes each carry readable values and the explorer can show them as they are.
Project pages emit these as Pagefind attributes (fragments/search_data.py) and
the explorer page lists the same values with their counts (pages/explore.py), so
both come from here and always agree. Plain text only: callers escape it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

from generator.analysis.status import status_as_of
from generator.catalog import Catalog
from generator.schema import Project
from generator.schema.evaluation import EvidenceLevel
from generator.schema.period import Period
from generator.site.format.text import collation_key, fixed_string, plain

FACETS = ("method", "target_group", "county", "municipality", "funder", "owner_type",
          "organisation", "status", "start_year", "evidence", "success_factor", "challenge",
          "continued")
"""Facet keys: language-neutral, used as Pagefind filter names and URL parameters."""
SORTS = ("name", "start_year", "participants", "share")
"""Pagefind sort keys. A project without a value for a key simply has no such key."""
FIGURE_SORTS = ("participants", "share")
"""Sorts by a figure: the explorer says they are no ranking, and how many they leave out."""
PROJECT_FILTER = ("kind", "project")
"""A filter every project page carries, so the explorer can ask for projects only."""

STATUS_FACET_ORDER = (*get_args(Period.model_fields["status"].annotation), "unknown")
"""The status facet's values: the schema's statuses, then "unknown" (an undated source)."""
_EVIDENCE_ORDER: tuple[str, ...] = get_args(EvidenceLevel)
CONTINUED_ORDER = ("yes", "partly", "no", "unknown", "not_stated")
"""The explorer's order of `continued_after_funding` (from yes to no, then the unknowns);
a test holds it to the schema's values."""


@dataclass(frozen=True, order=True)
class FacetValue:
    """One value of one facet; `order` places it among the facet's values."""

    facet: str
    order: tuple[str, ...]
    label: str
    language: str
    """The label's language: Swedish on an English page when it is not translated yet."""


def facet_values(catalog: Catalog, lang: str, project: Project) -> list[FacetValue]:
    """Every facet value of a project, without duplicates, in facet order."""
    values: list[FacetValue] = []

    def add(facet: str, label: str, order: str | None = None, language: str = lang) -> None:
        value = FacetValue(facet, (order if order is not None else collation_key(label),),
                           label, language)
        if value not in values:
            values.append(value)

    def term(facet: str, kind: str, term_id: str) -> None:
        label, language = catalog.label(kind, term_id, lang)
        add(facet, label, language=language)

    for method_id in project.methods:
        if method_id in catalog.methods:
            name = catalog.methods[method_id].name
            add("method", plain(name, lang), language="en" if lang == "en" and name.en else "sv")
    # A filter on a broad target group finds projects tagged with a narrower one: the page
    # carries every broader group too (analysis/hierarchy.py counts the same way).
    for group in [*project.target_groups, *catalog.broader("target-groups", project.target_groups)]:
        term("target_group", "target-groups", group)
    for county in project.counties:
        term("county", "counties", county)
    for municipality in project.municipalities:
        term("municipality", "municipalities", municipality)
    for funder in project.funders:
        term("funder", "funders", funder)
    owner_type = catalog.vocabularies["organisations"][project.owner].type
    term("owner_type", "organisation-types", owner_type)
    # Owner and partners alike, as the organisations index groups them: its capped
    # lists link here for all of an organisation's projects.
    for organisation in [project.owner, *(partner.organisation for partner in project.partners)]:
        term("organisation", "organisations", organisation)
    # As of the source that states it: "ongoing (as last reported)", or unknown when that
    # source is undated (analysis/status.py).
    status = status_facet(project)
    add("status", fixed_string(lang, f"figures.status.facet.{status}"),
        _rank(STATUS_FACET_ORDER, status))
    if year := start_year(project):
        # Newest first: the complement keeps string order and reverses the years.
        add("start_year", str(year), f"{9999 - year:04d}")
    add("evidence", fixed_string(lang, f"site.evidence_level.{project.evidence_level}"),
        _rank(_EVIDENCE_ORDER, project.evidence_level))
    # The success-factors comparison's capped lists link to these two facets.
    for facet, kind, factors in (("success_factor", "success-factors", project.success_factors),
                                 ("challenge", "challenges", project.challenges)):
        for factor in factors:
            if factor.code in catalog.vocabularies.get(kind, {}):
                term(facet, kind, factor.code)
    after = project.continued_after_funding
    continued = after.status if after else "not_stated"
    add("continued", fixed_string(lang, f"search.continued.{continued}"),
        _rank(CONTINUED_ORDER, continued))
    return values


def status_facet(project: Project) -> str:
    """The status facet's value: the status as last reported, or "unknown"."""
    reading = status_as_of(project)
    return "unknown" if reading.reading == "unknown" else reading.status


def start_year(project: Project) -> int | None:
    start = project.period.start
    return int(start[:4]) if start else None


def name_sort_key(name: str) -> str:
    """Swedish alphabetical order as plain ASCII, since Pagefind compares bytes.

    Each character of the collation key becomes five hex digits; the leading
    letter keeps Pagefind from reading an all-digit key as a number.
    """
    return "k" + "".join(f"{ord(char):05x}" for char in collation_key(name))


def _rank(order: tuple[str, ...], value: str) -> str:
    return f"{order.index(value):02d}"

