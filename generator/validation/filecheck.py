"""Everything validation learns from one record file on its own: the part worth caching.

A file's result is its own problems plus a `Summary` of what the checks across records
need from it (its id, the ids it refers to, with their positions already looked up). A
record taken from the cache therefore needs neither its text nor its schema model again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, format_path
from generator.schema.references import PROJECT_REFERENCES
from generator.schema.types import ID_PATTERN
from generator.schema.vocabulary import LABEL_KINDS
from generator.validation.load import LoadedRecord, read_record
from generator.validation.plausible import iso_date, record_patterns
from generator.validation.recordcheck import record_problems
from generator.validation.summary import Reference, Summary
from generator.validation.termsummary import summarise_terms
from generator.validation.walk import values_at

__all__ = ["FileResult", "Reference", "Summary", "check_file", "record_id", "summarise"]

METHOD_REFERENCES: list[tuple[tuple[str, ...], str]] = [(("related_methods", "*"), "methods")]
TERM_REFERENCES: dict[str, list[tuple[tuple[str, ...], str]]] = {
    "organisations": [(("terms", "*", "type"), "organisation-types")],
    "municipalities": [(("terms", "*", "county"), "counties")],
    # A broader term is a term of the same list.
    **{kind: [(("terms", "*", "broader", "*"), kind)] for kind in LABEL_KINDS}}


@dataclass
class FileResult:
    problems: list[Diagnostic]
    summary: Summary | None
    record: LoadedRecord | None = None
    """Only when just read: the schema model, for the catalogue. Never cached."""


def check_file(path: Path, file: str, raw: bytes | None = None) -> FileResult:
    """The result of a record file that `load.refusal` has nothing against."""
    record, problems = read_record(path, file, raw)
    if record is None:
        return FileResult(problems, None)
    data = record.data
    problems += record_problems(record, data)
    summary = summarise(record, data)
    return FileResult(_set_apart_malformed(problems, record, summary), summary, record)


def record_id(record: LoadedRecord) -> str | None:
    value = record.document.data.get("kind" if record.kind == "vocabulary" else "id")
    return value if isinstance(value, str) and re.match(ID_PATTERN, value) else None


def reference_specs(kind: str, data: dict[str, Any]) -> list[tuple[tuple[str, ...], str]]:
    """Where a record of `kind` refers to other records or terms, and to which vocabulary."""
    if kind == "vocabulary":
        return TERM_REFERENCES.get(str(data.get("kind")), [])
    return PROJECT_REFERENCES if kind == "project" else METHOD_REFERENCES


def summarise(record: LoadedRecord, data: dict[str, Any]) -> Summary:
    document = record.document
    summary = Summary(record.kind, record_id(record),
                      document.locate(("kind" if record.kind == "vocabulary" else "id",)),
                      document.locate(()), record.model is not None)
    if record.kind == "vocabulary":
        terms = list(values_at(document.data, ("terms", "*", "id")))
        summary.term_ids = [str(term_id) for _, term_id in terms]
        summary.term_positions = [document.locate(path) for path, _ in terms]
        if record.model is not None:
            summarise_terms(record, summary)
    elif record.model is not None and summary.record_id is not None:
        name = record.model.name
        summary.labels = {summary.record_id: (name.sv, name.en)}
    for pattern, kind in reference_specs(record.kind, data):
        summary.references.append((kind, [
            (format_path(path), value, document.locate(path))
            for path, value in values_at(data, pattern)
            if isinstance(value, str) and not record.is_broken(path)]))
    summary.dates = [(format_path(path), written, document.locate(path))
                     for pattern in record_patterns(record.kind)
                     for path, value in values_at(data, pattern)
                     if not record.is_broken(path) and (written := iso_date(value))]
    counties = data.get("counties")
    if record.kind == "project" and isinstance(counties, list) \
            and not record.is_broken(("counties",)):
        summary.counties = counties
        summary.municipalities = [
            (format_path(path), code, document.locate(path))
            for path, code in values_at(data, ("municipalities", "*")) if isinstance(code, str)]
    return summary


MALFORMED_CODES = ("id_format", "code_format")
"""The schema's "not an id" and "not a code": for a reference, the id meant is findable."""


def _set_apart_malformed(problems: list[Diagnostic], record: LoadedRecord,
                         summary: Summary) -> list[Diagnostic]:
    """Move the schema's "not an id" (or code) for each reference into the summary: the
    checks across records report it, with the id that was probably meant."""
    meant = {format_path(path): kind
             for pattern, kind in reference_specs(record.kind, record.document.data)
             for path, _ in values_at(record.document.data, pattern)}
    kept = []
    for problem in problems:
        if problem.code in MALFORMED_CODES and problem.field in meant:
            summary.malformed.append((meant[problem.field], problem))
        else:
            kept.append(problem)
    return kept
