"""From a layer's grid to SVG user units, and shapes to compact SVG path data.

Coordinates stay integers: a frame divides the grid by a whole number and rounds, so a
border two shapes share is rounded the same way for both and no hairline gap opens between
them. Path data is relative (`l` with small deltas), about three bytes a point.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from generator.geo.topology import Box, Point, Shape


@dataclass(frozen=True)
class Frame:
    """A window on the grid: `origin` is its top-left (min x, max y), y grows downwards."""

    origin: Point
    divisor: int
    """Grid units per SVG unit."""
    margin: int
    map_width: int
    map_height: int

    @classmethod
    def around(cls, box: Box, longest_side: int, margin: int = 4) -> Frame:
        """The frame showing `box` with its longer side about `longest_side` SVG units."""
        span = max(box[2] - box[0], box[3] - box[1], 1)
        divisor = max(1, math.ceil(span / longest_side))
        return cls((box[0], box[3]), divisor, margin,
                   math.ceil((box[2] - box[0]) / divisor), math.ceil((box[3] - box[1]) / divisor))

    @property
    def width(self) -> int:
        return self.map_width + 2 * self.margin

    @property
    def height(self) -> int:
        return self.map_height + 2 * self.margin

    def view_box(self, extra_height: int = 0) -> str:
        return f"0 0 {self.width} {self.height + extra_height}"

    def point(self, point: Point) -> Point:
        return (round((point[0] - self.origin[0]) / self.divisor) + self.margin,
                round((self.origin[1] - point[1]) / self.divisor) + self.margin)

    def length(self, grid_units: float) -> float:
        return grid_units / self.divisor


def _number_list(numbers: list[int]) -> str:
    """Numbers as SVG path data joins them: a minus sign separates as well as a space."""
    text = ""
    for number in numbers:
        written = str(number)
        text += written if not text or written.startswith("-") else " " + written
    return text


def path_data(shape: Shape, frame: Frame) -> str:
    """Every ring of `shape` as a closed subpath; holes cut out with fill-rule evenodd."""
    parts = []
    for polygon in shape.polygons:
        for ring in polygon:
            points: list[Point] = []
            for grid_point in ring[:-1]:
                point = frame.point(grid_point)
                if not points or point != points[-1]:
                    points.append(point)
            if points[-1] == points[0]:
                points.pop()
            if len(points) < 3:
                continue  # an islet smaller than one SVG unit at this scale
            start = points[0]
            deltas = [n for a, b in itertools.pairwise(points)
                      for n in (b[0] - a[0], b[1] - a[1])]
            parts.append(f"M{_number_list(list(start))}l{_number_list(deltas)}z")
    if not parts:
        # Too small to keep any ring at this scale: a diamond at its label point keeps the
        # area visible, clickable and focusable.
        x, y = frame.point(shape.label)
        parts.append(f"M{_number_list([x, y - 2])}l2 2-2 2-2-2z")
    return "".join(parts)
