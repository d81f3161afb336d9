"""The boundary tool's plain-Python parts: projection, quantising, shared arcs, JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.geo.topology import read_layer
from tools.boundaries.sweref99tm import project
from tools.boundaries.topology import Area, dumps, quantise_ring, signed_area, topology

# (longitude, latitude) -> (easting, northing), computed with PROJ 9.5.1 (EPSG:4326 ->
# EPSG:3006); the last is Stockholm Central as published in the MightyLittleGeodesy tests.
REFERENCE = [
    ((12.0, 55.0), (308124.3679, 6098907.8250)),
    ((24.0, 69.0), (858846.0432, 7680742.0869)),
    ((11.0, 58.5), (266953.9769, 6491319.3638)),
    ((15.0, 62.0), (500000.0000, 6874180.1477)),
]


@pytest.mark.parametrize(("lon_lat", "expected"), REFERENCE)
def test_projection_agrees_with_proj_to_the_millimetre(
        lon_lat: tuple[float, float], expected: tuple[float, float]) -> None:
    easting, northing = project(*lon_lat)
    assert easting == pytest.approx(expected[0], abs=0.001)
    assert northing == pytest.approx(expected[1], abs=0.001)


def test_projection_of_a_published_point() -> None:
    easting, northing = project(18.059196, 59.330231)
    assert (round(northing), round(easting)) == (6580822, 674032)


def square(x: float, y: float, side: float = 1000.0) -> list[tuple[float, float]]:
    return [(x, y), (x + side, y), (x + side, y + side), (x, y + side), (x, y)]


def area(code: str, *polygons: list[list[tuple[float, float]]]) -> Area:
    return Area(code, list(polygons), (0.0, 0.0), 0.0)


def uses(topo: dict[str, object]) -> dict[int, int]:
    counts: dict[int, int] = {}

    def walk(value: object) -> None:
        if isinstance(value, int):
            index = value if value >= 0 else ~value
            counts[index] = counts.get(index, 0) + 1
        elif isinstance(value, list):
            for item in value:
                walk(item)
    objects = topo["objects"]
    assert isinstance(objects, dict)
    for collection in objects.values():
        for geometry in collection["geometries"]:
            walk(geometry["arcs"])
    return counts


def test_a_shared_border_is_one_arc_used_by_both_neighbours() -> None:
    topo = topology("test", [area("01", [square(0, 0)]), area("02", [square(1000, 0)])], 100)
    arcs = topo["arcs"]
    assert isinstance(arcs, list)
    assert len(arcs) == 3
    assert sorted(uses(topo).values()) == [1, 1, 2]


def test_an_enclave_and_the_hole_around_it_share_their_ring() -> None:
    outer = area("01", [square(0, 0, 3000), square(1000, 1000)[::-1]])
    inner = area("02", [square(1000, 1000)])
    topo = topology("test", [outer, inner], 100)
    arcs = topo["arcs"]
    assert isinstance(arcs, list)
    assert len(arcs) == 2
    assert sorted(uses(topo).values()) == [1, 2]


def test_quantising_orients_rings_and_drops_what_collapses() -> None:
    clockwise = square(0, 0)[::-1]
    ring = quantise_ring(clockwise, (0.0, 0.0), 100, exterior=True)
    assert ring is not None and signed_area(ring) > 0 and ring[0] == ring[-1]
    hole = quantise_ring(square(0, 0), (0.0, 0.0), 100, exterior=False)
    assert hole is not None and signed_area(hole) < 0
    assert quantise_ring(square(0, 0, 30), (0.0, 0.0), 100, exterior=True) is None


def test_quantising_removes_a_strip_squeezed_to_a_line() -> None:
    # A 20 m wide spike at a 100 m grid becomes "out and back along the same line".
    ring = [(0, 0), (1000, 0), (1000, 500), (3000, 500), (3000, 520), (1000, 520),
            (1000, 1000), (0, 1000), (0, 0)]
    quantised = quantise_ring(ring, (0.0, 0.0), 100, exterior=True)
    assert quantised == [(0, 0), (10, 0), (10, 5), (10, 10), (0, 10), (0, 0)]


def test_dumps_is_valid_json_one_arc_a_line_and_decodes_to_the_same_rings(
        tmp_path: Path) -> None:
    areas = [area("02", [square(1000, 0)]),
             Area("01", [[square(0, 0)], [square(5000, 5000, 500)]], (500.0, 500.0), 400.0)]
    topo = topology("things", areas, 100)
    text = dumps(topo)
    assert json.loads(text) == topo
    assert text == dumps(topology("things", list(reversed(areas)), 100))
    arcs = topo["arcs"]
    assert isinstance(arcs, list)
    assert text.count("\n") == len(arcs) + len(areas) + 5
    path = tmp_path / "things.topo.json"
    path.write_text(text, encoding="utf-8")
    layer = read_layer(path, "things")
    assert list(layer.shapes) == ["01", "02"]
    first = layer.shapes["01"]
    assert first.label == (5, 5) and first.label_radius == 4
    # The first ring starts at a junction with its neighbour, the lone island at its corner.
    assert [polygon[0] for polygon in first.polygons] == [
        ((10, 0), (10, 10), (0, 10), (0, 0), (10, 0)),
        ((50, 50), (55, 50), (55, 55), (50, 55), (50, 50))]
