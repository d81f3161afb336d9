"""Turn pydantic's validation errors into located, translatable diagnostics."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import types
import typing
from typing import Any

from pydantic import BaseModel, BeforeValidator, ValidationError

from generator.diagnostics import Diagnostic, FieldPath, format_path, plain_value
from generator.schema.types import ID_PATTERN, TEXT_CODES, PartialDate
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
# Every `pattern` in the schema has its own explanation (a test checks none is missed).
PATTERN_CODES = {ID_PATTERN: "id_format", r"^\d{2,4}$": "code_format",
                 r"^\d{4}(-\d{2}(-\d{2})?)?$": "partial_date",
                 r"^[0-9A-Za-z./-]{1,40}$": "esf_case_id",
                 r"^[^@\s<>]+@[^@\s<>]+\.[a-zA-Z]{2,}$": "email"}
SAME_CODES = {"url", "partial_date", *TEXT_CODES}
SIMPLE_CODES = {"literal_error": "not_allowed_value", "string_too_short": "empty_text",
                "string_too_long": "too_long", "too_long": "too_many", "too_short": "too_few",
                "greater_than_equal": "too_small", "less_than_equal": "too_large"}
# A model-level check that wants exactly one of two fields: code -> (field, field).
ONE_OF = {"figure_value": ("count", "percent"), "goal_value": ("count", "percent")}
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PARTIAL_DATE_VALIDATOR = next(m for m in typing.get_args(PartialDate)
                               if isinstance(m, BeforeValidator))


def schema_diagnostics(
    error: ValidationError, model: type[BaseModel], document: Document, file: str
) -> list[Diagnostic]:
    diagnostics = [_one(detail, model, document, file) for detail in error.errors()]
    # A misspelt key shows up twice: as unknown ("ownr") and as missing ("owner"). The
    # unknown key, with its "did you mean", is the one that tells the reader what to do.
    misspelt = {(d.field.rpartition(".")[0], d.params["suggestion"])
                for d in diagnostics if d.code == "unknown_key" and d.params["suggestion"]}
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
        allowed = allowed_keys(model, loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
        return Diagnostic("unknown_key", file, line, column, field, {
            "key": str(loc[-1]), "suggestion": close[0] if close else "",
            "allowed": ", ".join(allowed)})
    line, column = document.locate(loc)
    params: dict[str, Any] = {"found": found}
    if loc in document.written:
        params["written"] = document.written[loc]
    code = _code(kind, ctx, found, is_partial_date(model, loc))
    if code == "not_allowed_value" and not isinstance(found, str) and \
            params.get("written") in _options(ctx):
        code = "not_allowed_value_quote"  # `status: yes` is read as true, not as "yes"
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
    elif code in ("wrong_type", "wrong_type_quote", "wrong_type_unquote", "empty_value"):
        params["expected_type"] = _TYPE_ERRORS[kind]
        params.setdefault("written", plain_value(found))
    elif code in ("not_allowed_value", "not_allowed_value_quote"):
        params["options"] = ", ".join(_options(ctx))
    elif code == "invalid":
        params["detail"] = detail["msg"]
    elif code in SAME_CODES:
        params.update({key: value for key, value in ctx.items() if key != "column"})
    return Diagnostic(code, file, line, column, field, params)


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


def is_partial_date(model: type[BaseModel], path: FieldPath) -> bool:
    """Whether the field at `path` is a PartialDate (a year, a month or a day)."""
    annotation, metadata = _field(model, path)
    candidates = [annotation, *typing.get_args(annotation)]
    metadata = [*metadata, *(m for c in candidates for m in getattr(c, "__metadata__", ()))]
    return any(m == _PARTIAL_DATE_VALIDATOR for m in metadata)


def allowed_keys(model: type[BaseModel], path: FieldPath) -> list[str]:
    """Field names of the model reached by following `path` from `model`."""
    annotation = _unwrap(_field(model, path)[0])
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []


def _field(model: type[BaseModel], path: FieldPath) -> tuple[Any, list[Any]]:
    """The annotation (and pydantic metadata) of the field at `path`, as declared."""
    annotation: Any = model
    metadata: list[Any] = []
    for part in path:
        annotation = _unwrap(annotation)
        metadata = []
        if isinstance(part, int):
            args = typing.get_args(annotation)
            annotation = args[0] if args else annotation
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            info = annotation.model_fields.get(part)
            if info is None:
                return None, []
            annotation, metadata = info.annotation, list(info.metadata)
    return annotation, metadata


def _unwrap(annotation: Any) -> Any:
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            members = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            annotation = members[0]
        else:
            return annotation
