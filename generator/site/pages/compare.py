"""`compare/`: every project's figures side by side, with every caveat in words.

The table is plain HTML in name order, so it works without JavaScript;
compare.js only adds sort buttons. No column is a score and nothing is ranked
by default. The checkboxes submit `?p=…&p=…` to the side-by-side view.
"""

from __future__ import annotations

from generator.analysis.aggregate import method_summaries
from generator.analysis.comparison import (
    FLAGS,
    SMALL_NUMBERS_THRESHOLD,
    ProjectComparison,
    compare_projects,
)
from generator.export.files import PROJECTS_CSV, PROJECTS_JSON, data_files
from generator.i18n import template
from generator.site import escape
from generator.site.charts.outcomes import chart_block, share_chart
from generator.site.context import Context
from generator.site.html import heading, inline_list
from generator.site.page import Page, method_url, project_url, target_group_url
from generator.site.pages.compare_cells import (
    cost_html,
    flags_html,
    goals_html,
    participants_html,
    period_text,
    share_html,
)
from generator.site.pages.compare_data import data_page
from generator.site.pages.compare_factors import factors_page
from generator.site.pages.compare_methods import methods_page
from generator.site.pages.compare_nav import WIDE_PAGE, subnav
from generator.site.pages.compare_side import side_by_side_pages
from generator.site.pages.compare_table import Column, sortable_table


def compare_pages(base: Context, small_numbers: int = SMALL_NUMBERS_THRESHOLD) -> list[Page]:
    """The comparison pages of one language, and the open-data files."""
    derived = base.derived
    if small_numbers == SMALL_NUMBERS_THRESHOLD:
        # The usual threshold: rows, summaries and data files are shared by both languages.
        found, summaries, files = derived.rows, derived.summaries, derived.data_pages
    else:
        found = compare_projects(base.catalog.projects.values(), small_numbers)
        summaries = method_summaries(found, base.index.by_method)
        files = data_files(base.catalog, found, summaries)
    rows = sorted(found, key=lambda row: (base.sort_key(row.project.name), row.project.id))
    return [
        compare_index(base, rows, small_numbers),
        methods_page(base, summaries),
        factors_page(base),
        *side_by_side_pages(base, rows),
        data_page(base, small_numbers),
        *files,
    ]


def caveats(ctx: Context, small_numbers: int) -> str:
    """What every flag means. Each flag in the tables links here."""
    items = "\n".join(
        f'<dt id="flag-{flag}">{ctx.t(f"compare.flag.{flag}")}</dt>\n'
        f'<dd>{ctx.t(f"compare.flag_help.{flag}", threshold=small_numbers)}</dd>'
        for flag in FLAGS)
    return (f'<div class="vta-caveats" markdown>\n\n'
            f'{heading(2, ctx.t("compare.caveats.heading"), "caveats")}\n\n'
            f'<p>{ctx.t("compare.caveats.intro", link=ctx.href("how-to-read/#comparing"))}</p>\n'
            f'<dl class="vta-flag-list">\n{items}\n</dl>\n\n</div>')


def downloads(ctx: Context) -> str:
    return "<p>" + ctx.t("compare.download", csv=ctx.href(PROJECTS_CSV),
                         json=ctx.href(PROJECTS_JSON), about=ctx.href("data/")) + "</p>"


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
        Column(ctx.t("compare.column.cost"), "number", lambda row: cost_html(ctx, row),
               lambda row: row.cost.amount if row.cost else None),
        Column(ctx.t("compare.column.period"), "text",
               lambda row: escape.text(period_text(ctx, row)),
               lambda row: row.project.period.start or ""),
        Column(ctx.t("compare.column.methods"), "text", lambda row: _list(ctx, [
            ctx.link(method_url(m), ctx.text(catalog.methods[m].name))
            for m in row.project.methods if m in catalog.methods])),
        Column(ctx.t("compare.column.target_groups"), "text", lambda row: _list(ctx, [
            ctx.link(target_group_url(g), ctx.label("target-groups", g))
            for g in row.project.target_groups])),
        Column(ctx.t("compare.column.evidence"), "text",
               lambda row: ctx.t(f"site.evidence_level.{row.project.evidence_level}")),
        Column(ctx.t("compare.column.flags"), "text",
               lambda row: flags_html(ctx, row.flags) if row.outcome else _no_outcome(ctx)),
    ]


def _sort_share(row: ProjectComparison, measure: str) -> float | None:
    value = row.share_of(measure)
    return value.percent if value is not None else None


def _list(ctx: Context, items: list[str]) -> str:
    return inline_list(items) if items else _none(ctx)


def _none(ctx: Context) -> str:
    return f'<span class="vta-none">{ctx.t("compare.none")}</span>'


def _no_outcome(ctx: Context) -> str:
    return f'<span class="vta-none">{ctx.t("compare.no_outcome")}</span>'


def compare_index(base: Context, rows: list[ProjectComparison], small_numbers: int) -> Page:
    ctx = base.at("compare/")
    table = sortable_table(
        ctx, ctx.t("compare.table.caption", count=len(rows)), _columns(ctx), rows,
        lambda row: ctx.link(project_url(row.project.id), ctx.text(row.project.name)))
    pick_count = escape.attribute(template(ctx.lang, "compare.table.pick_count"))
    with_shares = [row for row in rows if row.combined or row.into_work or row.into_studies]
    # By identity: comparing rows by value compares whole records, for every pair of rows.
    shown = {id(row) for row in with_shares}
    missing = [ctx.plain(row.project.name) for row in rows if id(row) not in shown]
    chart = share_chart(ctx, "chart-shares", ctx.t("compare.chart.projects.title"),
                        ctx.t("compare.chart.projects.description"), [(None, with_shares)])
    body = [
        WIDE_PAGE,
        f"# {ctx.t('compare.title')}",
        f'<p class="vta-lead">{ctx.t("compare.intro")}</p>',
        subnav(ctx),
        downloads(ctx),
        caveats(ctx, small_numbers),
        heading(2, ctx.t("compare.table.heading"), "table"),
        f"<p>{ctx.t('compare.table.order')}</p>",
        f'<form class="vta-compare-form" method="get" action="{ctx.href("compare/side-by-side/")}">'
        f"\n{table}\n"
        f'<p><button type="submit" class="md-button">{ctx.t("compare.table.submit")}</button> '
        f'{ctx.t("compare.table.submit_help")}</p>\n'
        f'<p role="status" data-vta-pick-status data-message="{pick_count}"></p>\n</form>',
        heading(2, ctx.t("compare.chart.projects.heading"), "chart"),
        chart_block(ctx, chart, missing),
    ]
    return Page("compare/index.md", "\n\n".join(body) + "\n")
