"""A choropleth as inline SVG: areas shaded by a count, each a link, with legend and numbers.

Readable without colour and without JavaScript: every area is an SVG link named by its
`<title>` (the area and its count in words, which is also the tooltip), the counts that fit
are written on the map, the legend spells out each class, and the caller puts the same
figures in a table. The SVG is a named group (`<title>`/`<desc>`) so the links inside stay
reachable; the caller's order of regions is the keyboard order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Literal

from generator.geo import colours
from generator.geo.frame import Frame, path_data
from generator.geo.topology import Layer

LegendPlace = Literal["top-left", "below"]


@dataclass(frozen=True)
class Region:
    code: str
    label: str
    """The accessible name: the area and its count in the page's language."""
    count: int
    href: str | None = None
    data: tuple[tuple[str, str], ...] = ()
    """Extra `data-` attributes of the area, for a script (name without `data-`, value)."""


@dataclass(frozen=True)
class MapTexts:
    title: str
    description: str
    legend_title: str
    number: Callable[[int], str] = str
    """Formats a count the way the page's language writes numbers."""


@dataclass(frozen=True)
class Layout:
    longest_side: int = 640
    """Of the map in SVG units: sets how much detail the paths keep."""
    display_width: int = 320
    """Default width in CSS pixels; the page's CSS may scale it to its column."""
    legend: LegendPlace = "below"
    font_px: float = 14
    zero_counts: bool = False
    """Write 0 on areas without any? By default they stay blank (the legend's white)."""


def legend_text(shade: colours.Bin, number: Callable[[int], str]) -> str:
    if shade.low == shade.high:
        return number(shade.low)
    return f"{number(shade.low)}\u2013{number(shade.high)}"


def _attr(value: str) -> str:
    return escape(value, quote=True)


class _Scale:
    """SVG units per CSS pixel of the default display size."""

    def __init__(self, frame: Frame, layout: Layout) -> None:
        self.unit = frame.width / layout.display_width
        self.font = round(layout.font_px * self.unit, 1)

    def px(self, pixels: float) -> str:
        return f"{pixels * self.unit:.2f}".rstrip("0").rstrip(".")


def _areas(layer: Layer, regions: Sequence[Region], frame: Frame,
           classes: tuple[colours.Bin, ...], scale: _Scale) -> str:
    parts = [f'<g class="vta-map__areas" stroke="{colours.OUTLINE}" '
             f'stroke-width="{scale.px(0.75)}" stroke-linejoin="round" fill-rule="evenodd">']
    for region in regions:
        path = (f'<path d="{path_data(layer.shapes[region.code], frame)}" '
                f'fill="{colours.colour_of(region.count, classes)}"/>')
        title = f"<title>{escape(region.label, quote=False)}</title>"
        data = "".join(f' data-{_attr(name)}="{_attr(value)}"' for name, value in region.data)
        if region.href is None:
            parts.append(f'<g data-code="{_attr(region.code)}"{data}>{title}{path}</g>')
        else:
            parts.append(f'<a href="{_attr(region.href)}" data-code="{_attr(region.code)}"'
                         f"{data}>{title}{path}</a>")
    parts.append("</g>")
    return "".join(parts)


def _counts(layer: Layer, regions: Sequence[Region], frame: Frame, scale: _Scale,
            number: Callable[[int], str], zero_counts: bool) -> str:
    """Each count written inside its area where it fits; the rest are in names and table.

    A blank count still gets its (empty) text element, for a script that fills it in.
    """
    parts = [f'<g class="vta-map__counts" aria-hidden="true" font-size="{scale.font}" '
             f'text-anchor="middle" fill="{colours.TEXT}" stroke="{colours.HALO}" '
             f'stroke-width="{scale.px(3)}" stroke-linejoin="round" paint-order="stroke" '
             'pointer-events="none">']
    for region in regions:
        shape = layer.shapes[region.code]
        text = number(region.count)
        needed = max(len(text) * 0.6, 1.0) * scale.font / 2 + scale.unit
        if frame.length(shape.label_radius) < needed:
            continue
        x, y = frame.point(shape.label)
        shown = text if region.count or zero_counts else ""
        parts.append(f'<text x="{x}" y="{y}" dy=".35em" data-code="{_attr(region.code)}">'
                     f"{escape(shown, quote=False)}</text>")
    parts.append("</g>")
    return "".join(parts)


def _legend(classes: tuple[colours.Bin, ...], texts: MapTexts, top: float, left: float,
            scale: _Scale) -> tuple[str, float]:
    """The legend's markup and its height in SVG units."""
    row = scale.font * 1.5
    box = scale.font
    parts = [f'<g class="vta-map__legend" font-size="{scale.font}" fill="{colours.TEXT}" '
             f'data-row="{row:.1f}">',
             f'<text x="{left:.1f}" y="{top + scale.font:.1f}">'
             f"{escape(texts.legend_title, quote=False)}</text>"]
    for number, shade in enumerate(classes, start=1):
        y = top + number * row + (row - box) / 2
        parts.append(f'<rect x="{left:.1f}" y="{y:.1f}" width="{box:.1f}" height="{box:.1f}" '
                     f'fill="{shade.colour}" stroke="{colours.OUTLINE}" '
                     f'stroke-width="{scale.px(0.75)}" aria-hidden="true"/>')
        parts.append(f'<text x="{left + box * 1.6:.1f}" y="{y + box * 0.85:.1f}">'
                     f"{escape(legend_text(shade, texts.number), quote=False)}</text>")
    parts.append("</g>")
    return "".join(parts), row * (len(classes) + 1)


def choropleth(layer: Layer, regions: Sequence[Region], texts: MapTexts, map_id: str,
               layout: Layout = Layout()) -> str:
    """The map of `regions` (codes of `layer`), framed to fit them; `map_id` unique per page."""
    if not regions:
        raise ValueError("a map needs at least one region")
    frame = Frame.around(layer.bbox(region.code for region in regions), layout.longest_side)
    scale = _Scale(frame, layout)
    classes = colours.bins(region.count for region in regions)
    if layout.legend == "top-left":
        legend, _ = _legend(classes, texts, frame.margin, frame.margin, scale)
        extra = 0.0
    else:
        legend, extra = _legend(classes, texts, frame.height, frame.margin, scale)
        extra += frame.margin
    height = frame.height + round(extra)
    display_height = round(height * layout.display_width / frame.width)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="vta-map" id="{_attr(map_id)}" '
        f'viewBox="{frame.view_box(round(extra))}" width="{layout.display_width}" '
        f'height="{display_height}" role="group" aria-labelledby="{_attr(map_id)}-title" '
        f'aria-describedby="{_attr(map_id)}-desc">'
        f'<title id="{_attr(map_id)}-title">{escape(texts.title, quote=False)}</title>'
        f'<desc id="{_attr(map_id)}-desc">{escape(texts.description, quote=False)}</desc>'
        f"{_areas(layer, regions, frame, classes, scale)}"
        f"{_counts(layer, regions, frame, scale, texts.number, layout.zero_counts)}"
        f"{legend}</svg>"
    )
