"""Charts of the share into work and studies per project, from the comparison rows.

Each chart comes with a caption that says what it shows and a data table with
the same numbers in words, so nothing is only in the picture.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.analysis.comparison import ProjectComparison
from generator.site.context import Context
from generator.site.format.figures import percent, rounded_percent
from generator.site.fragments.charts.bars import (
    Bar,
    BarChart,
    BarGroup,
    Segment,
    SegmentKind,
    render,
)
from generator.site.fragments.compare_cells import flag_texts, goal_text, share_range_text
from generator.site.markup import escape
from generator.site.markup.html import table

WORK: SegmentKind = "work"
STUDIES: SegmentKind = "studies"
CHART_GOAL_MEASURES = ("work", "studies", "work_or_studies", "work_studies_or_other")
"""Goals drawn on the bar: shares of the participants (a count has no place on a % axis)."""


def _segments(row: ProjectComparison) -> tuple[Segment, ...]:
    outcome = row.outcome
    if outcome is not None and outcome.into_work_or_studies is None:
        parts = [Segment(kind, value.percent) for kind, value in
                 ((WORK, row.into_work), (STUDIES, row.into_studies)) if value is not None]
        if parts:
            return tuple(parts)
    if row.combined is not None:
        return (Segment("combined", row.combined.percent),)
    return ()


def _value_text(ctx: Context, row: ProjectComparison) -> str:
    texts = []
    for measure in ("into_work", "into_studies", "combined"):
        value = row.share_of(measure)
        if value is None:
            continue
        # A percentage the source gave itself is not approximate for want of a count.
        amount = rounded_percent(value.percent, not (value.flags - {"percent_only"}), ctx.lang)
        texts.append(ctx.t(f"compare.chart.value.{measure}", value=amount))
    total = row.combined or row.into_work or row.into_studies
    spread = share_range_text(ctx, total) if total is not None else ""
    return "; ".join(texts) + (f" ({spread})" if spread else "")


def _goal(ctx: Context, row: ProjectComparison) -> tuple[float | None, str]:
    for check in row.goals:
        if check.goal.percent is not None and check.goal.measure in CHART_GOAL_MEASURES:
            return check.goal.percent, ctx.t("compare.chart.goal", goal=goal_text(ctx, check))
    return None, ""


def project_bar(ctx: Context, row: ProjectComparison) -> Bar | None:
    segments = _segments(row)
    if not segments:
        return None
    goal, goal_words = _goal(ctx, row)
    total = row.combined or row.into_work or row.into_studies
    notes = (" · ".join(flag_texts(ctx, row.all_flags())), goal_words)
    return Bar(ctx.plain(row.project.name), segments, _value_text(ctx, row),
               tuple(note for note in notes if note),
               total.range if total is not None and not total.open_above else None, goal)


def share_chart(ctx: Context, chart_id: str, title: str, description: str,
                groups: Sequence[tuple[str | None, Sequence[ProjectComparison]]]) -> BarChart:
    built = []
    for label, rows in groups:
        bars = tuple(bar for row in rows if (bar := project_bar(ctx, row)) is not None)
        if bars:
            built.append(BarGroup(label, bars))
    legend = tuple((kind, ctx.t(f"compare.chart.legend.{kind}"))
                   for kind in ("work", "studies", "combined", "spread", "goal"))
    ticks = tuple(percent(tick, ctx.lang) for tick in (0, 25, 50, 75, 100))
    return BarChart(chart_id, title, description, tuple(built), legend, ticks)


def chart_block(ctx: Context, chart: BarChart, missing: Sequence[str]) -> str:
    """The SVG in a figure with its caption, and beside it (below on narrow screens) the data."""
    left_out = ""
    if missing:
        left_out = " " + ctx.t("compare.chart.missing", projects=", ".join(missing))
    headers = [ctx.t("compare.column.project")]
    has_groups = any(group.label for group in chart.groups)
    if has_groups:
        headers.append(ctx.t("compare.column.method"))
    headers += [ctx.t("compare.chart.column.values"), ctx.t("compare.column.flags")]
    rows = []
    for group in chart.groups:
        for bar in group.bars:
            row = [bar.label] + ([group.label or ""] if has_groups else [])
            rows.append([*row, bar.value_text, ". ".join(bar.notes)])
    caption = ctx.t("compare.chart.table_caption", title=chart.title)
    data = table(escape.text(caption), headers,
                 [[escape.text(cell) for cell in row] for row in rows], region=False)
    # The outer element is the CSS container, the inner one the grid that puts the table
    # beside the chart when the column is wide enough (a container cannot query itself).
    # Beside the chart the table scrolls in its own region, so it must take keyboard focus.
    return (f'<div class="vta-chart">\n<div class="vta-chart__layout">\n'
            f'<figure class="vta-chart__figure" id="{chart.chart_id}">\n'
            # Below 660 px the chart scrolls sideways instead of shrinking its text under
            # 11 px (tables.css), so its box takes focus for the arrow keys.
            f'<div class="vta-chart__scroll" tabindex="0" role="region" '
            f'aria-labelledby="{chart.chart_id}-title">\n{render(chart)}\n</div>\n'
            f"<figcaption>{escape.text(chart.description)}{escape.text(left_out)}"
            "</figcaption>\n</figure>\n"
            f'<div class="vta-chart__data" tabindex="0" role="region" '
            f'aria-label="{escape.attribute(caption)}">\n{data}\n</div>\n</div>\n</div>')
