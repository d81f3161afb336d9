"""Turn pydantic's validation errors into located, translatable diagnostics."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.diagnostics import Diagnostic, FieldPath, format_path, plain_value
from generator.ids import suggest_id
from generator.schema.export import schema_name
from generator.schema.refusals import CROSS_FIELD_CODES
from generator.schema.types import ID_PATTERN, TEXT_CODES
from generator.validation.model_paths import declared_type, is_partial_date, model_at
from generator.validation.number_text import number_text_problem
from generator.validation.type_advice import closest_option, type_variant
from generator.yamlsource import Document

_TYPE_ERRORS = {
    "string_type": "text",
    "int_type": "whole_number",
    "int_from_float": "whole_number",
    "int_parsing": "whole_number",
    "float_type": "number",
    "bool_type": "yes_no",
    "list_type": "list",
    "model_type": "mapping",
    "dict_type": "mapping",
    "model_attributes_type": "mapping",
    "date_type": "date",
    "date_parsing": "date",
    "date_from_datetime_inexact": "date",
    "date_from_datetime_parsing": "date",
}
SHORT_KEY_LIST = 4
"""An unknown key's message lists the allowed keys if there are at most this many."""
# Every `pattern` in the schema has its own explanation (a test checks none is missed).
PATTERN_CODES = {ID_PATTERN: "id_format", r"^\d{2,4}$": "code_format",
                 r"^\d{4}(-\d{2}(-\d{2})?)?$": "partial_date",
                 r"^[0-9A-Za-z./-]{1,40}$": "esf_case_id",
                 r"^[^@\s<>]+@[^@\s<>]+\.[a-zA-Z]{2,}$": "email"}
SAME_CODES = {"url", "partial_date", "amount_too_large", *TEXT_CODES}
TYPE_CODES = ("wrong_type", "wrong_type_quote", "wrong_type_unquote", "empty_value",
              "not_whole_number", "number_with_spaces", "decimal_comma", "percent_sign")
"""Codes for a value of the wrong kind: their messages name the kind expected."""
SIMPLE_CODES = {"literal_error": "not_allowed_value", "string_too_short": "empty_text",
                "string_too_long": "too_long", "too_long": "too_many", "too_short": "too_few",
                "greater_than_equal": "too_small", "less_than_equal": "too_large"}
# A model-level check that wants exactly one of two fields: code -> (field, field).
ONE_OF = {"figure_value": ("count", "percent"), "goal_value": ("count", "percent"),
          "group_result_value": ("count", "percent")}
# Fields that were renamed or now follow from others: (parent field or "", key) -> code.
RETIRED_KEYS = {("", "evidence_level"): "retired_evidence_level",
                ("budget", "total_sek"): "retired_budget_sek",
                ("budget", "esf_grant_sek"): "retired_budget_sek"}
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

def schema_diagnostics(
    error: ValidationError, model: type[BaseModel], document: Document, file: str
) -> list[Diagnostic]:
    diagnostics = [_one(detail, model, document, file) for detail in error.errors()]
    # A misspelt key shows up twice: as unknown ("ownr") and as missing ("owner"). The
    # unknown key, with its "did you mean", is the one that tells the reader what to do.
    misspelt = {(d.field.rpartition(".")[0], d.params["suggestion"][0])
                for d in diagnostics if d.code == "unknown_key" and d.params["suggestion"]}
    # A renamed budget amount's message already says to add the currency.
    misspelt |= {(d.field.rpartition(".")[0], "currency")
                 for d in diagnostics if d.code == "retired_budget_sek"}
    return [d for d in diagnostics if d.code != "missing"
            or (d.field.rpartition(".")[0], d.params["name"]) not in misspelt]


def broken_path(detail: Any) -> FieldPath:
    """The data path a pydantic error is about, without pydantic's own markers."""
    return tuple(part for part in detail["loc"] if isinstance(part, (str, int)))


def _one(detail: Any, model: type[BaseModel], document: Document, file: str) -> Diagnostic:
    loc = broken_path(detail)
    kind: str = detail["type"]
    ctx = detail.get("ctx") or {}
    found = detail.get("input")
    field = format_path(loc)
    if kind == "missing":
        line, column = document.locate(loc[:-1], key=True)
        return Diagnostic("missing", file, line, column, field, {"name": str(loc[-1])})
    if kind == "extra_forbidden":
        line, column = document.locate(loc, key=True)
        retired = RETIRED_KEYS.get((str(loc[-2]) if len(loc) > 1 else "", str(loc[-1])))
        if retired is not None:
            return Diagnostic(retired, file, line, column, field, {
                "key": str(loc[-1]), "new_key": str(loc[-1]).removesuffix("_sek")})
        part = model_at(model, loc[:-1])
        allowed = list(part.model_fields) if part else []
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=3, cutoff=0.6)
        # A short list is shown (sv, en); a long one is not, since it grows with each new
        # field: the nearest keys, and where every field is explained.
        return Diagnostic("unknown_key", file, line, column, field, {
            "key": str(loc[-1]), "suggestion": close, "allowed": ", ".join(allowed),
            "variant": "" if len(allowed) <= SHORT_KEY_LIST else "reference",
            "model": part.__name__ if part else model.__name__,
            "schema": f"schema/{schema_name(model)}.schema.json"})
    if kind in CROSS_FIELD_CODES:
        return _cross_field(kind, ctx, loc, document, file)
    line, column = document.locate(loc)
    params: dict[str, Any] = {"found": found}
    if loc in document.written:
        params["written"] = document.written[loc]
    code = _code(kind, ctx, found, is_partial_date(model, loc))
    if code == "not_allowed_value" and not isinstance(found, str) and \
            params.get("written") in _options(ctx):
        code = "not_allowed_value_quote"  # `status: yes` is read as true, not as "yes"
    if code in ("wrong_type", "wrong_type_unquote") and isinstance(found, str) and \
            _TYPE_ERRORS[kind] in ("whole_number", "number"):
        code = _number_code(_TYPE_ERRORS[kind], found, loc not in document.written, code,
                            params)
    if code == "id_format" and isinstance(found, str) and suggest_id(found) not in ("", found):
        params["suggestion"] = suggest_id(found)
    needle = _culprit(code, ctx, found)
    if needle and isinstance(found, str) and needle in found:
        line, column = document.find(loc, needle) or (line, column)
        params["found"] = _excerpt(found, found.index(needle))
    if code in ("too_long", "too_many"):
        params = {"limit": ctx.get("max_length"),
                  "size": len(found) if isinstance(found, (str, list)) else 0}
    elif code == "too_few":
        params = {"limit": ctx.get("min_length")}
    elif code in ("too_small", "too_large"):
        params["limit"] = _number(ctx.get("ge", ctx.get("le")))
    elif code in TYPE_CODES:
        params["expected_type"] = _TYPE_ERRORS[kind]
        params.setdefault("written", plain_value(found))
        variant = type_variant(code, _TYPE_ERRORS[kind], found, declared_type(model, loc))
        if variant:
            params.setdefault("variant", variant)
    elif code in ("not_allowed_value", "not_allowed_value_quote"):
        params["options"] = ", ".join(_options(ctx))
        if code == "not_allowed_value":
            params["suggestion"] = closest_option(found, _options(ctx))
    elif code == "invalid":
        params["detail"] = detail["msg"]
    elif code in SAME_CODES:
        params.update({key: value for key, value in ctx.items() if key != "column"})
    return Diagnostic(code, file, line, column, field, params)


def _cross_field(code: str, ctx: dict[str, Any], loc: FieldPath, document: Document,
                 file: str) -> Diagnostic:
    """A check across a model's fields, placed on the field it names (`at`)."""
    at = (*loc, *ctx.get("at", ()))
    line, column = document.locate(at)
    params = {key: _number(value) for key, value in ctx.items() if key != "at"}
    return Diagnostic(code, file, line, column, format_path(at), params)


def _code(kind: str, ctx: dict[str, Any], found: Any, partial_date: bool) -> str:
    """Which explanation fits: the finer the better, since the reader is learning YAML."""
    if kind in ONE_OF:
        present = isinstance(found, dict) and all(name in found for name in ONE_OF[kind])
        return f"{kind}_{'both' if present else 'none'}"
    if partial_date and kind in ("string_type", "partial_date", "string_pattern_mismatch"):
        return "no_such_date" if _impossible_day(found) else "partial_date"
    if kind in _TYPE_ERRORS:
        return _type_code(_TYPE_ERRORS[kind], found)
    if kind in SIMPLE_CODES:
        return SIMPLE_CODES[kind]
    if kind == "string_pattern_mismatch":
        return PATTERN_CODES.get(str(ctx.get("pattern", "")), "pattern")
    return kind if kind in SAME_CODES else "invalid"


def _number_code(expected: str, found: str, quoted: bool, code: str,
                 params: dict[str, Any]) -> str:
    """Why a number was read as text (quotes, spaces, a decimal comma, a % sign), with the
    value to write instead in `params["corrected"]`."""
    problem = number_text_problem(expected, found, quoted)
    if problem is None:
        # "Remove the quotes" would be wrong advice for a value that has none.
        return code if quoted else "wrong_type"
    params["corrected"] = problem[1]
    if problem[0] == "wrong_type_unquote":
        params["variant"] = "number"
    return problem[0]


def _options(ctx: dict[str, Any]) -> list[str]:
    """The allowed values of a `Literal`, from pydantic's "'a', 'b' or 'c'"."""
    text = str(ctx.get("expected", "")).replace(" or ", ", ")
    return [option.strip().strip("'") for option in text.split(",") if option.strip()]


def _culprit(code: str, ctx: dict[str, Any], found: Any) -> str:
    """The part of a text that is wrong, to point at it rather than at the whole text."""
    if "culprit" in ctx:
        return str(ctx["culprit"])
    if code == "html_not_allowed":
        return str(ctx.get("tag", ""))
    if code == "unsafe_link":
        return str(ctx.get("url", ""))
    if code == "image_not_allowed":
        return "!["
    if code == "control_character" and "code" in ctx:
        return chr(int(str(ctx["code"]), 16))
    return ""


def _excerpt(text: str, index: int, width: int = 56) -> str:
    """About `width` characters of `text` around `index`, marked … where cut."""
    start = max(0, min(index - width // 3, len(text) - width))
    part = text[start: start + width]
    return ("…" if start else "") + part + ("…" if start + width < len(text) else "")


def _type_code(expected: str, found: Any) -> str:
    if found is None:
        return "empty_value"
    if expected == "whole_number" and isinstance(found, float):
        return "not_whole_number"
    if expected == "text" and isinstance(found, (bool, int, float, dt.date)):
        return "wrong_type_quote"
    if expected in ("whole_number", "number") and isinstance(found, str) and _looks_numeric(found):
        return "wrong_type_unquote"
    if expected == "date" and isinstance(found, str) and _ISO_DAY.match(found):
        return "no_such_date" if _impossible_day(found) else "wrong_type_unquote"
    return "wrong_type"


def _impossible_day(found: Any) -> bool:
    if not isinstance(found, str) or not _ISO_DAY.match(found):
        return False
    try:
        dt.date.fromisoformat(found)
    except ValueError:
        return True
    return False


def _number(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _looks_numeric(text: str) -> bool:
    try:
        float(text.replace(" ", "").replace(",", "."))
    except ValueError:
        return False
    return True
