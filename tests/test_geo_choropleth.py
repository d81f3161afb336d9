"""The choropleth SVG: named, linked areas, counts in words, legend classes, fixed bytes."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import attr, one

from generator.geo import colours, topology
from generator.geo.choropleth import Layout, MapTexts, Region, choropleth, legend_text
from generator.geo.frame import Frame, path_data
from generator.geo.topology import Shape

TEXTS = MapTexts("Projekt per län <karta>", "Varje län & dess antal", "Antal projekt",
                 number=lambda n: f"{n:,}".replace(",", "\u00a0"))


def county_regions(counts: dict[str, int]) -> list[Region]:
    return [Region(code, f"Län {code}: {counts.get(code, 0)} projekt", counts.get(code, 0),
                   f"../counties/{code}/") for code in topology.counties().shapes]


def svg_of(markup: str) -> Tag:
    return one(BeautifulSoup(markup, "html.parser"), "svg")


def test_every_county_is_a_link_named_by_its_title_in_the_caller_s_order() -> None:
    regions = county_regions({"12": 3})
    svg = svg_of(choropleth(topology.counties(), regions[::-1], TEXTS, "county-map"))
    links = svg.select("a[href]")
    assert len(links) == 21
    assert [attr(a, "data-code") for a in links] == [r.code for r in regions[::-1]]
    assert [one(a, "title").get_text() for a in links] == [r.label for r in regions[::-1]]
    assert attr(links[-1], "href") == "../counties/01/"
    assert all(a.select_one("path[d^=M]") is not None for a in links)


def test_the_map_is_a_group_named_by_its_title_and_described() -> None:
    svg = svg_of(choropleth(topology.counties(), county_regions({}), TEXTS, "m"))
    assert attr(svg, "role") == "group"
    assert one(svg, f"title#{attr(svg, 'aria-labelledby')}").get_text() == TEXTS.title
    assert one(svg, f"desc#{attr(svg, 'aria-describedby')}").get_text() == TEXTS.description


def test_output_is_deterministic_and_escaped() -> None:
    regions = [Region("01", 'Län "<b>x</b>"', 1, 'a.html?x="1"&y=2')]
    first = choropleth(topology.counties(), regions, TEXTS, 'id"x')
    assert first == choropleth(topology.counties(), regions, TEXTS, 'id"x')
    assert "<b>" not in first and "<karta>" not in first
    assert 'href="a.html?x=&quot;1&quot;&amp;y=2"' in first
    assert 'id="id&quot;x"' in first


def test_fills_follow_the_classes_and_the_legend_lists_each_class() -> None:
    counts = {"01": 40, "12": 9, "14": 12, "03": 1, "25": 2}
    svg = svg_of(choropleth(topology.counties(), county_regions(counts), TEXTS, "m"))
    classes = colours.bins([counts.get(code, 0) for code in topology.counties().shapes])
    fills = {attr(a, "data-code"): attr(one(a, "path"), "fill") for a in svg.select("a")}
    for code, fill in fills.items():
        assert fill == colours.colour_of(counts.get(code, 0), classes)
    assert fills["13"] == colours.EMPTY and fills["01"] == colours.RAMP[-1]
    legend = one(svg, "g.vta-map__legend")
    texts = [t.get_text() for t in legend.select("text")]
    assert texts == ["Antal projekt", *(legend_text(b, TEXTS.number) for b in classes)]
    assert [attr(r, "fill") for r in legend.select("rect")] == [b.colour for b in classes]


def test_counts_are_written_where_they_fit_and_hidden_from_screen_readers() -> None:
    counts = {code: 1000 + i for i, code in enumerate(topology.counties().shapes)}
    svg = svg_of(choropleth(topology.counties(), county_regions(counts), TEXTS, "m"))
    numbers = one(svg, "g.vta-map__counts")
    assert attr(numbers, "aria-hidden") == "true"
    written = [t.get_text() for t in numbers.select("text")]
    # Norrbotten (25) is large enough for four digits; Stockholm (01) and Blekinge (10) not.
    assert TEXTS.number(counts["25"]) in written
    assert TEXTS.number(counts["01"]) not in written
    assert TEXTS.number(counts["10"]) not in written
    assert all(re.fullmatch(r"\d\u00a0\d{3}", text) for text in written)


def test_zero_is_left_blank_unless_asked_for() -> None:
    counts = {"25": 0, "24": 5}
    layer, regions = topology.counties(), county_regions(counts)
    blank = svg_of(choropleth(layer, regions, TEXTS, "m"))
    assert one(blank, ".vta-map__counts text[data-code='25']").get_text() == ""
    assert one(blank, ".vta-map__counts text[data-code='24']").get_text() == "5"
    zeros = svg_of(choropleth(layer, regions, TEXTS, "m", Layout(zero_counts=True)))
    assert one(zeros, ".vta-map__counts text[data-code='25']").get_text() == "0"


def test_legend_below_extends_the_view_box_and_inset_does_not() -> None:
    layer, regions = topology.counties(), county_regions({"12": 2})
    below = svg_of(choropleth(layer, regions, TEXTS, "m"))
    inset = svg_of(choropleth(layer, regions, TEXTS, "m", Layout(legend="top-left")))
    height = [float(attr(s, "viewbox").split()[3]) for s in (below, inset)]
    assert height[0] > height[1]
    assert attr(inset, "width") == "320"
    ratio = float(attr(inset, "height")) / float(attr(inset, "width"))
    assert ratio == pytest.approx(height[1] / float(attr(inset, "viewbox").split()[2]), 0.01)


def test_a_county_s_municipalities_are_framed_to_fill_the_map() -> None:
    layer = topology.municipalities()
    codes = [code for code in layer.shapes if code.startswith("09")]
    regions = [Region(code, code, 0, None) for code in codes]
    svg = svg_of(choropleth(layer, regions, TEXTS, "m", Layout(longest_side=300)))
    assert not svg.select("a")
    assert [attr(g, "data-code") for g in svg.select("g[data-code]")] == codes
    frame = Frame.around(layer.bbox(codes), 300)
    assert max(frame.map_width, frame.map_height) in range(150, 301)
    assert attr(svg, "viewbox").split()[:3] == ["0", "0", str(frame.width)]
    # Gotland's outline, not Sweden's, fills the frame.
    assert frame.map_width < 300 or frame.map_height < 300


def test_areas_and_their_numbers_carry_data_for_a_script() -> None:
    regions = [Region("12", "Skåne", 4, "?county=Sk%C3%A5ne", (("label", 'Skåne "län"'),))]
    svg = svg_of(choropleth(topology.counties(), regions, TEXTS, "m"))
    assert attr(one(svg, "a[data-code='12']"), "data-label") == 'Skåne "län"'
    assert one(svg, ".vta-map__counts text[data-code='12']").get_text() == "4"
    assert float(attr(one(svg, ".vta-map__legend"), "data-row")) > 0


def test_a_map_needs_regions() -> None:
    with pytest.raises(ValueError, match="at least one region"):
        choropleth(topology.counties(), [], TEXTS, "m")


def test_path_data_is_relative_integers_and_flips_north_up() -> None:
    shape = Shape("x", ((((0, 0), (10, 0), (10, 20), (0, 0)),),), (5, 5), 1)
    frame = Frame.around(shape.bbox, 20, margin=0)
    assert frame.point((0, 20)) == (0, 0) and frame.point((10, 0)) == (10, 20)
    assert path_data(shape, frame) == "M0 20l10 0 0-20z"


def test_a_shape_too_small_for_the_scale_is_still_drawn_and_clickable() -> None:
    tiny = Shape("x", ((((0, 0), (1, 0), (1, 1), (0, 0)),),), (0, 0), 0)
    frame = Frame((0, 1000), 100, 4, 10, 10)
    assert path_data(tiny, frame).startswith("M4 12l")
