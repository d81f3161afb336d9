"""Open data written with every build: round trips, the documented CSV columns, the licence."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import attr, fixture_catalog, one, soup

from generator.export.licence import LICENCE_ID, LICENCE_URL
from generator.export.table import COLUMNS
from generator.schema import Method, Project
from generator.schema.export import SCHEMA_NAMES, json_schema_text

CATALOG = fixture_catalog()


def load(site: Path, name: str) -> Any:
    return json.loads((site / "data" / name).read_text(encoding="utf-8"))


def csv_rows(site: Path) -> list[dict[str, str]]:
    text = (site / "data" / "projects.csv").read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_projects_json_round_trips_every_record(built_site: Path) -> None:
    data = load(built_site, "projects.json")
    assert [entry["id"] for entry in data["projects"]] == sorted(CATALOG.projects)
    for entry in data["projects"]:
        record = Project.model_validate_json(json.dumps(entry["record"]))
        assert record == CATALOG.projects[entry["id"]], entry["id"]
        assert entry["pages"] == {"sv": f"projects/{entry['id']}/",
                                  "en": f"en/projects/{entry['id']}/"}
    goinge = next(e for e in data["projects"] if e["id"] == "goinge-forward")
    outcome = goinge["record"]["outcomes"][0]
    assert outcome["source"] == "goinge-article"
    assert outcome["participants"]["count"] == 246
    assert outcome["into_work"] == {"count": 100, "precision": "just_over",
                                    "wording": "drygt 100 personer gått vidare i arbete"}


def test_projects_json_holds_the_computed_comparison(built_site: Path) -> None:
    computed = {e["id"]: e["computed"] for e in load(built_site, "projects.json")["projects"]}
    goinge = computed["goinge-forward"]
    # (100 + 40) / 246 = 56.91 %; widest reading 136/246 = 55.28 % to 150/246 = 60.98 %.
    assert goinge["shares"]["combined"] == {
        "percent": 56.91, "low": 55.28, "high": 60.98,
        "numerator": ["into_work", "into_studies"], "denominator": "participants",
        "base": "participants", "single_value": True, "open_above": False,
        "flags": ["approximate"]}
    assert goinge["goals"][0]["status"] == "met" and goinge["headline_outcome"] == 1
    assert "interim" in computed["sin"]["flags"]
    assert computed["sin"]["goals"][0]["status"] == "not_met"
    # "8-9" studies of 58: 13.79 % to 15.52 %, not "at least 8" up to 100 %.
    assert computed["sin"]["shares"]["into_studies"]["high"] == 15.52
    assert {"approximate", "interim"} <= set(computed["steget-vidare"]["flags"])
    assert computed["arbetsmarknadscenter"]["shares"]["combined"]["denominator"] is None
    assert computed["steget-fore"]["headline_outcome"] is None


def test_methods_json_round_trips_and_summarises(built_site: Path) -> None:
    methods = {m["id"]: m for m in load(built_site, "methods.json")["methods"]}
    assert set(methods) == set(CATALOG.methods)
    for method_id, entry in methods.items():
        assert Method.model_validate_json(json.dumps(entry["record"])) == \
            CATALOG.methods[method_id]
    supported = methods["supported-employment"]
    assert supported["projects"] == ["sin"]
    assert supported["participants"] == {"sum": 58, "low": 58, "high": 58, "reported": 1,
                                         "missing": 0}
    assert supported["shares"]["into_work"]["n"] == 1


def test_csv_has_one_row_per_project_and_the_documented_columns(built_site: Path) -> None:
    raw = (built_site / "data" / "projects.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = csv_rows(built_site)
    assert [r["id"] for r in rows] == sorted(CATALOG.projects)
    assert list(rows[0]) == list(COLUMNS)
    for lang_root in ("", "en/"):
        page = soup(built_site, lang_root + "data/")
        documented = [code.get_text() for code in one(page, "#csv ~ .vta-table table").select(
            "tbody th code")]
        assert documented == list(COLUMNS)
    by_id = {r["id"]: r for r in rows}
    goinge = by_id["goinge-forward"]
    assert (goinge["participants"], goinge["participants_precision"]) == ("246", "exact")
    assert (goinge["into_work"], goinge["into_work_precision"]) == ("100", "just_over")
    assert (goinge["share_combined"], goinge["goal_status"]) == ("56.91", "met")
    assert goinge["goal_target"] == "20" and goinge["goal_unit"] == "percent"
    assert by_id["sin"]["outcome_status"] == "interim"
    assert "approximate" in by_id["steget-vidare"]["flags"].split(";")
    assert by_id["steget-fore"]["not_directly_comparable"] == ""


@pytest.mark.parametrize("name", ["projects.json", "projects.csv", "methods.json"])
def test_both_languages_publish_the_same_bytes(built_site: Path, name: str) -> None:
    assert (built_site / "data" / name).read_bytes() == \
        (built_site / "en" / "data" / name).read_bytes()


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_json_schemas_are_published(built_site: Path, name: str) -> None:
    path = built_site / "data" / "schema" / f"{name}.schema.json"
    assert path.read_text(encoding="utf-8") == json_schema_text(name)


@pytest.mark.parametrize("lang_root", ["", "en/"])
def test_licence_is_stated(built_site: Path, lang_root: str) -> None:
    for name in ("projects.json", "methods.json"):
        assert load(built_site, name)["licence"]["id"] == LICENCE_ID
    page = soup(built_site, lang_root + "data/")
    licence = one(page, f"#licence ~ p a[href='{LICENCE_URL}']")
    assert "CC BY 4.0" in licence.get_text()
    folder = built_site / lang_root / "data"
    files = {(folder / attr(a, "href")).resolve() for a in page.select("#files ~ ul a")}
    assert {(folder / name).resolve() for name in (
        "projects.json", "projects.csv", "methods.json", "schema/project.schema.json")} <= files
    assert all(path.is_file() for path in files)
