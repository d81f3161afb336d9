"""The side-by-side page without a browser: its form, its fallback and its data file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import attr, fixture_catalog, one, soup

from generator.site.pages.compare_side import ASPECTS

CATALOG = fixture_catalog()
ROOTS = {"sv": "", "en": "en/"}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_page_explains_itself_without_javascript(built_site: Path, lang: str) -> None:
    page = soup(built_site, ROOTS[lang] + "compare/side-by-side/")
    fallback = one(page, "#vta-side noscript")
    link = one(fallback, "a")
    assert attr(link, "href") == "../../compare/#table"
    assert one(soup(built_site, ROOTS[lang] + "compare/"), "#table")
    assert attr(one(page, "#vta-side-status"), "role") == "status"
    form = one(page, "form#vta-side-form")
    assert attr(form, "method") == "get" and attr(form, "action") == "./"
    values = [attr(box, "value") for box in form.select('input[type=checkbox][name="p"]')]
    assert sorted(values) == sorted(CATALOG.projects)
    assert all(box.find_parent("label") for box in form.select("input[type=checkbox]"))


@pytest.mark.parametrize(("lang", "participants"), [("sv", "Deltagare"),
                                                    ("en", "Participants")])
def test_data_file_is_worded_in_the_page_language(
        built_site: Path, lang: str, participants: str) -> None:
    page = soup(built_site, ROOTS[lang] + "compare/side-by-side/")
    source = attr(one(page, "#vta-side"), "data-src")
    path = (built_site / ROOTS[lang] / "compare" / "side-by-side" / source).resolve()
    raw = path.read_text(encoding="utf-8")
    assert "<" not in raw and ">" not in raw
    data = json.loads(raw)
    assert [aspect["key"] for aspect in data["aspects"]] == list(ASPECTS)
    assert {a["key"]: a["label"] for a in data["aspects"]}["participants"] == participants
    assert set(data["projects"]) == set(CATALOG.projects) and data["max"] == 4
    goinge = data["projects"]["goinge-forward"]
    assert goinge["name"]["href"] == "../../projects/goinge-forward/"
    assert goinge["cells"]["participants"] == [{"text": "246"}]
    sin_flags = [item["href"] for item in data["projects"]["sin"]["cells"]["flags"]]
    assert "../../compare/#flag-interim" in sin_flags
    steget = data["projects"]["steget-vidare"]["cells"]
    assert "1" in steget["participants"][0]["text"] and "000" in steget["participants"][0]["text"]
