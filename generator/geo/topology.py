"""The committed boundary files (TopoJSON) read and decoded with the standard library only.

A shape's points stay on its file's integer grid (x east, y north); `frame` turns them into
SVG coordinates. A file that is not the expected topology raises BoundaryFileError naming
the file and what is wrong: the files are made by tools/boundaries/, never by hand.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

Point = tuple[int, int]
Ring = tuple[Point, ...]
Polygon = tuple[Ring, ...]
"""Exterior ring first, then holes; every ring closed (last point = first point)."""
Box = tuple[int, int, int, int]
"""min x, min y, max x, max y on the grid."""

BOUNDARIES = Path(__file__).resolve().parent / "boundaries"


class BoundaryFileError(ValueError):
    """A boundary file is missing or not the topology the maps expect."""


@dataclass(frozen=True)
class Shape:
    code: str
    polygons: tuple[Polygon, ...]
    label: Point
    """Where a number fits inside the shape: the centre of its largest inscribed circle."""
    label_radius: int
    """That circle's radius in grid units."""

    @property
    def bbox(self) -> Box:
        return bounds(point for polygon in self.polygons for point in polygon[0])


@dataclass(frozen=True)
class Layer:
    name: str
    step: float
    """Metres per grid unit (SWEREF 99 TM)."""
    shapes: Mapping[str, Shape]
    """By code, in code order."""

    def bbox(self, codes: Iterable[str] | None = None) -> Box:
        chosen = self.shapes.values() if codes is None else [self.shapes[c] for c in codes]
        boxes = [shape.bbox for shape in chosen]
        return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))


def bounds(points: Iterable[Point]) -> Box:
    xs, ys = zip(*points, strict=True)
    return min(xs), min(ys), max(xs), max(ys)


def _int_pair(value: object) -> bool:
    return (isinstance(value, list) and len(value) == 2
            and all(isinstance(n, int) and not isinstance(n, bool) for n in value))


def _decode_arcs(raw: object, problem: _Problem) -> list[list[Point]]:
    if not isinstance(raw, list):
        raise problem("'arcs' is not a list")
    arcs = []
    for number, arc in enumerate(raw):
        if not isinstance(arc, list) or len(arc) < 2 or not all(_int_pair(p) for p in arc):
            raise problem(f"arc {number} is not a list of at least two [x, y] integer pairs")
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x, y))
        arcs.append(points)
    return arcs


def _ring(indexes: object, arcs: list[list[Point]], problem: _Problem) -> Ring:
    if not isinstance(indexes, list) or not indexes:
        raise problem("a ring is not a non-empty list of arc indexes")
    points: list[Point] = []
    for index in indexes:
        if not isinstance(index, int) or not -len(arcs) <= index < len(arcs):
            raise problem(f"arc index {index!r} is not one of the {len(arcs)} arcs")
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        if points and points[-1] != arc[0]:
            raise problem(f"arc {index} does not start where the ring's previous arc ended")
        points.extend(arc if not points else arc[1:])
    if len(points) < 4 or points[0] != points[-1]:
        raise problem("a ring does not close (its last point differs from its first)")
    return tuple(points)


def _shape(geometry: object, arcs: list[list[Point]], problem: _Problem) -> Shape:
    if not isinstance(geometry, dict) or not isinstance(geometry.get("id"), str):
        raise problem("a geometry has no string 'id'")
    code = geometry["id"]
    kind, raw = geometry.get("type"), geometry.get("arcs")
    if kind not in ("Polygon", "MultiPolygon") or not isinstance(raw, list):
        raise problem(f"{code}: expected a Polygon or MultiPolygon with 'arcs', found {kind!r}")
    polygons = [raw] if kind == "Polygon" else raw
    decoded = []
    for polygon in polygons:
        if not isinstance(polygon, list) or not polygon:
            raise problem(f"{code}: a polygon is not a non-empty list of rings")
        decoded.append(tuple(_ring(ring, arcs, problem.within(code)) for ring in polygon))
    properties = geometry.get("properties")
    if (not isinstance(properties, dict) or not _int_pair(properties.get("label"))
            or not isinstance(properties.get("r"), int)):
        raise problem(f"{code}: 'properties' needs 'label' [x, y] and 'r', both integers")
    x, y = properties["label"]
    return Shape(code, tuple(decoded), (x, y), properties["r"])


class _Problem:
    def __init__(self, path: Path, where: str = "") -> None:
        self.path, self.where = path, where

    def within(self, code: str) -> _Problem:
        return _Problem(self.path, f"{code}: ")

    def __call__(self, what: str) -> BoundaryFileError:
        return BoundaryFileError(f"{self.path}: {self.where}{what}")


def read_layer(path: Path, name: str) -> Layer:
    """The `name` object of the topology in `path`."""
    problem = _Problem(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise problem(f"cannot be read as JSON ({error})") from error
    if not isinstance(data, dict) or data.get("type") != "Topology":
        raise problem("is not a TopoJSON Topology")
    transform = data.get("transform")
    scale = transform.get("scale") if isinstance(transform, dict) else None
    if (not isinstance(scale, list) or len(scale) != 2 or scale[0] != scale[1]
            or not isinstance(scale[0], int | float) or scale[0] <= 0):
        raise problem("'transform.scale' must be two equal positive numbers (metres per unit)")
    arcs = _decode_arcs(data.get("arcs"), problem)
    objects = data.get("objects")
    collection = objects.get(name) if isinstance(objects, dict) else None
    if not isinstance(collection, dict) or not isinstance(collection.get("geometries"), list):
        raise problem(f"has no GeometryCollection named {name!r}")
    shapes = [_shape(geometry, arcs, problem) for geometry in collection["geometries"]]
    codes = [shape.code for shape in shapes]
    if len(set(codes)) != len(codes):
        raise problem("a code is used by more than one geometry")
    return Layer(name, float(scale[0]), {shape.code: shape for shape in sorted(
        shapes, key=lambda shape: shape.code)})


@cache
def counties() -> Layer:
    """Sweden's 21 counties (län), by their two-digit SCB code."""
    return read_layer(BOUNDARIES / "counties.topo.json", "counties")


@cache
def municipalities() -> Layer:
    """Sweden's 290 municipalities (kommuner), by their four-digit SCB code."""
    return read_layer(BOUNDARIES / "municipalities.topo.json", "municipalities")
