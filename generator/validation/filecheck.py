"""Everything validation learns from one record file on its own: the part worth caching.

A file's result is its own problems plus a `Summary` of what the checks across records
need from it (its id, the ids it refers to, with their positions already looked up). A
record taken from the cache therefore needs neither its text nor its schema model again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, format_path
from generator.schema.types import ID_PATTERN
from generator.validation.load import LoadedRecord, read_record
from generator.validation.plausible import iso_date, record_patterns
from generator.validation.recordcheck import record_problems
from generator.validation.walk import values_at
from generator.yamlsource import Position

# A reference as the checks across records see it: field, id referred to, where it stands.
Reference = tuple[str, str, Position]

PROJECT_REFERENCES: list[tuple[tuple[str, ...], str]] = [
    (("owner",), "organisations"),
    (("partners", "*", "organisation"), "organisations"),
    (("contact", "organisation"), "organisations"),
    (("municipalities", "*"), "municipalities"),
    (("counties", "*"), "counties"),
    (("funders", "*"), "funders"),
    (("target_groups", "*"), "target-groups"),
    (("methods", "*"), "methods"),
    (("success_factors", "*", "code"), "success-factors"),
    (("challenges", "*", "code"), "challenges"),
    (("predecessor",), "projects"),
]
METHOD_REFERENCES: list[tuple[tuple[str, ...], str]] = [(("related_methods", "*"), "methods")]
TERM_REFERENCES: dict[str, tuple[tuple[str, ...], str]] = {
    "organisations": (("terms", "*", "type"), "organisation-types"),
    "municipalities": (("terms", "*", "county"), "counties")}


@dataclass
class Summary:
    kind: str
    record_id: str | None
    id_position: Position
    root_position: Position
    valid: bool
    references: list[tuple[str, list[Reference]]] = field(default_factory=list)
    """Per vocabulary referred to, in check order: every text reference the schema accepted."""
    term_ids: list[str] = field(default_factory=list)
    """A vocabulary's term ids as written, so a reference to a term is known even when the
    vocabulary has errors of its own."""
    term_positions: list[Position] = field(default_factory=list)
    """Where each of `term_ids` stands."""
    term_counties: dict[str, Any] = field(default_factory=dict)
    """A valid vocabulary's terms and their county (municipalities name one)."""
    duplicate_terms: list[Diagnostic] = field(default_factory=list)
    municipalities: list[Reference] = field(default_factory=list)
    counties: list[Any] | None = None
    """The project's counties, when a municipality's county may be checked against them."""
    dates: list[Reference] = field(default_factory=list)
    """Every date the schema accepted, as ISO text, for the range checks that depend on the
    day they run (`plausible.date_problems`)."""


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
    return FileResult(problems, summarise(record, data), record)


def record_id(record: LoadedRecord) -> str | None:
    value = record.document.data.get("kind" if record.kind == "vocabulary" else "id")
    return value if isinstance(value, str) and re.match(ID_PATTERN, value) else None


def summarise(record: LoadedRecord, data: dict[str, Any]) -> Summary:
    document = record.document
    specs: list[tuple[tuple[str, ...], str]]
    summary = Summary(record.kind, record_id(record),
                      document.locate(("kind" if record.kind == "vocabulary" else "id",)),
                      document.locate(()), record.model is not None)
    if record.kind == "vocabulary":
        spec = TERM_REFERENCES.get(str(data.get("kind")))
        specs = [spec] if spec else []
        terms = list(values_at(document.data, ("terms", "*", "id")))
        summary.term_ids = [str(term_id) for _, term_id in terms]
        summary.term_positions = [document.locate(path) for path, _ in terms]
        if record.model is not None:
            _terms(record, summary)
    else:
        specs = PROJECT_REFERENCES if record.kind == "project" else METHOD_REFERENCES
    for pattern, kind in specs:
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


def _terms(record: LoadedRecord, summary: Summary) -> None:
    for index, term in enumerate(record.model.terms):
        if term.id in summary.term_counties:
            path = ("terms", index, "id")
            summary.duplicate_terms.append(Diagnostic(
                "duplicate_term", record.file, *record.document.locate(path), format_path(path),
                {"id": term.id}))
        summary.term_counties[term.id] = getattr(term, "county", None)
