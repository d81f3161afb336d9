"""Polygons in grid metres to a quantised TopoJSON topology, byte for byte the same every run.

A border between two areas is stored once, as an arc both use (one of them backwards), the
way TopoJSON does it: the files stay small and neighbouring shapes can never drift apart
when they are drawn. The arcs are found by exact comparison of quantised points, so the
input must already be a clean coverage (neighbours share their vertices), which
`make_boundaries` ensures with GEOS' coverage cleaning and simplification.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

Point = tuple[int, int]
Ring = list[Point]
RealRing = Sequence[tuple[float, float]]


@dataclass(frozen=True)
class Area:
    """One named area: its polygons (exterior ring first, then holes) in grid metres."""

    code: str
    polygons: Sequence[Sequence[RealRing]]
    label: tuple[float, float]
    """Where a number fits inside: the centre of the largest inscribed circle."""
    label_radius: float


@dataclass
class _Arcs:
    arcs: list[list[Point]] = field(default_factory=list)
    index: dict[tuple[Point, ...], int] = field(default_factory=dict)

    def add(self, points: list[Point]) -> int:
        key = tuple(points)
        if key in self.index:
            return self.index[key]
        backwards = tuple(reversed(points))
        if backwards in self.index:
            return ~self.index[backwards]
        self.index[key] = len(self.arcs)
        self.arcs.append(points)
        return self.index[key]


def signed_area(ring: Sequence[tuple[float, float]]) -> float:
    """Shoelace area of a closed ring: positive when counter-clockwise (y pointing north)."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in itertools.pairwise(ring)) / 2


def quantise_ring(ring: RealRing, origin: tuple[float, float], step: float,
                  exterior: bool) -> Ring | None:
    """The ring on the grid, closed, without repeated points, exteriors counter-clockwise.

    None when quantising collapsed it (a sliver or an islet smaller than a grid cell).
    """
    points = _without_spikes([(round((x - origin[0]) / step), round((y - origin[1]) / step))
                              for x, y in ring[:-1]])
    if len(points) < 3:
        return None
    points.append(points[0])
    if signed_area(points) == 0:
        return None
    if (signed_area(points) > 0) != exterior:
        points.reverse()
    return points


def _without_spikes(open_ring: list[Point]) -> list[Point]:
    """The ring without repeated points and without there-and-back spikes.

    Quantising squeezes a narrow strip of land to a line: the ring then runs along a
    neighbour's border and back, and that border would be used by three rings.
    """
    points = list(open_ring)
    changed = True
    while changed and len(points) >= 3:
        changed = False
        for i, point in enumerate(points):
            if point == points[i - 1]:
                del points[i]
                changed = True
                break
            after = (i + 1) % len(points)
            if points[i - 1] == points[after]:
                for index in sorted({i, after}, reverse=True):
                    del points[index]
                changed = True
                break
    return points


def _junctions(rings: list[Ring]) -> set[Point]:
    """Points where a ring meets a different neighbour than another ring through it does."""
    neighbours: dict[Point, set[Point]] = {}
    for ring in rings:
        open_ring = ring[:-1]
        for i, point in enumerate(open_ring):
            around = neighbours.setdefault(point, set())
            around.add(open_ring[i - 1])
            around.add(open_ring[(i + 1) % len(open_ring)])
    return {point for point, around in neighbours.items() if len(around) > 2}


def _ring_arcs(ring: Ring, junctions: set[Point], arcs: _Arcs) -> list[int]:
    open_ring = ring[:-1]
    cuts = [i for i, point in enumerate(open_ring) if point in junctions]
    if not cuts:
        # A ring nobody else touches (an island, an enclave's outline): start it at its
        # smallest point so that the same ring met backwards elsewhere is recognised.
        start = open_ring.index(min(open_ring))
        rotated = open_ring[start:] + open_ring[:start]
        return [arcs.add([*rotated, rotated[0]])]
    rotated = open_ring[cuts[0]:] + open_ring[:cuts[0]]
    rotated.append(rotated[0])
    starts = [i for i, point in enumerate(rotated[:-1]) if point in junctions]
    ends = [*starts[1:], len(rotated) - 1]
    return [arcs.add(rotated[start:end + 1]) for start, end in zip(starts, ends, strict=True)]


def _delta(points: list[Point]) -> list[list[int]]:
    encoded = [[points[0][0], points[0][1]]]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        encoded.append([x1 - x0, y1 - y0])
    return encoded


def topology(object_name: str, areas: Sequence[Area], step: float) -> dict[str, object]:
    """A TopoJSON Topology of `areas` on a grid of `step` metres, areas in code order."""
    ordered = sorted(areas, key=lambda area: area.code)
    origin = (
        math.floor(min(x for a in ordered for p in a.polygons for x, _ in p[0]) / step) * step,
        math.floor(min(y for a in ordered for p in a.polygons for _, y in p[0]) / step) * step,
    )
    quantised: list[tuple[Area, list[list[Ring]]]] = []
    for area in ordered:
        polygons = []
        for polygon in area.polygons:
            exterior = quantise_ring(polygon[0], origin, step, exterior=True)
            if exterior is None:
                continue
            holes = [quantise_ring(hole, origin, step, exterior=False) for hole in polygon[1:]]
            polygons.append([exterior, *(hole for hole in holes if hole is not None)])
        if not polygons:
            raise ValueError(f"{area.code}: nothing is left at a grid of {step} m")
        quantised.append((area, polygons))
    junctions = _junctions([ring for _, polygons in quantised for p in polygons for ring in p])
    arcs = _Arcs()
    geometries = []
    for area, polygons in quantised:
        polygon_arcs = [[_ring_arcs(ring, junctions, arcs) for ring in p] for p in polygons]
        label = [round((area.label[0] - origin[0]) / step),
                 round((area.label[1] - origin[1]) / step)]
        geometries.append({
            "type": "Polygon" if len(polygon_arcs) == 1 else "MultiPolygon",
            "id": area.code,
            "arcs": polygon_arcs[0] if len(polygon_arcs) == 1 else polygon_arcs,
            "properties": {"label": label, "r": round(area.label_radius / step)},
        })
    xs = [x for arc in arcs.arcs for x, _ in arc]
    ys = [y for arc in arcs.arcs for _, y in arc]
    return {
        "type": "Topology",
        "bbox": [origin[0] + min(xs) * step, origin[1] + min(ys) * step,
                 origin[0] + max(xs) * step, origin[1] + max(ys) * step],
        "transform": {"scale": [step, step], "translate": [origin[0], origin[1]]},
        "objects": {object_name: {"type": "GeometryCollection", "geometries": geometries}},
        "arcs": [_delta(arc) for arc in arcs.arcs],
    }


def dumps(topo: dict[str, object]) -> str:
    """Compact JSON with one geometry and one arc a line, so that a diff shows what moved."""
    def compact(value: object) -> str:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)

    head = {key: value for key, value in topo.items() if key not in ("objects", "arcs")}
    objects = topo["objects"]
    assert isinstance(objects, dict)
    lines = ["{" + compact(head)[1:-1] + ',"objects":{']
    for n, (name, collection) in enumerate(objects.items()):
        lines.append(f'{compact(name)}:{{"type":"GeometryCollection","geometries":[')
        geometries = collection["geometries"]
        lines.extend(compact(g) + ("," if i < len(geometries) - 1 else "")
                     for i, g in enumerate(geometries))
        lines.append("]}" + ("," if n < len(objects) - 1 else ""))
    arcs = topo["arcs"]
    assert isinstance(arcs, list)
    lines.append('},"arcs":[')
    lines.extend(compact(arc) + ("," if i < len(arcs) - 1 else "") for i, arc in enumerate(arcs))
    lines.append("]}")
    return "\n".join(lines) + "\n"
