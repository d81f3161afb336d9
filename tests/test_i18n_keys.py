"""Every text exists in Swedish and English, with the same keys and the same {placeholders},
and every problem the validator can report has its message in both languages."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest
import yaml

from generator.schema.refusals import CROSS_FIELD_CODES
from generator.validation import schema_errors
from generator.yamlsource import SYNTAX_PROBLEMS

REPO = Path(__file__).resolve().parent.parent
I18N = REPO / "generator" / "i18n"
VALIDATOR_SOURCES = [REPO / "generator" / "yamlsource.py",
                     *sorted((REPO / "generator" / "validation").glob("*.py"))]


def keys(path: Path) -> dict[str, str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    assert isinstance(data, dict), path
    return {str(key): str(value) for key, value in data.items()}


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


AREAS = sorted({path.name for language in ("sv", "en") for path in (I18N / language).glob("*")})


def test_both_languages_have_the_same_files() -> None:
    assert AREAS
    assert sorted(p.name for p in (I18N / "sv").glob("*")) == sorted(
        p.name for p in (I18N / "en").glob("*"))


@pytest.mark.parametrize("area", AREAS)
def test_both_languages_have_the_same_keys(area: str) -> None:
    swedish, english = keys(I18N / "sv" / area), keys(I18N / "en" / area)
    assert sorted(set(swedish) - set(english)) == []
    assert sorted(set(english) - set(swedish)) == []


@pytest.mark.parametrize("area", AREAS)
def test_no_text_is_empty(area: str) -> None:
    for language in ("sv", "en"):
        empty = [key for key, text in keys(I18N / language / area).items() if not text.strip()]
        assert empty == [], f"{language}/{area}"


@pytest.mark.parametrize("area", AREAS)
def test_every_template_can_be_filled(area: str) -> None:
    # A lone { or } (say, in "close the list with ]") breaks str.format; write {{ or }}.
    for language in ("sv", "en"):
        for text in keys(I18N / language / area).values():
            text.format(**{name: "x" for name in placeholders(text)})


@pytest.mark.parametrize("area", AREAS)
def test_both_languages_use_the_same_placeholders(area: str) -> None:
    swedish, english = keys(I18N / "sv" / area), keys(I18N / "en" / area)
    different = {key: (placeholders(swedish[key]), placeholders(english[key]))
                 for key in set(swedish) & set(english)
                 if placeholders(swedish[key]) != placeholders(english[key])}
    assert different == {}


def _results(node: ast.AST | None) -> set[str]:
    """The string constants an expression can evaluate to (not those it merely compares)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _results(node.body) | _results(node.orelse)
    if isinstance(node, ast.BoolOp):
        return set().union(*(_results(value) for value in node.values))
    if isinstance(node, ast.Call) and _name(node.func) == "get" and len(node.args) == 2:
        return _results(node.args[1])  # the fallback of `CODES.get(key, "code")`
    return set()


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else \
        func.attr if isinstance(func, ast.Attribute) else ""


def codes_in_source(path: Path) -> set[str]:
    """Codes written in the validator's source: the first argument of `Diagnostic(...)`, the
    code argument of `_at(...)`, `code = ...`, what `_code` functions return, and the first
    item of each `(code, path, params)` problem (numbers.py, periodcheck.py)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and _name(node.func) == "Diagnostic" and node.args:
            found |= _results(node.args[0])
        elif isinstance(node, ast.Call) and _name(node.func) == "_at" and len(node.args) > 2:
            found |= _results(node.args[2])
        elif isinstance(node, ast.Assign) and any(
                isinstance(target, ast.Name) and target.id == "code" for target in node.targets):
            found |= _results(node.value)
        elif isinstance(node, ast.FunctionDef) and node.name.endswith("_code"):
            for item in ast.walk(node):
                if isinstance(item, ast.Return):
                    found |= _results(item.value)
        elif isinstance(node, ast.Tuple) and len(node.elts) == 3 and (
                isinstance(node.elts[1], ast.Tuple) or (
                    isinstance(node.elts[1], ast.Name) and isinstance(node.elts[2], ast.Dict))):
            found |= _results(node.elts[0])
    return found


def validator_codes() -> set[str]:
    found = set().union(*(codes_in_source(path) for path in VALIDATOR_SOURCES))
    found |= set(schema_errors.PATTERN_CODES.values()) | set(schema_errors.SAME_CODES)
    found |= set(schema_errors.SIMPLE_CODES.values())
    found |= {f"{code}_{variant}" for code in schema_errors.ONE_OF
              for variant in ("both", "none")}
    found |= {code for code, _ in SYNTAX_PROBLEMS.values()}
    found |= set(CROSS_FIELD_CODES) | set(schema_errors.RETIRED_KEYS.values())
    return found


def test_the_code_search_finds_codes_of_every_origin() -> None:
    assert validator_codes() >= {
        "file.too_large", "yaml.alias", "yaml.syntax.colon", "missing", "unknown_key",
        "wrong_type_quote", "no_such_date", "figure_value_both", "id_format", "unsafe_link",
        "duplicate_id", "unknown_code", "county_missing", "end_before_start",
        "percent_sum_over_100", "file_name", "vocabulary_kind", "range_not_increasing",
        "ci_excludes_difference", "retired_budget_sek", "percent_without_base",
        "goal_judged_met_figures_not", "period_ongoing_after_end", "period_final_before_end"}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_code_has_a_message_and_every_message_a_code(language: str) -> None:
    messages = {key.removeprefix("check.").removesuffix(".message")
                for path in sorted((I18N / language).glob("check*.yml"))
                for key in keys(path)
                if key.startswith("check.") and key.endswith(".message")}
    codes = validator_codes()
    assert sorted(codes - messages) == [], "codes without a message"
    assert sorted(messages - codes) == [], "messages no code produces"
