"""What search and the explorer know about a project: facets, sort keys and card texts.

Facet values are labels in the page's language, so Pagefind's per-language
indexes each carry readable values and the explorer can show them as they are.
Project pages emit these as Pagefind attributes (fragments/search_data.py) and
the explorer page lists the same values with their counts (pages/explore.py), so
both come from here and always agree. Plain text only: callers escape it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

from generator.analysis.outcomes import headline_outcome, shares
from generator.catalog import Catalog
from generator.i18n import t
from generator.schema import Project
from generator.schema.evaluation import EvidenceLevel
from generator.schema.outcome import Outcome
from generator.schema.period import Period
from generator.site.format.dates import period_with_status
from generator.site.format.figures import figure, percent
from generator.site.format.text import collation_key, fixed_string, plain

FACETS = ("method", "target_group", "county", "municipality", "funder", "owner_type",
          "organisation", "status", "start_year", "evidence", "success_factor", "challenge",
          "continued")
"""Facet keys: language-neutral, used as Pagefind filter names and URL parameters."""
SORTS = ("name", "start_year", "participants", "share")
"""Pagefind sort keys. A project without a value for a key simply has no such key."""
PROJECT_FILTER = ("kind", "project")
"""A filter every project page carries, so the explorer can ask for projects only."""

_STATUS_ORDER: tuple[str, ...] = get_args(Period.model_fields["status"].annotation)
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
    status = project.period.status
    add("status", _capitalised(fixed_string(lang, f"site.status.{status}")),
        _rank(_STATUS_ORDER, status))
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


def start_year(project: Project) -> int | None:
    start = project.period.start
    return int(start[:4]) if start else None


@dataclass(frozen=True)
class KeyFigures:
    """The headline outcome's participants and share into work or studies, when stated."""

    participants: str | None
    participants_count: int | None
    share: str | None
    share_percent: float | None


def key_figures(project: Project, lang: str) -> KeyFigures:
    outcome = headline_outcome(project.outcomes)
    if outcome is None:
        return KeyFigures(None, None, None, None)
    people = outcome.participants
    share = _work_or_studies(outcome)
    share_words = None
    if share is not None:
        value, exact, complete = share
        share_words = percent(round(value), lang)
        if not complete:
            share_words = t(lang, "site.precision.at_least", value=share_words)
        elif not exact or value != round(value):
            share_words = t(lang, "site.share.rounded", value=share_words)
    return KeyFigures(
        participants=figure(people, lang) if people else None,
        participants_count=people.count if people else None,
        share=share_words, share_percent=round(share[0], 1) if share else None)


def _work_or_studies(outcome: Outcome) -> tuple[float, bool, bool] | None:
    """(percent, exact, complete): the combined figure, or work and studies added up.

    When only one of work and studies is stated the sum is a lower bound
    (`complete` is False), since the other may be anything.
    """
    found = shares(outcome)
    if "into_work_or_studies" in found:
        both = found["into_work_or_studies"]
        return min(both.percent, 100.0), both.exact, True
    parts = [found[name] for name in ("into_work", "into_studies") if name in found]
    if not parts:
        return None
    total = min(sum(part.percent for part in parts), 100.0)
    return total, all(part.exact for part in parts), len(parts) == 2


def sort_values(lang: str, project: Project) -> dict[str, str]:
    """Pagefind sort keys. Numbers stay numbers; the name gets an ASCII collation key."""
    values = {"name": name_sort_key(plain(project.name, lang))}
    if year := start_year(project):
        values["start_year"] = str(year)
    figures = key_figures(project, lang)
    if figures.participants_count is not None:
        values["participants"] = str(figures.participants_count)
    if figures.share_percent is not None:
        values["share"] = f"{figures.share_percent:g}"
    return values


def name_sort_key(name: str) -> str:
    """Swedish alphabetical order as plain ASCII, since Pagefind compares bytes.

    Each character of the collation key becomes five hex digits; the leading
    letter keeps Pagefind from reading an all-digit key as a number.
    """
    return "k" + "".join(f"{ord(char):05x}" for char in collation_key(name))


def card_meta(catalog: Catalog, lang: str, project: Project) -> dict[str, str]:
    """Texts a result card shows, in the page's language: plain text, never markup."""
    owner = catalog.label("organisations", project.owner, lang)[0]
    places = [catalog.label("counties", county, lang)[0] for county in project.counties]
    figures = key_figures(project, lang)
    key_figure = [t(lang, "search.card.participants", value=figures.participants)
                  if figures.participants else "",
                  t(lang, "search.card.share", value=figures.share) if figures.share else ""]
    meta = {
        "title": plain(project.name, lang),
        "owner": t(lang, "search.card.owner", owner=owner),
        "period": period_with_status(project.period, lang, capitalised=True),
        "place": ", ".join(places),
        "figures": " · ".join(part for part in key_figure if part),
    }
    return {key: value for key, value in meta.items() if value}


def _rank(order: tuple[str, ...], value: str) -> str:
    return f"{order.index(value):02d}"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
