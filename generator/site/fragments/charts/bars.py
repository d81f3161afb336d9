"""Horizontal bar charts of shares (0 to 100 %) as inline SVG.

Each bar gets its own rows of text (name above, values and caveats below), so
labels never collide with bars whatever the numbers are. Positions are
rounded to one decimal and nothing depends on time or randomness: the same
chart gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from generator.analysis.outcomes import Range
from generator.site.fragments.charts.palette import (
    BACKGROUND,
    GOAL,
    GRID,
    SERIES,
    TEXT,
    fill,
    patterns,
)
from generator.site.markup import escape

SegmentKind = Literal["work", "studies", "combined"]
WIDTH = 720
LEFT = 12
PLOT = 600
"""Width of 0 to 100 %; the rest is margin for the last tick label."""
LINE = 18
BAR_HEIGHT = 16
TICKS = (0, 25, 50, 75, 100)


@dataclass(frozen=True)
class Segment:
    kind: SegmentKind
    percent: float


@dataclass(frozen=True)
class Bar:
    label: str
    segments: tuple[Segment, ...]
    value_text: str
    """What the bar shows, in words: the chart must be readable without the bar."""
    notes: tuple[str, ...] = ()
    """Caveats and the goal in words, one line each."""
    spread: Range | None = None
    """Widest reading of the bar's total, drawn as a whisker under the bar."""
    goal: float | None = None
    """A goal in per cent, drawn as a dashed line across the bar."""
    open_above: bool = False
    """The figures give only a lower bound: the bar ends in an arrow, not at a value."""


@dataclass(frozen=True)
class BarGroup:
    label: str | None
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class BarChart:
    chart_id: str
    title: str
    description: str
    groups: tuple[BarGroup, ...]
    legend: tuple[tuple[str, str], ...]
    """(kind, text): kinds are segment kinds, "spread", "open" or "goal"."""
    ticks: tuple[str, ...]
    """Labels of 0, 25, 50, 75 and 100 % in the page's language."""


def _x(percent: float) -> str:
    return f"{LEFT + PLOT * max(0.0, min(percent, 100.0)) / 100:.1f}"


def _text(x: float | str, y: float, value: str, extra: str = "") -> str:
    return (f'<text x="{x}" y="{y:.1f}" fill="{TEXT}"{extra}>{escape.text(value)}</text>')


def _legend(chart: BarChart, y: float) -> tuple[list[str], float]:
    parts = []
    for kind, label in chart.legend:
        if kind == "goal":
            swatch = (f'<line x1="{LEFT + 7}" y1="{y - 12:.1f}" x2="{LEFT + 7}" y2="{y + 3:.1f}" '
                      f'stroke="{GOAL}" stroke-width="2" stroke-dasharray="4 2"/>')
        elif kind == "spread":
            swatch = _whisker(LEFT, LEFT + 14, y - 5)
        elif kind == "open":
            swatch = _arrow(LEFT, y - 5)
        else:
            swatch = (f'<rect x="{LEFT}" y="{y - 12:.1f}" width="14" height="14" '
                      f'fill="{fill(chart.chart_id, kind)}" stroke="{SERIES[kind]}" '
                      'stroke-width="1.5"/>')
        parts += [swatch, _text(LEFT + 22, y, label)]
        y += LINE
    return parts, y


def _whisker(x1: float | str, x2: float | str, y: float) -> str:
    return (f'<path d="M{x1},{y - 4:.1f} v8 M{x1},{y:.1f} H{x2} M{x2},{y - 4:.1f} v8" '
            f'stroke="{TEXT}" stroke-width="1.5" fill="none"/>')


def _arrow(x: float | str, y: float) -> str:
    """"And possibly more": a dashed shaft and an open head after the end of a bar."""
    start = float(x)
    return (f'<path d="M{start + 1:.1f},{y:.1f} h10" stroke="{TEXT}" stroke-width="1.5" '
            f'stroke-dasharray="2 2" fill="none"/>'
            f'<path d="M{start + 9:.1f},{y - 4:.1f} l5,4 l-5,4" stroke="{TEXT}" '
            'stroke-width="1.5" fill="none"/>')


def _axis(y: float) -> list[str]:
    return [f'<line x1="{_x(tick)}" y1="{y:.1f}" x2="{_x(tick)}" y2="{{bottom}}" '
            f'stroke="{GRID}" stroke-width="1" stroke-dasharray="2 3"/>' for tick in TICKS]


def _bar(chart: BarChart, bar: Bar, y: float) -> tuple[list[str], float]:
    parts = [_text(LEFT, y, bar.label, ' font-weight="700"')]
    top = y + 6
    start = 0.0
    for segment in bar.segments:
        width = PLOT * max(0.0, min(segment.percent, 100.0 - start)) / 100
        parts.append(f'<rect x="{_x(start)}" y="{top:.1f}" width="{width:.1f}" '
                     f'height="{BAR_HEIGHT}" fill="{fill(chart.chart_id, segment.kind)}" '
                     f'stroke="{SERIES[segment.kind]}" stroke-width="1.5"/>')
        start += segment.percent
    if bar.open_above:
        parts.append(_arrow(_x(start), top + BAR_HEIGHT / 2))
    y = top + BAR_HEIGHT
    if bar.goal is not None:
        parts.append(f'<line x1="{_x(bar.goal)}" y1="{top - 4:.1f}" x2="{_x(bar.goal)}" '
                     f'y2="{y + 4:.1f}" stroke="{GOAL}" stroke-width="2" '
                     'stroke-dasharray="4 2"/>')
    if bar.spread is not None and _x(bar.spread.low) != _x(bar.spread.high):
        y += 10
        parts.append(_whisker(_x(bar.spread.low), _x(bar.spread.high), y))
    y += LINE
    parts.append(_text(LEFT, y, bar.value_text, ' font-size="12"'))
    for note in bar.notes:
        y += LINE - 2
        parts.append(_text(LEFT, y, note, ' font-size="12" font-style="italic"'))
    return parts, y + LINE + 12


def render(chart: BarChart) -> str:
    """The chart as one <svg> element (role="img", named by its <title> and <desc>)."""
    cid = chart.chart_id
    body, y = _legend(chart, LINE + 4)
    y += 8
    body += [_text(_x(tick), y, label, ' text-anchor="middle" font-size="12"')
             for tick, label in zip(TICKS, chart.ticks, strict=True)]
    axis_top = y + 6
    y += LINE + 6
    bars: list[str] = []
    for group in chart.groups:
        if group.label:
            bars.append(_text(LEFT, y, group.label, ' font-size="15" font-weight="700"'))
            y += LINE + 6
        for bar in group.bars:
            drawn, y = _bar(chart, bar, y)
            bars += drawn
    height = round(y + 4)
    grid = [line.replace("{bottom}", f"{y - LINE:.1f}") for line in _axis(axis_top)]
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" class="vta-chart__svg" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'aria-labelledby="{cid}-title {cid}-desc" font-family="system-ui, sans-serif" '
        'font-size="14">',
        f'<title id="{cid}-title">{escape.text(chart.title)}</title>',
        f'<desc id="{cid}-desc">{escape.text(chart.description)}</desc>',
        patterns(cid),
        f'<rect width="{WIDTH}" height="{height}" fill="{BACKGROUND}"/>',
        *body, *grid, *bars,
        "</svg>",
    ])
