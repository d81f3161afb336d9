"""`compare/`: every project's figures side by side, with every caveat in words.

The table is plain HTML in name order, so it works without JavaScript;
compare.js only adds sort buttons. No column is a score and nothing is ranked
by default. The checkboxes submit `?p=…&p=…` to the side-by-side view.
"""

from __future__ import annotations

from generator import routes
from generator.analysis.comparison import FLAGS, SMALL_NUMBERS_THRESHOLD, ProjectComparison
from generator.page import Page
from generator.routes import COMPARE, DATA, HOW_TO_READ, PROJECTS_CSV, PROJECTS_JSON, SIDE_BY_SIDE
from generator.schema.evaluation import EVIDENCE_LEVELS
from generator.site.context import Context, PageKind
from generator.site.format.dates import project_period
from generator.site.fragments.charts.outcomes import chart_block, left_out, share_chart
from generator.site.fragments.compare_cells import (
    cost_html,
    effect_html,
    evidence_html,
    flags_html,
    goals_html,
    participants_html,
    share_html,
)
from generator.site.fragments.compare_nav import WIDE_PAGE, subnav
from generator.site.fragments.effects import effects_table
from generator.site.fragments.tables import Column, sortable_table
from generator.site.markup import escape
from generator.site.markup.html import heading, inline_list
from generator.site.script_strings import COMPARE_STRINGS, strings_attribute

EFFECTS_ANCHOR = "effects"
"""The table of results against a comparison group."""


def caveats(ctx: Context) -> str:
    """What every flag means. Each flag in the tables links here."""
    items = "\n".join(
        f'<dt id="{routes.flag_anchor(flag)}">{ctx.t(f"compare.flag.{flag}")}</dt>\n'
        f'<dd>{ctx.t(f"compare.flag_help.{flag}", threshold=SMALL_NUMBERS_THRESHOLD)}</dd>'
        for flag in FLAGS)
    intro = ctx.t("compare.caveats.intro",
                  link=ctx.href(HOW_TO_READ.at(routes.COMPARING_ANCHOR)))
    return (f'<div class="vta-caveats" markdown>\n\n'
            f'{heading(2, ctx.t("compare.caveats.heading"), routes.CAVEATS_ANCHOR)}\n\n'
            f'<p>{intro}</p>\n'
            f'<dl class="vta-flag-list">\n{items}\n</dl>\n\n</div>')


def downloads(ctx: Context) -> str:
    return "<p>" + ctx.t("compare.download", csv=ctx.href(PROJECTS_CSV.url),
                         json=ctx.href(PROJECTS_JSON.url), about=ctx.href(DATA.url)) + "</p>"


def _columns(ctx: Context) -> list[Column]:
    catalog = ctx.catalog

    def share(measure: str) -> Column:
        return Column(ctx.t(f"compare.column.{measure}"), "number",
                      lambda row: share_html(ctx, row, measure),
                      lambda row: _sort_share(row, measure))

    return [
        Column(ctx.t("compare.column.participants"), "number",
               lambda row: participants_html(ctx, row),
               lambda row: row.participants.count if row.participants else None),
        share("into_work"), share("into_studies"), share("combined"),
        Column(ctx.t("compare.column.goal"), "text", lambda row: goals_html(ctx, row)[0]),
        Column(ctx.t("compare.column.goal_status"), "text", lambda row: goals_html(ctx, row)[1]),
        # Percentage points against a comparison group: a column of its own, never a share.
        Column(ctx.t("figures.column.effect"), "number", lambda row: effect_html(ctx, row),
               lambda row: _sort_effect(row)),
        Column(ctx.t("compare.column.cost"), "number", lambda row: cost_html(ctx, row),
               lambda row: row.cost.amount if row.cost else None),
        Column(ctx.t("compare.column.period"), "text",
               lambda row: escape.text(project_period(row.project, ctx.lang)),
               lambda row: row.project.period.start or ""),
        Column(ctx.t("compare.column.methods"), "text", lambda row: _list(ctx, [
            ctx.link(routes.method_url(m), ctx.text(catalog.methods[m].name))
            for m in row.project.methods if m in catalog.methods])),
        Column(ctx.t("compare.column.target_groups"), "text", lambda row: _list(ctx, [
            ctx.link(routes.target_group_url(g), ctx.label("target-groups", g))
            for g in row.project.target_groups])),
        Column(ctx.t("compare.column.evidence"), "text", lambda row: evidence_html(ctx, row),
               lambda row: f"{EVIDENCE_LEVELS.index(row.project.evidence_level)}"),
        Column(ctx.t("compare.column.flags"), "text",
               lambda row: flags_html(ctx, row.flags) if row.outcome else _no_outcome(ctx)),
    ]


def _sort_share(row: ProjectComparison, measure: str) -> float | None:
    """Only shares of the participants are sorted among each other; a share of another
    group sorts with the missing figures, last."""
    value = row.share_of(measure)
    if value is None or value.base != "participants":
        return None
    return value.range.low if value.open_above else value.percent


def _sort_effect(row: ProjectComparison) -> float | None:
    effect = row.effect
    if effect is None:
        return None
    return effect.stated.points if effect.stated is not None else effect.computed_points


def _list(ctx: Context, items: list[str]) -> str:
    return inline_list(items) if items else _none(ctx)


def _none(ctx: Context) -> str:
    return f'<span class="vta-none">{ctx.t("compare.none")}</span>'


def _no_outcome(ctx: Context) -> str:
    return f'<span class="vta-none">{ctx.t("compare.no_outcome")}</span>'


def compare_page(base: Context) -> Page:
    ctx = base.at(COMPARE)
    rows = ctx.derived.rows_by_name(ctx.lang)
    table = sortable_table(
        ctx, ctx.t("compare.table.caption", count=len(rows)), _columns(ctx), rows,
        lambda row: ctx.link(routes.project_url(row.project.id), ctx.text(row.project.name)),
        kept="compare")
    with_shares = [row for row in rows if row.combined or row.into_work or row.into_studies]
    # By identity: comparing rows by value compares whole records, for every pair of rows.
    shown = {id(row) for row in with_shares}
    missing = [ctx.plain(row.project.name) for row in rows if id(row) not in shown]
    chart = share_chart(ctx, "chart-shares", ctx.t("compare.chart.projects.title"),
                        ctx.t("compare.chart.projects.description"), [(None, with_shares)])
    effects = effects_table(ctx, rows, ctx.t("figures.effects.caption"))
    body = [
        WIDE_PAGE,
        f"# {ctx.t('compare.title')}",
        f'<p class="vta-lead">{ctx.t("compare.intro")}</p>',
        subnav(ctx),
        downloads(ctx),
        caveats(ctx),
        heading(2, ctx.t("compare.table.heading"), routes.COMPARE_TABLE_ANCHOR),
        # The checkboxes work only with JavaScript (it draws the side-by-side view): without
        # it the theme hides them and, marked vta-needs-js, this hint (a11y.css).
        f"<p>{ctx.t('compare.table.order')} "
        f'<span class="vta-needs-js">{ctx.t("compare.table.pick_hint")}</span></p>',
        f'<form class="vta-compare-form" method="get" action="{ctx.href(SIDE_BY_SIDE.url)}"'
        f"{strings_attribute(ctx.lang, COMPARE_STRINGS)}>"
        f"\n{table}\n"
        f'<p><button type="submit" class="md-button">{ctx.t("compare.table.submit")}</button> '
        f'{ctx.t("compare.table.submit_help")}</p>\n'
        '<p role="status" data-vta-pick-status></p>\n</form>',
        heading(2, ctx.t("compare.chart.projects.heading"), "chart"),
        chart_block(ctx, chart, missing, left_out(ctx, with_shares)),
        heading(2, ctx.t("figures.effects.heading"), EFFECTS_ANCHOR),
        f"<p>{ctx.t('figures.effects.intro')}</p>",
        effects,
    ]
    return Page(COMPARE.path, "\n\n".join(body) + "\n")


PAGE_KINDS: tuple[PageKind, ...] = (compare_page,)
