"""Plausible dates and amounts, at their edges, on a fixed "today".

Dates are judged against the day given to the validator (`validate(today=…)`,
`validate --today`), so these tests give the same answer on any day they run.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from helpers_validation import REPO, run_cli
from pydantic import TypeAdapter, ValidationError

from generator.build.pipeline import source_date_epoch
from generator.catalog import Catalog
from generator.schema.types import MAX_AMOUNT, Amount
from generator.validation.plausible import (
    DATE_FLOOR,
    PLANNING_YEARS,
    RECORD_DATE_FLOOR,
    date_problems,
)
from generator.validation.run import validate

TODAY = dt.date(2026, 12, 1)


def codes(field: str, value: str, today: dt.date = TODAY) -> list[str]:
    return [problem.code for problem in date_problems("f.yml", [(field, value, (1, 1))], today)]


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("added", "2026-12-01", []), ("added", "2026-12-02", []),
    ("added", "2026-12-03", ["date_in_future"]), ("reviewed", "2206-11-23", ["date_in_future"]),
    ("added", "2000-01-01", []), ("reviewed", "1999-12-31", ["date_too_early"]),
    ("sources[0].date", "2026-12", []), ("sources[0].date", "2027", ["date_in_future"]),
    ("sources[0].date", "2027-01", ["date_in_future"]), ("sources[0].retrieved", "2026-12-02", []),
    ("sources[0].date", "1900", []), ("sources[0].date", "1899-12", ["date_too_early"]),
    ("outcomes[0].as_of", "9999-12-31", ["date_in_future"]),
    ("period.end", "2036-12-01", []), ("period.end", "2036-12-02", ["date_too_far_ahead"]),
    ("period.start", "2036", []), ("period.start", "2037", ["date_too_far_ahead"]),
    ("period.start", "1899", ["date_too_early"]), ("period.end", "1900-01", []),
])
def test_dates_at_their_edges(field: str, value: str, expected: list[str]) -> None:
    assert codes(field, value) == expected


def test_a_year_is_in_the_future_only_when_its_first_day_is() -> None:
    assert codes("sources[0].date", "2027", dt.date(2026, 12, 30)) == ["date_in_future"]
    assert codes("sources[0].date", "2027", dt.date(2026, 12, 31)) == []


def test_planning_from_a_leap_day() -> None:
    leap = dt.date(2028, 2, 29)
    assert codes("period.end", "2038-02-28", leap) == []
    assert codes("period.end", "2038-03-01", leap) == ["date_too_far_ahead"]


def test_the_floors_and_margins_are_the_documented_ones() -> None:
    documented = (dt.date(2000, 1, 1), dt.date(1900, 1, 1), 10)  # CONTRIBUTING says so
    assert documented == (RECORD_DATE_FLOOR, DATE_FLOOR, PLANNING_YEARS)
    # The build's timestamps start where `added` and `reviewed` may start.
    assert source_date_epoch(Catalog()) == int(
        dt.datetime(2000, 1, 1, tzinfo=dt.UTC).timestamp())


def test_the_day_can_be_given_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    fixture = "tests/fixtures/invalid/projects/added-typo-in-year.yml"
    assert (REPO / fixture).is_file()
    code, out, _ = run_cli(capsys, ["validate", fixture, "--today", "2206-11-30"])
    assert (code, out) == (0, "Inga problem i 1 kontrollerad fil.\n")
    code, out, _ = run_cli(capsys, ["validate", fixture, "--today", "2206-11-21", "--lang",
                                    "en"])
    assert code == 1 and "The date 2206-11-23 is in the future." in out


def test_an_impossible_day_on_the_command_line_is_refused_in_both_languages(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run_cli(capsys, ["validate", "--today", "2026-02-30"])
    error = capsys.readouterr().err
    assert "ogiltigt datum 2026-02-30" in error and "invalid date 2026-02-30" in error


AMOUNT: TypeAdapter[int] = TypeAdapter(Amount)


@pytest.mark.parametrize("value", [0, 1, 12_000_000, MAX_AMOUNT])
def test_amounts_up_to_the_ceiling_pass(value: int) -> None:
    assert AMOUNT.validate_python(value) == value


@pytest.mark.parametrize(("value", "code"), [
    (MAX_AMOUNT + 1, "amount_too_large"), (10**400, "amount_too_large"),
    (-1, "greater_than_equal"), (1.5, "int_type"), (float("inf"), "int_type")])
def test_amounts_beyond_it_are_refused(value: object, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        AMOUNT.validate_python(value, strict=True)
    assert caught.value.errors()[0]["type"] == code


def test_the_ceiling_is_in_the_json_schema_editors_use() -> None:
    schema = json.loads((REPO / "schema" / "project.schema.json").read_text(encoding="utf-8"))
    budget = schema["$defs"]["Budget"]["properties"]["total"]
    assert {"type": "integer", "minimum": 0, "maximum": MAX_AMOUNT} in budget["anyOf"]


def test_today_is_the_real_day_when_none_is_given(tmp_path: Path) -> None:
    record = tmp_path / "projects" / "fixture-complete-project.yml"
    record.parent.mkdir()
    record.write_text((REPO / "tests/fixtures/valid/projects/fixture-complete-project.yml")
                      .read_text(encoding="utf-8").replace(
                          "added: 2026-11-23", f"added: {dt.date.today() + dt.timedelta(7)}"),
                      encoding="utf-8")
    result = validate(REPO / "content", [record])
    assert [d.code for d in result.diagnostics] == ["date_in_future"]
