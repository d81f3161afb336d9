"""Locator maps that stay a few hundred bytes a page: one shared sprite, `<use>` per mark.

The sprite is a standalone SVG file with every area of a layer as a `<path id>`, grouped
(for municipalities: by county). A locator is a small inline SVG that draws the whole
sprite once as background and each marked area or group again on top, all by reference,
so a page's HTML grows by one `<use>` per marked area however detailed the outlines are.
The sprite's paths carry no colours of their own: each `<use>` gives them theirs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from html import escape

from generator.geo import colours
from generator.geo.frame import Frame, path_data
from generator.geo.topology import Layer

ALL = "all"


def area_id(code: str) -> str:
    return f"a{code}"


def group_id(code: str) -> str:
    return f"g{code}"


@dataclass(frozen=True)
class Sprite:
    layer: Layer
    groups: Mapping[str, Sequence[str]]
    """Group code to the codes of its areas; every area of the layer in exactly one group."""
    longest_side: int = 480

    def __post_init__(self) -> None:
        grouped = sorted(code for codes in self.groups.values() for code in codes)
        if grouped != sorted(self.layer.shapes):
            raise ValueError("the groups must hold every area of the layer exactly once")

    @cached_property
    def frame(self) -> Frame:
        return Frame.around(self.layer.bbox(), self.longest_side)

    def svg(self) -> str:
        """The sprite file. Viewed on its own it shows plain outlines."""
        frame = self.frame
        parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{frame.view_box()}" '
                 f'fill="{colours.CONTEXT}" stroke="{colours.CONTEXT_OUTLINE}" '
                 f'stroke-linejoin="round" fill-rule="evenodd"><g id="{ALL}">']
        for group in sorted(self.groups):
            parts.append(f'<g id="{escape(group_id(group))}">')
            parts.extend(f'<path id="{escape(area_id(code))}" '
                         f'd="{path_data(self.layer.shapes[code], frame)}"/>'
                         for code in sorted(self.groups[group]))
            parts.append("</g>")
        parts.append("</g></svg>\n")
        return "\n".join(parts)

    def locator(self, href: str, map_id: str, title: str, description: str, *,
                areas: Sequence[str] = (), groups: Sequence[str] = (),
                display_width: int = 140) -> str:
        """A small map of the whole layer marking `areas` and `groups`; `href`: the sprite."""
        unknown = [c for c in areas if c not in self.layer.shapes] + [
            g for g in groups if g not in self.groups]
        if unknown:
            raise ValueError(f"not in the sprite: {', '.join(unknown)}")
        frame = self.frame
        unit = frame.width / display_width
        link = escape(href, quote=True)
        outline = f'stroke-width="{0.5 * unit:.2f}"'
        marks = [f'<use href="{link}#{group_id(g)}" fill="{colours.MARKED}" '
                 f'stroke="{colours.OUTLINE}" {outline}/>' for g in groups]
        for code in areas:
            marks.append(f'<use href="{link}#{area_id(code)}" fill="{colours.MARKED}" '
                         f'stroke="{colours.OUTLINE}" {outline}/>')
            shape = self.layer.shapes[code]
            if frame.length(shape.label_radius) < 2.5 * unit:
                # Too small to see at this size: a dot on top says where it is.
                x, y = frame.point(shape.label)
                marks.append(f'<circle cx="{x}" cy="{y}" r="{3 * unit:.1f}" '
                             f'fill="{colours.MARKED}" stroke="{colours.BACKGROUND}" '
                             f'stroke-width="{unit:.2f}"/>')
        identifier = escape(map_id, quote=True)
        height = round(frame.height * display_width / frame.width)
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" class="vta-locator" id="{identifier}" '
            f'viewBox="{frame.view_box()}" width="{display_width}" height="{height}" '
            f'role="img" aria-labelledby="{identifier}-title {identifier}-desc">'
            f'<title id="{identifier}-title">{escape(title, quote=False)}</title>'
            f'<desc id="{identifier}-desc">{escape(description, quote=False)}</desc>'
            f'<use href="{link}#{ALL}" fill="{colours.CONTEXT}" '
            f'stroke="{colours.CONTEXT_OUTLINE}" stroke-width="{0.35 * unit:.2f}"/>'
            f'{"".join(marks)}</svg>'
        )
