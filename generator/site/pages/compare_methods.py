"""`compare/methods/`: per method, how many projects, how many participants, which shares.

Totals keep the precision words ("at least", "about") and say how many
projects gave no number; spreads always show n and how many of the figures
carry each caveat. A median describes these figures, not the method.

The summaries cover every project, but each method's project table shows at
most `PROJECTS_SHOWN` of them (the page would otherwise grow with the whole
catalogue) and links to the explorer filtered by the method for all of them.
"""

from __future__ import annotations

from generator import routes
from generator.analysis.aggregate import MethodSummary, Total
from generator.analysis.comparison import SHARE_MEASURES, ProjectComparison
from generator.page import Page
from generator.routes import COMPARE, COMPARE_METHODS, explore_filter_url, method_url, project_url
from generator.site.context import Context, PageKind
from generator.site.format.figures import number
from generator.site.fragments.charts.outcomes import chart_block, left_out, share_chart
from generator.site.fragments.compare_cells import (
    evidence_html,
    flags_html,
    goals_html,
    participants_html,
    share_html,
)
from generator.site.fragments.compare_nav import subnav
from generator.site.fragments.effects import effects_table
from generator.site.fragments.sections import capped_note
from generator.site.fragments.spreads import flag_counts, named_values, spread_texts
from generator.site.lookups.index import PROJECTS_SHOWN, shown_projects
from generator.site.markup import escape
from generator.site.markup.html import heading, table


def total_text(ctx: Context, value: Total) -> str:
    """E.g. "about 1 058 (possible range 958 to 1 158), plus … 1 project that gives no number"."""
    if value.reported == 0:
        return ctx.t("compare.total.none")
    low = number(round(value.range.low), ctx.lang)
    if value.range.low == value.range.high:
        text = number(value.point, ctx.lang)
    elif value.range.high == float("inf"):
        text = ctx.t("site.precision.at_least", value=low)
    else:
        text = ctx.t("compare.total.about", value=number(value.point, ctx.lang), low=low,
                     high=number(round(value.range.high), ctx.lang))
    if value.missing:
        text += " " + ctx.count("compare.total.missing", value.missing)
    return text


def spread_table(ctx: Context, summary: MethodSummary, method_name: str,
                 shown: frozenset[str] = frozenset()) -> str:
    """`shown`: the projects whose shares of another group are named one by one."""
    if not summary.shares and not summary.other_bases:
        return f"<p>{ctx.t('compare.methods.no_shares')}</p>"
    rows = []
    for measure in SHARE_MEASURES:
        spread = summary.shares.get(measure)
        if spread is not None:
            # Too few to summarise: each figure as it is, and why there is no median.
            span, median = spread_texts(ctx, spread)
            rows.append([ctx.t(f"compare.column.{measure}"), str(spread.n), escape.text(span),
                         escape.text(median), escape.text(flag_counts(ctx, spread))])
        apart = summary.other_bases.get(measure, ())
        if apart:
            # Shares of another group are never summarised with shares of the participants.
            # They are named one by one, for the projects the table below shows (a list of
            # every one would grow with the catalogue).
            named = [value for value in apart if value.project_id in shown]
            rows.append([ctx.t("figures.spread.other_base",
                               measure=ctx.t(f"compare.column.{measure}")),
                         str(len(apart)), escape.text(named_values(ctx, named, with_base=True)),
                         ctx.t("figures.spread.other_base_median"), ""])
    headers = [ctx.t(f"compare.spread.column.{name}")
               for name in ("measure", "n", "range", "median", "flags")]
    return table(ctx.t("compare.spread.caption", method=method_name), headers, rows)


def _projects_table(ctx: Context, rows: list[ProjectComparison], method_name: str) -> str:
    headers = [ctx.t("compare.column.project"), ctx.t("compare.column.participants"),
               *(ctx.t(f"compare.column.{m}") for m in SHARE_MEASURES),
               ctx.t("compare.side.aspect.goal"), ctx.t("compare.column.evidence"),
               ctx.t("compare.column.flags")]
    body = []
    for row in rows:
        link = ctx.link(project_url(row.project.id), ctx.text(row.project.name))
        if row.outcome is None:
            body.append([link, ctx.t("compare.no_outcome"), "", "", "", "",
                         evidence_html(ctx, row), ""])
            continue
        goals, readings = goals_html(ctx, row)
        body.append([link, participants_html(ctx, row),
                     *(share_html(ctx, row, m) for m in SHARE_MEASURES),
                     f"{goals}<br>{readings}" if row.goals else goals,
                     evidence_html(ctx, row), flags_html(ctx, row.flags)])
    return table(ctx.t("compare.methods.projects_caption", method=method_name), headers, body)


def shown_rows(ctx: Context, summary: MethodSummary) -> list[ProjectComparison]:
    """The method's rows for its table and the chart: the newest `PROJECTS_SHOWN`."""
    newest = set(shown_projects(ctx.catalog, [row.project.id for row in summary.rows]))
    return [row for row in summary.rows if row.project.id in newest]


def _section(ctx: Context, summary: MethodSummary) -> str:
    method = ctx.catalog.methods[summary.method_id]
    name = ctx.text(method.name)
    rows = shown_rows(ctx, summary)
    everything = ctx.href(explore_filter_url("method", ctx.plain(method.name)))
    facts = [ctx.count("site.methods.used_by", len(summary.rows)),
             ctx.t("compare.methods.participants", total=total_text(ctx, summary.participants))]
    return "\n\n".join(part for part in [
        heading(2, name, routes.method_comparison_anchor(method.id)),
        f"<p>{ctx.link(method_url(method.id), ctx.t('compare.methods.read_more', method=name))}"
        "</p>",
        "<ul>" + "".join(f"<li>{fact}</li>" for fact in facts) + "</ul>",
        spread_table(ctx, summary, name, frozenset(row.project.id for row in rows)),
        _projects_table(ctx, rows, name),
        effects_table(ctx, [row for row in rows if row.effect is not None],
                      ctx.t("figures.effects.method_caption", method=ctx.plain(method.name)))
        if any(row.effect is not None for row in rows) else "",
        capped_note(ctx, len(rows), len(summary.rows), everything),
    ] if part)


def methods_page(base: Context) -> Page:
    ctx = base.at(COMPARE_METHODS)
    known = [s for s in ctx.derived.summaries if s.method_id in ctx.catalog.methods]
    ordered = sorted(known, key=lambda s: (
        -len(s.rows), ctx.sort_key(ctx.catalog.methods[s.method_id].name), s.method_id))
    # The chart draws the same capped rows as the tables: a bar per project of the
    # whole catalogue made the picture (and the page) grow without bound.
    groups = [(ctx.plain(ctx.catalog.methods[s.method_id].name), shown_rows(ctx, s))
              for s in ordered]
    capped = any(len(rows) < len(s.rows) for s, (_, rows) in zip(ordered, groups, strict=True))
    chart = share_chart(ctx, "chart-methods", ctx.t("compare.chart.methods.title"),
                        ctx.t("compare.chart.methods.description"), groups)
    apart = left_out(ctx, list({id(row): row for _, rows in groups for row in rows}.values()))
    unused = [ctx.plain(m.name) for m in ctx.catalog.methods.values()
              if m.id not in {s.method_id for s in known}]
    body = [
        f"# {ctx.t('compare.methods.title')}",
        f'<p class="vta-lead">{ctx.t("compare.methods.intro")}</p>',
        subnav(ctx),
        '<div class="vta-caveats"><p>'
        f'{ctx.t("compare.methods.caveat", link=ctx.href(COMPARE.at(routes.CAVEATS_ANCHOR)))}'
        "</p></div>",
        *(_section(ctx, summary) for summary in ordered),
        f"<p>{escape.text(ctx.t('compare.methods.unused', methods=', '.join(sorted(unused))))}"
        "</p>" if unused else "",
        heading(2, ctx.t("compare.chart.methods.heading"), "chart"),
        f"<p>{ctx.t('compare.chart.methods.capped', shown=PROJECTS_SHOWN)}</p>" if capped else "",
        chart_block(ctx, chart, [], apart),
    ]
    return Page(COMPARE_METHODS.path, "\n\n".join(part for part in body if part) + "\n")


PAGE_KINDS: tuple[PageKind, ...] = (methods_page,)
