"""A project's sort keys and result card in the explorer, from its comparison row.

A sort by a figure is no league table: a card shows each share with what it is of and
every caveat that applies, the evidence level and the cost, and the explorer says how
many projects a sort leaves out. Only shares of the participants are sorted by, so one
sort never sets shares of different groups against each other (a share of those who
left simply has no share key, like a project without the figure). Plain text only:
callers escape it.
"""

from __future__ import annotations

from generator.analysis.comparison import ProjectComparison, compare_project
from generator.catalog import Catalog
from generator.i18n import t
from generator.schema import Project
from generator.site.format.dates import project_period
from generator.site.format.figures import figure
from generator.site.format.text import plain
from generator.site.lookups.facets import name_sort_key, start_year
from generator.site.lookups.glance import glance


def share_sort_value(row: ProjectComparison) -> float | None:
    """Work or studies of the participants: the lowest the figures allow when they give no
    upper bound, else the source's figures read literally (for a range, its lowest)."""
    value = row.combined
    if value is None or value.base != "participants":
        return None
    return round(value.range.low if value.open_above else value.percent, 1)


def sort_values(lang: str, project: Project,
                row: ProjectComparison | None = None) -> dict[str, str]:
    """Pagefind sort keys. Numbers stay numbers; the name gets an ASCII collation key."""
    row = row if row is not None else compare_project(project)
    values = {"name": name_sort_key(plain(project.name, lang))}
    if year := start_year(project):
        values["start_year"] = str(year)
    if row.participants is not None and row.participants.count is not None:
        values["participants"] = str(row.participants.count)
    if (share := share_sort_value(row)) is not None:
        values["share"] = f"{share:g}"
    return values


def card_meta(catalog: Catalog, lang: str, project: Project,
              row: ProjectComparison | None = None) -> dict[str, str]:
    """Texts a result card shows, in the page's language: plain text, never markup."""
    row = row if row is not None else compare_project(project)
    owner = catalog.label("organisations", project.owner, lang)[0]
    places = [catalog.label("counties", county, lang)[0] for county in project.counties]
    seen = glance(row, lang)
    cost = seen.cost
    if cost and seen.cost_caveats:
        cost += f" ({', '.join(seen.cost_caveats)})"
    meta = {
        "title": plain(project.name, lang),
        "owner": t(lang, "search.card.owner", owner=owner),
        "period": project_period(project, lang, capitalised=True),
        "place": ", ".join(places),
        "figures": t(lang, "search.card.participants", value=figure(row.participants, lang))
        if row.participants is not None and row.participants.count is not None else "",
        "result": seen.result or "",
        "caveats": " · ".join(seen.caveats),
        "effect": seen.effect or "",
        "evidence": seen.evidence,
        "evidence_scale": seen.scale,
        "cost": cost or "",
    }
    return {key: value for key, value in meta.items() if value}
