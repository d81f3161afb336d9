"""Locator maps: one shared sprite, and per page only a `<use>` per marked area."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import attr, one

from generator.geo import topology
from generator.geo.locator import ALL, Sprite, area_id, group_id


@pytest.fixture(scope="module")
def sprite() -> Sprite:
    layer = topology.municipalities()
    groups: dict[str, list[str]] = {}
    for code in layer.shapes:
        groups.setdefault(code[:2], []).append(code)
    return Sprite(layer, groups)


def svg_of(markup: str) -> Tag:
    return one(BeautifulSoup(markup, "html.parser"), "svg")


def test_sprite_holds_every_area_in_its_group(sprite: Sprite) -> None:
    svg = svg_of(sprite.svg())
    assert len(svg.select("path[id]")) == 290
    assert len(one(svg, f"g#{ALL}").select("g[id]")) == 21
    malmo = one(svg, f"g#{group_id('12')} path#{area_id('1280')}")
    assert attr(malmo, "d").startswith("M")
    assert all(path.get("fill") is None for path in svg.select("path"))


def test_locator_refers_to_the_sprite_and_marks_areas_and_groups(sprite: Sprite) -> None:
    markup = sprite.locator("../../assets/m.svg", "loc", "Var <projektet> finns", "Malmö; Skåne",
                            areas=["1280", "0183"], groups=["25"])
    svg = svg_of(markup)
    assert attr(svg, "role") == "img"
    title_id, desc_id = attr(svg, "aria-labelledby").split()
    assert one(svg, f"title#{title_id}").get_text() == "Var <projektet> finns"
    assert one(svg, f"desc#{desc_id}").get_text() == "Malmö; Skåne"
    hrefs = [attr(use, "href") for use in svg.select("use")]
    assert hrefs == ["../../assets/m.svg#all", "../../assets/m.svg#g25",
                     "../../assets/m.svg#a1280", "../../assets/m.svg#a0183"]
    assert attr(svg, "viewbox") == attr(svg_of(sprite.svg()), "viewbox")
    # Sundbyberg is a few pixels wide at this size: a dot shows where it is.
    assert len(svg.select("circle")) >= 1


def test_page_bytes_grow_by_a_use_per_mark_not_by_outline_detail(sprite: Sprite) -> None:
    codes = list(sprite.layer.shapes)
    one_mark = len(sprite.locator("s.svg", "l", "t", "d", areas=[codes[100]]))
    many = len(sprite.locator("s.svg", "l", "t", "d", areas=codes[100:150]))
    assert one_mark < 800
    assert (many - one_mark) / 49 < 200


def test_unknown_codes_are_refused(sprite: Sprite) -> None:
    with pytest.raises(ValueError, match="9999"):
        sprite.locator("s.svg", "l", "t", "d", areas=["9999"])
    with pytest.raises(ValueError, match="groups must hold every area"):
        Sprite(sprite.layer, {"01": ["0114"]})
