"""The explorer's map script in Chromium: the build's classes and colours, names, legend."""

from __future__ import annotations

import random
from typing import Any

import pytest
from playwright.sync_api import Page

from generator.geo import colours, topology
from generator.geo.choropleth import MapTexts, Region, choropleth

pytestmark = pytest.mark.browser

MODULE = "assets/javascripts/explore-map.js"
STRINGS = {"maps.area.none": "{area}: inga projekt", "maps.area.one": "{area}: {count} projekt",
           "maps.area.other": "{area}: {count} projekt"}


def _samples() -> list[list[int]]:
    chance = random.Random(16)
    samples = [[0], [1], [0, 0, 3], [0, 1, 5, 9], [3, 3, 3, 3, 50], list(range(25))]
    for _ in range(40):
        top = chance.choice([2, 5, 30, 1000])
        samples.append([chance.randint(0, top) for _ in range(chance.randint(1, 30))])
    return samples


def _module(page: Page, site_url: str) -> None:
    page.goto(site_url, wait_until="domcontentloaded")
    page.evaluate("async url => { window.mapModule = await import(url); }", site_url + MODULE)


def test_script_classes_equal_the_build_s(page: Page, site_url: str) -> None:
    _module(page, site_url)
    samples = _samples()
    got: list[list[dict[str, Any]]] = page.evaluate(
        "samples => samples.map(s => window.mapModule.bins(s))", samples)
    expected = [[{"low": b.low, "high": b.high, "colour": b.colour} for b in colours.bins(s)]
                for s in samples]
    assert got == expected
    assert page.evaluate("[window.mapModule.EMPTY, ...window.mapModule.RAMP]") == [
        colours.EMPTY, *colours.RAMP]


def test_painting_shades_names_outlines_and_redraws_the_legend(
        page: Page, site_url: str) -> None:
    _module(page, site_url)
    layer = topology.counties()
    regions = [Region(code, f"Län {code}", 0, f"?county=L%C3%A4n+{code}",
                      (("label", f"Län {code}"),)) for code in layer.shapes]
    svg = choropleth(layer, regions, MapTexts("Karta", "Beskrivning", "Antal projekt"), "m")
    page.evaluate("markup => { document.body.innerHTML = markup; }", svg)
    counts = {"Län 12": 7, "Län 01": 30, "Län 25": 1}
    page.evaluate("""([counts, strings]) => window.mapModule.paintMap(
        document.querySelector('svg'), counts, ['Län 12'], strings)""", [counts, STRINGS])
    classes = colours.bins(counts.get(f"Län {code}", 0) for code in layer.shapes)
    fills = page.eval_on_selector_all(
        "a[data-code]", "areas => areas.map(a => [a.dataset.code, a.querySelector('path')"
        ".getAttribute('fill'), a.querySelector('title').textContent, a.classList.contains("
        "'vta-map__chosen')])")
    for code, fill, title, chosen in fills:
        count = counts.get(f"Län {code}", 0)
        assert fill == colours.colour_of(count, classes)
        assert title == (f"Län {code}: {count} projekt" if count else f"Län {code}: inga projekt")
        assert chosen == (code == "12")
    legend = page.eval_on_selector_all(".vta-map__legend text", "ts => ts.map(t => t.textContent)")
    assert legend == ["Antal projekt", *(
        str(b.low) if b.low == b.high else f"{b.low}\u2013{b.high}" for b in classes)]
    swatches = page.eval_on_selector_all(".vta-map__legend rect",
                                         "rs => rs.map(r => r.getAttribute('fill'))")
    assert swatches == [b.colour for b in classes]
    numbers = page.eval_on_selector_all(
        ".vta-map__counts text", "ts => ts.map(t => [t.dataset.code, t.textContent])")
    assert numbers
    for code, text in numbers:
        count = counts.get(f"Län {code}", 0)
        assert text == (str(count) if count else "")
