"""A cache entry as JSON, checked field by field on the way back in.

The cache lives in the working tree, where a pull request can put files too. So an entry
is data that cannot run anything when read (JSON, never a pickle), and what is read back
is checked against the schema below, strictly: any entry that does not match exactly,
down to the type of each number, is treated as missing and the file is validated again.

Values a record wrote (a message's "found" value, a project's raw county list) can be any
YAML scalar or list, so they are written as JSON where JSON keeps the type and tagged
where it does not: `{"date": "2021-06-30"}`, `{"datetime": …}`, `{"float": "inf"}`,
`{"mapping": [[key, value], …]}`, `{"tuple": […]}`.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, JsonValue, ValidationError

from generator.diagnostics import Diagnostic, Severity
from generator.validation.summary import Summary

FORMAT = "vta-validation-2"
Position = tuple[int, int]
Reference = tuple[str, str, Position]
Labels = dict[str, tuple[str, str | None]]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class CachedDiagnostic(_Strict):
    code: str
    file: str
    line: int
    column: int
    field: str
    params: dict[str, JsonValue]
    severity: Literal["error", "warning"]


class CachedSummary(_Strict):
    kind: Literal["project", "method", "vocabulary"]
    record_id: str | None
    id_position: Position
    root_position: Position
    valid: bool
    references: list[tuple[str, list[Reference]]]
    malformed: list[tuple[str, CachedDiagnostic]]
    term_ids: list[str]
    term_positions: list[Position]
    labels: Labels
    term_places: dict[str, tuple[str, Position]]
    derived: dict[str, Labels]
    term_counties: dict[str, str | None]
    duplicate_terms: list[CachedDiagnostic]
    municipalities: list[Reference]
    counties: list[JsonValue] | None
    dates: list[Reference]


class Entry(_Strict):
    format: Literal["vta-validation-2"]
    key: str
    problems: list[CachedDiagnostic]
    summary: CachedSummary | None


class NotStorable(ValueError):
    """A value this format has no way to write exactly: such a result is not cached."""


def encode(key: str, problems: list[Diagnostic], summary: Summary | None) -> bytes:
    entry = {"format": FORMAT, "key": key, "problems": [_diagnostic(p) for p in problems],
             "summary": None if summary is None else _summary(summary)}
    return json.dumps(entry, ensure_ascii=False, allow_nan=False,
                      separators=(",", ":")).encode("utf-8")


def decode(blob: bytes, key: str) -> tuple[list[Diagnostic], Summary | None] | None:
    """The result stored in `blob` for `key`, or None for anything else whatsoever."""
    try:
        entry = Entry.model_validate_json(blob)
        if entry.key != key:
            return None
        problems = [_restored(problem) for problem in entry.problems]
        return problems, None if entry.summary is None else _restored_summary(entry.summary)
    except (ValidationError, NotStorable, ValueError, TypeError):
        return None


def _diagnostic(problem: Diagnostic) -> dict[str, Any]:
    return {"code": problem.code, "file": problem.file, "line": problem.line,
            "column": problem.column, "field": problem.field,
            "params": {str(name): _value(value) for name, value in problem.params.items()},
            "severity": problem.severity.value}


def _restored(cached: CachedDiagnostic) -> Diagnostic:
    return Diagnostic(cached.code, cached.file, cached.line, cached.column, cached.field,
                      {name: _restored_value(value) for name, value in cached.params.items()},
                      Severity(cached.severity))


def _summary(summary: Summary) -> dict[str, Any]:
    return {"kind": summary.kind, "record_id": summary.record_id,
            "id_position": summary.id_position, "root_position": summary.root_position,
            "valid": summary.valid, "references": summary.references,
            "malformed": [(kind, _diagnostic(problem)) for kind, problem in summary.malformed],
            "term_ids": summary.term_ids, "term_positions": summary.term_positions,
            "labels": summary.labels, "term_places": summary.term_places,
            "derived": summary.derived, "term_counties": summary.term_counties,
            "duplicate_terms": [_diagnostic(problem) for problem in summary.duplicate_terms],
            "municipalities": summary.municipalities,
            "counties": None if summary.counties is None else [
                _value(value) for value in summary.counties],
            "dates": summary.dates}


def _restored_summary(cached: CachedSummary) -> Summary:
    # The validated lists are used as they are: the model is thrown away right after.
    return Summary(
        cached.kind, cached.record_id, cached.id_position, cached.root_position, cached.valid,
        references=cached.references,
        malformed=[(kind, _restored(problem)) for kind, problem in cached.malformed],
        term_ids=cached.term_ids, term_positions=cached.term_positions, labels=cached.labels,
        term_places=cached.term_places, derived=cached.derived,
        term_counties=cached.term_counties,
        duplicate_terms=[_restored(problem) for problem in cached.duplicate_terms],
        municipalities=cached.municipalities,
        counties=None if cached.counties is None else [
            _restored_value(value) for value in cached.counties],
        dates=cached.dates)


def _value(value: Any) -> Any:
    """`value` as JSON that reads back as the same Python value (see the module's doc)."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"float": repr(value)}
    if isinstance(value, dt.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, list):
        return [_value(item) for item in value]
    if isinstance(value, tuple):
        return {"tuple": [_value(item) for item in value]}
    if isinstance(value, dict):
        return {"mapping": [[_value(name), _value(item)] for name, item in value.items()]}
    raise NotStorable(type(value).__name__)


_NON_FINITE = {"inf": math.inf, "-inf": -math.inf, "nan": math.nan}


def _restored_value(value: JsonValue) -> Any:
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, list):
        return [_restored_value(item) for item in value]
    if not isinstance(value, dict) or len(value) != 1:
        raise NotStorable("untagged mapping")
    [(tag, inner)] = value.items()
    if tag == "float" and isinstance(inner, str) and inner in _NON_FINITE:
        return _NON_FINITE[inner]
    if tag == "datetime" and isinstance(inner, str):
        return dt.datetime.fromisoformat(inner)
    if tag == "date" and isinstance(inner, str):
        return dt.date.fromisoformat(inner)
    if tag == "tuple" and isinstance(inner, list):
        return tuple(_restored_value(item) for item in inner)
    if tag == "mapping" and isinstance(inner, list):
        pairs = [pair for pair in inner if isinstance(pair, list) and len(pair) == 2]
        if len(pairs) == len(inner):
            return {_restored_value(pair[0]): _restored_value(pair[1]) for pair in pairs}
    raise NotStorable(f"unknown tag {tag}")
