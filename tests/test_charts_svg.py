"""Build-time SVG charts: accessible names, patterns and words besides colour, fixed bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import attr, one, soup

from generator.analysis.outcomes import Range
from generator.site.fragments.charts import palette
from generator.site.fragments.charts.bars import Bar, BarChart, BarGroup, Segment, render

CHART = BarChart(
    "chart-test", "Andelar <test>", "Beskrivning & mer",
    (BarGroup("Metod", (
        Bar("Projekt <b>A</b>", (Segment("work", 40.0), Segment("studies", 16.0)),
            "arbete 40 %; studier 16 %", ("Ungefärlig siffra",), Range(55.0, 61.0), 20.0),
        Bar("Projekt B", (Segment("combined", 60.0),), "arbete eller studier 60 %")),),),
    (("work", "Arbete"), ("studies", "Studier"), ("combined", "Båda"), ("spread", "Spann"),
     ("goal", "Mål")),
    ("0 %", "25 %", "50 %", "75 %", "100 %"))


def contrast(colour: str, background: str = palette.BACKGROUND) -> float:
    def luminance(value: str) -> float:
        channels = [int(value[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    light, dark = sorted((luminance(colour), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def svg_of(html: str) -> Tag:
    return one(BeautifulSoup(html, "html.parser"), "svg")


def test_chart_is_named_by_its_title_and_description() -> None:
    svg = svg_of(render(CHART))
    assert attr(svg, "role") == "img"
    title_id, desc_id = attr(svg, "aria-labelledby").split()
    assert one(svg, f"title#{title_id}").get_text() == "Andelar <test>"
    assert one(svg, f"desc#{desc_id}").get_text() == "Beskrivning & mer"


def test_chart_output_is_deterministic_and_escaped() -> None:
    first = render(CHART)
    assert first == render(CHART)
    assert "<b>" not in first and "Projekt &lt;b&gt;A&lt;/b&gt;" in first


def test_bars_are_drawn_to_scale_with_goal_and_spread() -> None:
    svg = svg_of(render(CHART))
    bars = [rect for rect in svg.select("rect[fill^=url]") if rect.get("height") == "16"]
    # The plot is 600 units wide from x = 12: 40 % is 240 wide, 16 % starts at 12 + 240.
    assert [(r["x"], r["width"]) for r in bars] == [
        ("12.0", "240.0"), ("252.0", "96.0"), ("12.0", "360.0")]
    goal = [line for line in svg.select("line[stroke-dasharray='4 2']")
            if line.get("x1") == "132.0"]
    assert goal, "a goal of 20 % is a dashed line at x = 12 + 120"
    assert any(attr(path, "d").startswith("M342.0,") for path in svg.select("path[fill=none]"))


def test_every_series_has_a_pattern_an_outline_and_words() -> None:
    svg = svg_of(render(CHART))
    for kind in ("work", "studies", "combined"):
        assert svg.select_one(f"pattern#chart-test-fill-{kind}") is not None
        assert svg.select(f"rect[fill='url(#chart-test-fill-{kind})'][stroke]")
    texts = [text.get_text() for text in svg.select("text")]
    assert {"Arbete", "Studier", "Båda", "Spann", "Mål"} <= set(texts)
    assert "arbete 40 %; studier 16 %" in texts and "Ungefärlig siffra" in texts


@pytest.mark.parametrize("colour", [*palette.SERIES.values(), palette.GOAL])
def test_graphics_have_at_least_3_to_1_contrast(colour: str) -> None:
    assert contrast(colour) >= 3


@pytest.mark.parametrize("colour", [palette.TEXT, palette.GRID])
def test_text_colours_have_at_least_4_5_to_1_contrast(colour: str) -> None:
    assert contrast(colour) >= 4.5


@pytest.mark.parametrize(("root", "legend", "missing", "left_out"), [
    ("", "Gått vidare till arbete (helfylld)", "Inga andelar går att räkna fram för",
     "andelar av en annan grupp än deltagarna"),
    ("en/", "Moved on to work (solid)", "No shares can be worked out for",
     "shares of another group than the participants")])
def test_compare_page_chart_has_caption_and_data_table(
        built_site: Path, root: str, legend: str, missing: str, left_out: str) -> None:
    page = soup(built_site, root + "compare/")
    block = one(page, ".vta-chart")
    svg = one(block, "figure svg[role=img]")
    for element_id in attr(svg, "aria-labelledby").split():
        assert page.select(f"#{element_id}"), element_id
    assert legend in [text.get_text() for text in svg.select("text")]
    caption = one(block, "figcaption").get_text()
    assert missing in caption and "Steget före" in caption
    # Arbetsmarknadscenter's only share is of those who left: named under the chart, not
    # drawn on the axis of shares of the participants.
    assert left_out in caption and "Arbetsmarknadscenter" in caption.split(left_out)[1]
    table = one(block, ".vta-chart__data table")
    names = [th.get_text(" ", strip=True) for th in table.select("tbody th[scope=row]")]
    assert len(names) == 3 and any(name.startswith("Goinge Forward") for name in names)
    assert not any(name.startswith("Arbetsmarknadscenter") for name in names)
    goinge = one(svg, "text:-soup-contains('Goinge Forward')")
    assert goinge.get("font-weight") == "700"
    # Goinge's goal, at least 20 %, drawn at x = 12 + 600 * 0.2.
    assert svg.select("line[x1='132.0'][stroke-dasharray='4 2']")


@pytest.mark.parametrize("root", ["", "en/"])
def test_method_chart_groups_by_method(built_site: Path, root: str) -> None:
    page = soup(built_site, root + "compare/methods/")
    svg = one(page, "#chart-methods svg")
    groups = [text.get_text() for text in svg.select("text[font-size='15']")]
    assert "Supported Employment" in groups and len(groups) == 6
