"""Turn pydantic's validation errors into located, translatable diagnostics."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.diagnostics import Diagnostic, format_path
from generator.schema.types import ID_PATTERN
from generator.yamlsource import Document, Path

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
_PATTERN_CODES = {ID_PATTERN: "id_format", r"^\d{2,4}$": "code_format",
                  r"^\d{4}(-\d{2}(-\d{2})?)?$": "partial_date"}
_SAME_CODE = {"control_character", "html_not_allowed", "single_line", "image_not_allowed",
              "unsafe_link", "url", "partial_date", "figure_value", "goal_value"}


def schema_diagnostics(
    error: ValidationError, model: type[BaseModel], document: Document, file: str
) -> list[Diagnostic]:
    return [_one(detail, model, document, file) for detail in error.errors()]


def _one(detail: Any, model: type[BaseModel], document: Document, file: str) -> Diagnostic:
    loc: Path = tuple(part for part in detail["loc"] if isinstance(part, (str, int)))
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
    if kind in _TYPE_ERRORS:
        expected = _TYPE_ERRORS[kind]
        code = "wrong_type"
        if expected == "text" and isinstance(found, (bool, int, float)) or (
            expected == "text" and type(found).__name__ in ("date", "datetime")):
            code = "wrong_type_quote"
        elif expected in ("whole_number", "number") and isinstance(found, str):
            code = "wrong_type_unquote" if _looks_numeric(found) else "wrong_type"
        return Diagnostic(code, file, line, column, field, {**params, "expected_type": expected})
    if kind == "literal_error":
        options = ctx.get("expected", "")
        return Diagnostic("not_allowed_value", file, line, column, field,
                          {**params, "options": options.replace("'", "").replace(" or ", ", ")})
    if kind == "string_pattern_mismatch":
        code = _PATTERN_CODES.get(ctx.get("pattern", ""), "pattern")
        if "@" in ctx.get("pattern", ""):
            code = "email"
        return Diagnostic(code, file, line, column, field, params)
    if kind == "string_too_short":
        return Diagnostic("empty_text", file, line, column, field, params)
    if kind in ("string_too_long", "too_long"):
        size = len(found) if isinstance(found, (str, list)) else 0
        return Diagnostic("too_long" if kind == "string_too_long" else "too_many", file, line,
                          column, field, {"limit": ctx.get("max_length"), "size": size})
    if kind == "too_short":
        return Diagnostic("too_few", file, line, column, field, {"limit": ctx.get("min_length")})
    if kind in ("greater_than_equal", "less_than_equal"):
        limit = ctx.get("ge", ctx.get("le"))
        code = "too_small" if kind == "greater_than_equal" else "too_large"
        return Diagnostic(code, file, line, column, field, {**params, "limit": limit})
    if kind in _SAME_CODE:
        extra = {key: value for key, value in ctx.items() if key != "column"}
        return Diagnostic(kind, file, line, column, field, {**params, **extra})
    return Diagnostic("invalid", file, line, column, field, {**params, "detail": detail["msg"]})


def _looks_numeric(text: str) -> bool:
    try:
        float(text.replace(" ", "").replace(",", "."))
    except ValueError:
        return False
    return True


def allowed_keys(model: type[BaseModel], path: Path) -> list[str]:
    """Field names of the model reached by following `path` from `model`."""
    annotation: Any = model
    for part in path:
        annotation = _unwrap(annotation)
        if isinstance(part, int):
            args = typing.get_args(annotation)
            annotation = args[0] if args else annotation
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            info = annotation.model_fields.get(part)
            if info is None:
                return []
            annotation = info.annotation
    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []


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
