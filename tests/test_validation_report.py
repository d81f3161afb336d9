"""How the text report describes what it found: readable, and never hiding or reordering text."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.diagnostics import Diagnostic, Severity
from generator.validation.report import describe_found, render, summary, visible


@pytest.mark.parametrize(("value", "expected"), [
    ("Vägen\u202eeradiv", "Vägen[U+202E]eradiv"),
    ("a\u200bb", "a[U+200B]b"),
    ("rad ett\nrad två\n", "rad ett⏎rad två"),
    ("a\tb", "a[TAB]b"),
    ("a\u2028b", "a[U+2028]b"),
])
def test_invisible_characters_are_spelled_out(value: str, expected: str) -> None:
    assert visible(value) == expected


@pytest.mark.parametrize(("value", "sv", "en"), [
    (None, "ingenting (tomt värde)", "nothing (an empty value)"),
    (True, "ja/nej-värdet true", "the yes/no value true"),
    (94, "talet 94", "the number 94"),
    (dt.date(2021, 6, 30), "datumet 2021-06-30", "the date 2021-06-30"),
    ([1, 2], "en lista med 2 poster", "a list of 2 items"),
    ({"count": 1, "percent": 2}, "fält (count, percent)", "fields (count, percent)"),
    ("x" * 100, f'texten "{"x" * 59}…"', f'the text "{"x" * 59}…"'),
])
def test_found_values_are_described_in_words(value: object, sv: str, en: str) -> None:
    assert (describe_found(value, "sv"), describe_found(value, "en")) == (sv, en)


def test_found_says_what_was_typed_when_yaml_changed_it() -> None:
    problem = Diagnostic("wrong_type_quote", "f.yml", 1, 1, "municipalities[0]",
                         {"found": 94, "written": "0136", "expected_type": "text"})
    assert render(problem, "en")["found"] == "0136, which YAML reads as the number 94"
    assert render(problem, "sv")["fix"] == 'Sätt värdet inom citattecken: "0136".'


def test_found_is_plain_when_yaml_kept_what_was_typed() -> None:
    problem = Diagnostic("wrong_type_quote", "f.yml", 1, 1, "x",
                         {"found": 2020, "written": "2020", "expected_type": "text"})
    assert render(problem, "en")["found"] == "the number 2020"


def test_large_numbers_in_messages_are_grouped_but_found_values_are_not() -> None:
    problem = Diagnostic("grant_over_budget", "f.yml", 1, 1, "budget",
                         {"grant": 5_400_000, "total": 4_500_000, "currency": "EUR"})
    assert render(problem, "sv")["message"] == \
        "ESF-stödet (5 400 000 EUR) är större än hela budgeten (4 500 000 EUR)."
    assert render(problem, "en")["message"] == \
        "The ESF grant (EUR 5,400,000) is larger than the whole budget (EUR 4,500,000)."
    found = Diagnostic("too_large", "f.yml", 1, 1, "x", {"found": 12_000_000, "limit": 10_000})
    assert render(found, "en")["found"] == "the number 12000000"


@pytest.mark.parametrize(("errors", "warnings", "files", "sv", "en"), [
    (0, 0, 1, "Inga problem i 1 kontrollerad fil.", "No problems in 1 checked file."),
    (0, 0, 3, "Inga problem i 3 kontrollerade filer.", "No problems in 3 checked files."),
    (1, 0, 1, "1 fel och 0 varningar i 1 kontrollerad fil.", "1 error and 0 warnings in 1 "
     "checked file."),
    (2, 1, 2, "2 fel och 1 varning i 2 kontrollerade filer.", "2 errors and 1 warning in 2 "
     "checked files."),
])
def test_summary_counts_in_singular_and_plural(errors: int, warnings: int, files: int,
                                               sv: str, en: str) -> None:
    problems = [Diagnostic("missing", "f.yml", params={"name": "x"})] * errors
    problems += [Diagnostic("file.bom", "f.yml", severity=Severity.WARNING)] * warnings
    assert summary(problems, files, "sv").startswith(sv)
    assert summary(problems, files, "en").startswith(en)
