"""Charts of the share into work and studies per project, from the comparison rows.

The axis is the share of the participants, so only such shares are drawn: a share of
those who left, of those followed up or of an unknown group is left out of the bar and
named under it (or under the chart, when nothing of the project can be drawn). A range
is drawn to its lowest value with a line across the range; a lower bound alone ("at
least") is drawn to that bound with an arrow, since nothing the source says sets a top.
Results against a comparison group are effects, not shares: they have a table of their
own (fragments/effects.py) and are never drawn here. Each chart comes with a caption
and a data table with the same numbers in words, so nothing is only in the picture.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.analysis.comparison import ProjectComparison, ShareFigure
from generator.site.context import Context
from generator.site.format.figures import percent, share_amount, share_text
from generator.site.fragments.charts.bars import (
    Bar,
    BarChart,
    BarGroup,
    Segment,
    SegmentKind,
    render,
)
from generator.site.fragments.compare_cells import flag_texts, share_range_text
from generator.site.fragments.goals import goal_text
from generator.site.markup import escape
from generator.site.markup.html import table

WORK: SegmentKind = "work"
STUDIES: SegmentKind = "studies"
CHART_GOAL_MEASURES = ("work", "studies", "work_or_studies", "work_studies_or_other")
"""Goals drawn on the bar: shares of the participants (a count has no place on a % axis)."""
MEASURES = ("into_work", "into_studies", "combined")
LEGEND = ("work", "studies", "combined", "spread", "open", "goal")


def drawable(value: ShareFigure | None) -> ShareFigure | None:
    """A share that belongs on the axis: a share of the participants."""
    return value if value is not None and value.base == "participants" else None


def _drawn_percent(value: ShareFigure) -> float:
    """How far the bar goes: what the figures allow at least when the top is open."""
    return value.range.low if value.open_above else value.percent


def _segments(row: ProjectComparison) -> tuple[Segment, ...]:
    outcome = row.outcome
    work, studies = drawable(row.into_work), drawable(row.into_studies)
    if outcome is not None and outcome.into_work_or_studies is None:
        parts = [Segment(kind, _drawn_percent(value)) for kind, value in
                 ((WORK, work), (STUDIES, studies)) if value is not None]
        if parts:
            return tuple(parts)
    if (combined := drawable(row.combined)) is not None:
        return (Segment("combined", _drawn_percent(combined)),)
    return ()


def _drawn_total(row: ProjectComparison) -> ShareFigure | None:
    """The share the whole bar stands for: work and studies together when both are drawn
    (or the source's own sum), else the one part that is."""
    kinds = [segment.kind for segment in _segments(row)]
    if kinds == [WORK]:
        return row.into_work
    if kinds == [STUDIES]:
        return row.into_studies
    return drawable(row.combined) if kinds else None


def _value_text(ctx: Context, row: ProjectComparison) -> str:
    texts = []
    for measure in MEASURES:
        if (value := drawable(row.share_of(measure))) is not None:
            texts.append(ctx.t(f"compare.chart.value.{measure}",
                               value=share_amount(value, ctx.lang)))
    total = _drawn_total(row)
    spread = share_range_text(ctx, total) if total is not None else ""
    return "; ".join(texts) + (f" ({spread})" if spread else "")


def other_base_texts(ctx: Context, row: ProjectComparison,
                     key: str = "figures.chart.not_drawn") -> list[str]:
    """The project's shares of another group than the participants, said as they are."""
    return [ctx.t(key, measure=ctx.t(f"compare.column.{measure}"),
                  share=share_text(value, ctx.lang))
            for measure in MEASURES
            if (value := row.share_of(measure)) is not None and drawable(value) is None]


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
    total = _drawn_total(row)
    notes = (" · ".join(flag_texts(ctx, row.all_flags())), *other_base_texts(ctx, row),
             goal_words)
    open_above = total is not None and total.open_above
    return Bar(ctx.plain(row.project.name), segments, _value_text(ctx, row),
               tuple(note for note in notes if note),
               total.range if total is not None and not open_above else None, goal,
               open_above)


def left_out(ctx: Context, rows: Sequence[ProjectComparison]) -> list[str]:
    """Why a project with shares has no bar: each of its shares is of another group."""
    return [ctx.t("figures.chart.left_out", project=ctx.plain(row.project.name),
                  shares="; ".join(texts))
            for row in rows if not _segments(row)
            and (texts := other_base_texts(ctx, row, "figures.chart.other_share"))]


def share_chart(ctx: Context, chart_id: str, title: str, description: str,
                groups: Sequence[tuple[str | None, Sequence[ProjectComparison]]]) -> BarChart:
    built = []
    for label, rows in groups:
        bars = tuple(bar for row in rows if (bar := project_bar(ctx, row)) is not None)
        if bars:
            built.append(BarGroup(label, bars))
    legend = tuple((kind, ctx.t(f"compare.chart.legend.{kind}")) for kind in LEGEND)
    ticks = tuple(percent(tick, ctx.lang) for tick in (0, 25, 50, 75, 100))
    return BarChart(chart_id, title, description, tuple(built), legend, ticks)


def chart_block(ctx: Context, chart: BarChart, missing: Sequence[str],
                other_bases: Sequence[str] = ()) -> str:
    """The SVG in a figure with its caption, and beside it (below on narrow screens) the data.

    `missing`: projects without any share; `other_bases`: sentences naming the projects
    whose shares are all of another group than the participants (see `left_out`).
    """
    left = ""
    if missing:
        left = " " + ctx.t("compare.chart.missing", projects=", ".join(missing))
    if other_bases:
        left += " " + ctx.t("figures.chart.left_out_intro") + " " + " ".join(other_bases)
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
            f"<figcaption>{escape.text(chart.description)}{escape.text(left)}"
            "</figcaption>\n</figure>\n"
            f'<div class="vta-chart__data" tabindex="0" role="region" '
            f'aria-label="{escape.attribute(caption)}">\n{data}\n</div>\n</div>\n</div>')
