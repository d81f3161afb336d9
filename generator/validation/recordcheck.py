"""Checks that need one record and nothing else: its sources, translations, lists, figures.

Their results depend only on the file, so they are computed (and cached) with the file;
the checks that compare records with each other are in `crosscheck`.
"""

from __future__ import annotations

import difflib
from typing import Any

from generator.diagnostics import Diagnostic, FieldPath, Severity, format_path
from generator.validation.load import LoadedRecord
from generator.validation.numbers import project_number_problems
from generator.validation.walk import keyed, untranslated

UNIQUE_LISTS = ("municipalities", "counties", "funders", "target_groups", "methods")


def record_problems(record: LoadedRecord, data: dict[str, Any]) -> list[Diagnostic]:
    """Problems inside `record`, given the data the checks read (`record.data`)."""
    if record.kind == "vocabulary":
        return []
    problems = _sources(record, data)
    problems += [_at(record, (*path, "en"), "missing_translation", {}, Severity.WARNING)
                 for path in untranslated(data) if not record.is_broken(path)]
    if record.kind == "project":
        problems += _project_checks(record, data)
    return problems


def _sources(record: LoadedRecord, data: dict[str, Any]) -> list[Diagnostic]:
    sources = data.get("sources")
    entries = sources if isinstance(sources, list) else []
    ids: list[str] = [entry["id"] for entry in entries
                      if isinstance(entry, dict) and isinstance(entry.get("id"), str)]
    problems = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        source_id = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(source_id, str):
            continue
        if source_id in seen and not record.is_broken(("sources", index, "id")):
            problems.append(_at(record, ("sources", index, "id"), "duplicate_source",
                               {"id": source_id}))
        seen.add(source_id)
    if record.is_broken(("sources",)):
        return problems  # every reference would be "unknown"; the schema error says why
    for path, value in keyed(data, "source", skip="sources"):
        if not isinstance(value, str) or record.is_broken(path) or value in ids:
            continue
        close = difflib.get_close_matches(value, ids, n=1)
        problems.append(_at(record, path, "unknown_source", {
            "found": value, "known": ", ".join(ids), "suggestion": close[0] if close else ""}))
    return problems


def _project_checks(record: LoadedRecord, data: dict[str, Any]) -> list[Diagnostic]:
    problems = []
    for name in UNIQUE_LISTS:
        seen: set[str] = set()
        values = data.get(name)
        for index, value in enumerate(values if isinstance(values, list) else []):
            if not isinstance(value, str):
                continue
            if value in seen:
                problems.append(_at(record, (name, index), "duplicate_entry", {"found": value}))
            seen.add(value)
    if isinstance(data.get("id"), str) and data.get("predecessor") == data["id"]:
        problems.append(_at(record, ("predecessor",), "self_reference", {"found": data["id"]}))
    for code, path, params in project_number_problems(record.model or data):
        problems.append(_at(record, path, code, params))
    return problems


def _at(record: LoadedRecord, path: FieldPath, code: str, params: dict[str, Any],
       severity: Severity = Severity.ERROR) -> Diagnostic:
    line, column = record.document.locate(path)
    return Diagnostic(code, record.file, line, column, format_path(path), params, severity)
