"""Render diagnostics for people (text), GitHub (annotations) or tools (JSON)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from generator.diagnostics import Diagnostic, Severity, plain_value
from generator.i18n import has, t
from generator.safe_output import safe_json, shown

_FOUND_LIMIT = 60
# Every piece of the record or its file name that a message quotes goes through `shown`:
# characters a reader cannot see (or that reorder the line, like U+202E) are shown by
# name, so the report cannot hide or scramble what it points at, and nothing in it can
# act on a terminal or a CI log (see generator/safe_output.py).
_RENDERED = {"found", "written", "expected_type"}
"""Parameters `_params` describes itself; every other text parameter is `visible`."""


def visible(text: str) -> str:
    """`text` on one line with invisible characters spelled out: `a⏎b`, `[U+202E]`."""
    return shown(text.strip("\n"))


def describe_found(value: Any, language: str) -> str:
    if value is None:
        return t(language, "found.nothing")
    if isinstance(value, bool):
        return t(language, "found.bool", value=str(value).lower())
    if isinstance(value, int) and len(str(abs(value))) > _FOUND_LIMIT // 3:
        return t(language, "found.long_number", digits=len(str(abs(value))))
    if isinstance(value, (int, float)):
        return t(language, "found.number", value=value)
    if isinstance(value, (dt.date, dt.datetime)):
        return t(language, "found.date", value=value.isoformat())
    if isinstance(value, list):
        return t(language, "found.list", count=len(value))
    if isinstance(value, dict):
        keys = visible(", ".join(str(key) for key in list(value)[:5]))
        return t(language, "found.mapping", keys=keys + (", …" if len(value) > 5 else ""))
    text = visible(str(value))
    if len(text) > _FOUND_LIMIT:
        text = text[: _FOUND_LIMIT - 1] + "…"
    return t(language, "found.text", value=text)


def _grouped(value: Any, language: str) -> Any:
    """Large whole numbers in a message as people write them: 5 400 000 / 5,400,000."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10_000:
        return f"{value:,}".replace(",", " " if language == "sv" else ",")
    return value


def _params(diagnostic: Diagnostic, language: str) -> dict[str, Any]:
    params = {key: value if key in _RENDERED else
              visible(value) if isinstance(value, str) else _grouped(value, language)
              for key, value in diagnostic.params.items()}
    written = params.get("written")
    if "found" in params:
        found = describe_found(params["found"], language)
        if written is not None and written != plain_value(params["found"]):
            found = t(language, "found.read_as", written=visible(written), value=found)
        params["found"] = found
    if isinstance(written, str):
        params["written"] = visible(written)
    if "expected_type" in params:
        params["expected_type"] = t(language, f"type.{params['expected_type']}")
    if "kind" in params and has(language, f"kind.{params['kind']}"):
        params["kind"] = t(language, f"kind.{params['kind']}")
    if isinstance(params.get("suggestion"), list):
        # Several ids that were probably meant: `"a"`, `"a" eller "b"`.
        quoted = [f'"{item}"' for item in params["suggestion"]]
        params["suggestion"] = t(language, "report.or", first=", ".join(quoted[:-1]),
                                 last=quoted[-1]) if len(quoted) > 1 else "".join(quoted)
    return params


def render(diagnostic: Diagnostic, language: str) -> dict[str, str]:
    """The parts of one message, in `language`: message, expected, found, fix."""
    base = f"check.{diagnostic.code}"
    params = _params(diagnostic, language)
    parts = {"message": t(language, f"{base}.message", **params)}
    expected_keys = [f"{base}.expected_{params['variant']}"] if params.get("variant") else []
    expected_key = next((key for key in [*expected_keys, f"{base}.expected"]
                         if has(language, key)), None)
    if expected_key is not None:
        parts["expected"] = t(language, expected_key, **params)
    if "found" in params:
        parts["found"] = params["found"]
    # The most specific advice the message has: its variant (as the checker chose), one
    # for when there is a suggestion, or its general advice.
    variants = [f"{base}.fix_{params['variant']}"] if params.get("variant") else []
    variants += [f"{base}.fix_suggestion"] if params.get("suggestion") else []
    fix_key = next((key for key in [*variants, f"{base}.fix"] if has(language, key)), None)
    if fix_key is not None:
        parts["fix"] = t(language, fix_key, **params)
    return parts


def _location(d: Diagnostic) -> str:
    file = shown(d.file)
    return f"{file}:{d.line}:{d.column}" if d.line else file


def format_text(diagnostics: list[Diagnostic], language: str) -> str:
    lines: list[str] = []
    for d in diagnostics:
        parts = render(d, language)
        where = f" {shown(d.field)}:" if d.field else ""
        lines.append(f"{_location(d)}: {t(language, f'report.{d.severity.value}')}:{where} "
                     f"{parts['message']}")
        for key in ("expected", "found", "fix"):
            if key in parts:
                lines.append(f"    {t(language, f'report.{key}')}: {parts[key]}")
    return "\n".join(lines)


def _count(language: str, noun: str, number: int) -> str:
    return t(language, f"report.count.{noun}.{'one' if number == 1 else 'other'}", n=number)


def summary(diagnostics: list[Diagnostic], files: int, language: str) -> str:
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    checked = _count(language, "files", files)
    if not diagnostics:
        return t(language, "report.summary.clean", files=checked)
    text = t(language, "report.summary.problems", errors=_count(language, "errors", errors),
             warnings=_count(language, "warnings", len(diagnostics) - errors), files=checked)
    return text + (" " + t(language, "report.summary.failed") if errors else "")


def _escape(text: str, *, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_value else text


def format_github(diagnostics: list[Diagnostic], language: str) -> str:
    lines = []
    for d in diagnostics:
        parts = render(d, language)
        body = parts["message"]
        for key in ("expected", "found", "fix"):
            if key in parts:
                body += f"\n{t(language, f'report.{key}')}: {parts[key]}"
        props = f"file={_escape(shown(d.file), property_value=True)}"
        if d.line:
            props += f",line={d.line},col={d.column}"
        if d.field:
            props += f",title={_escape(shown(d.field), property_value=True)}"
        lines.append(f"::{d.severity.value} {props}::{_escape(body)}")
    return "\n".join(lines)


def format_json(diagnostics: list[Diagnostic], files: int, language: str) -> str:
    # Every key in every item, null when a message has no such part: a stable shape for tools.
    items = [
        {"file": d.file, "line": d.line, "column": d.column, "field": d.field, "code": d.code,
         "severity": d.severity.value, "expected": None, "found": None, "fix": None,
         **render(d, language)}
        for d in diagnostics
    ]
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    return safe_json({"files": files, "errors": errors, "warnings": len(items) - errors,
                      "problems": items}, indent=2)
