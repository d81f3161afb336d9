"""`compare/success-factors/`: which coded success factors and challenges recur, and where.

Each row names at most `PROJECTS_SHOWN` projects, so the page does not grow with
the catalogue; the count covers all of them and the explorer, filtered by the
factor, lists every one.
"""

from __future__ import annotations

from generator.analysis.factors import FactorKind, factor_counts
from generator.page import Page
from generator.routes import COMPARE_FACTORS, explore_filter_url, project_url
from generator.site.context import Context, PageKind
from generator.site.fragments.compare_nav import subnav
from generator.site.fragments.sections import capped_note, section_anchor
from generator.site.lookups.index import shown_projects
from generator.site.markup.html import heading, inline_list, table

VOCABULARY = {"success_factors": "success-factors", "challenges": "challenges"}
FACET = {"success_factors": "success_factor", "challenges": "challenge"}
"""The explorer facet with each kind's terms (generator/site/lookups/facets.py)."""


def _factor_table(ctx: Context, kind: FactorKind) -> str:
    counts = factor_counts(ctx.catalog.projects.values(), kind)
    if not counts:
        return f"<p>{ctx.t(f'compare.factors.none.{kind}')}</p>"
    vocabulary = VOCABULARY[kind]
    rows = []
    for found in counts:
        term = ctx.catalog.vocabularies.get(vocabulary, {}).get(found.code)
        label = ctx.label(vocabulary, found.code) if term else found.code
        if term is not None and term.description is not None:
            label += f'<br><small class="vta-description">{ctx.text(term.description)}</small>'
        # Without a vocabulary term the explorer has no such value to link to,
        # so such a (rare, unvalidated) code keeps its full list.
        projects = (shown_projects(ctx.catalog, list(found.project_ids)) if term
                    else found.project_ids)
        projects = sorted(projects, key=lambda p: (ctx.sort_key(ctx.catalog.projects[p].name), p))
        links = [ctx.link(f"{project_url(p)}#{section_anchor(kind)}",
                          ctx.text(ctx.catalog.projects[p].name)) for p in projects]
        cell = inline_list(links)
        if term is not None:
            everything = explore_filter_url(FACET[kind], ctx.plain(term.label))
            cell += capped_note(ctx, len(projects), found.count, ctx.href(everything))
        rows.append([label, str(found.count), cell])
    headers = [ctx.t(f"compare.factors.column.{kind}"), ctx.t("compare.factors.column.count"),
               ctx.t("compare.factors.column.projects")]
    return table(ctx.t(f"compare.factors.caption.{kind}"), headers, rows)


def factors_page(base: Context) -> Page:
    ctx = base.at(COMPARE_FACTORS)
    coded = sum(1 for p in ctx.catalog.projects.values() if p.success_factors or p.challenges)
    body = [
        f"# {ctx.t('compare.factors.title')}",
        f'<p class="vta-lead">{ctx.t("compare.factors.intro")}</p>',
        subnav(ctx),
        '<div class="vta-caveats"><p>'
        + ctx.t("compare.factors.caveat", coded=coded, total=len(ctx.catalog.projects))
        + "</p></div>",
        heading(2, ctx.t("site.heading.success_factors"), "success-factors"),
        _factor_table(ctx, "success_factors"),
        heading(2, ctx.t("site.heading.challenges"), "challenges"),
        _factor_table(ctx, "challenges"),
    ]
    return Page(COMPARE_FACTORS.path, "\n\n".join(body) + "\n")


PAGE_KINDS: tuple[PageKind, ...] = (factors_page,)
