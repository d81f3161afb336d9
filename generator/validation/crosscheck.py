"""Checks across records: ids, references, sources, plausible numbers, translations.

They also run on records the schema rejected (on the raw data, skipping the parts
that were wrong), so a contributor sees every problem in a file in one go.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from generator.catalog import Catalog
from generator.diagnostics import Diagnostic, Severity, format_path
from generator.schema.types import ID_PATTERN
from generator.validation.load import LoadedRecord
from generator.validation.numbers import project_number_problems
from generator.validation.walk import Path, keyed, untranslated, values_at

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
TERM_REFERENCES = {"organisations": (("terms", "*", "type"), "organisation-types"),
                   "municipalities": (("terms", "*", "county"), "counties")}
UNIQUE_LISTS = ("municipalities", "counties", "funders", "target_groups", "methods")
# Official codes: a "close" code is a different place, so no spelling suggestion.
CODE_KINDS = ("municipalities", "counties")
_PLURAL = {"project": "projects", "method": "methods"}


def _record_id(record: LoadedRecord) -> str | None:
    value = record.document.data.get("kind" if record.kind == "vocabulary" else "id")
    return value if isinstance(value, str) and re.match(ID_PATTERN, value) else None


def build_catalog(records: list[LoadedRecord]) -> tuple[Catalog, list[Diagnostic]]:
    catalog = Catalog()
    problems: list[Diagnostic] = []
    seen: dict[tuple[str, str], LoadedRecord] = {}
    for record in records:
        record_id = _record_id(record)
        if record_id is None:
            continue
        key = (record.kind, record_id)
        if key in seen:
            field = "kind" if record.kind == "vocabulary" else "id"
            line, column = record.document.locate((field,))
            code = "duplicate_vocabulary" if record.kind == "vocabulary" else "duplicate_id"
            problems.append(Diagnostic(code, record.file, line, column, field,
                                       {"id": record_id, "other_file": seen[key].file}))
            continue
        seen[key] = record
        catalog.files[key] = record.file
        if record.model is None:
            continue
        if record.kind == "project":
            catalog.projects[record_id] = record.model
        elif record.kind == "method":
            catalog.methods[record_id] = record.model
        else:
            catalog.vocabularies[record_id] = {}
            for index, term in enumerate(record.model.terms):
                if term.id in catalog.vocabularies[record_id]:
                    problems.append(_at(record, ("terms", index, "id"), "duplicate_term",
                                        {"id": term.id}))
                catalog.vocabularies[record_id][term.id] = term
    catalog.projects = dict(sorted(catalog.projects.items()))
    catalog.methods = dict(sorted(catalog.methods.items()))
    return catalog, problems


def known_ids(records: list[LoadedRecord]) -> dict[str, set[str]]:
    """Every id a reference may point at, including those of records with errors of their
    own: a typo in one file must not turn into "unknown reference" in every other."""
    known: dict[str, set[str]] = {"projects": set(), "methods": set()}
    for record in records:
        record_id = _record_id(record)
        if record_id is None:
            continue
        if record.kind != "vocabulary":
            known[_PLURAL[record.kind]].add(record_id)
            continue
        terms = known.setdefault(record_id, set())
        for _, term_id in values_at(record.document.data, ("terms", "*", "id")):
            terms.add(str(term_id))
    return known


def crosscheck(records: list[LoadedRecord], catalog: Catalog) -> list[Diagnostic]:
    known = known_ids(records)
    problems: list[Diagnostic] = []
    for record in records:
        data = record.data
        if record.kind == "vocabulary":
            spec = TERM_REFERENCES.get(str(data.get("kind")))
            problems += _references(record, data, [spec] if spec else [], known)
            continue
        specs = PROJECT_REFERENCES if record.kind == "project" else METHOD_REFERENCES
        problems += _references(record, data, specs, known)
        problems += _sources(record, data)
        problems += [_at(record, (*path, "en"), "missing_translation", {}, Severity.WARNING)
                     for path in untranslated(data) if not record.is_broken(path)]
        if record.kind == "project":
            problems += _project_checks(record, data, catalog)
    return problems


def _references(record: LoadedRecord, data: dict[str, Any],
                specs: list[tuple[tuple[str, ...], str]],
                known: dict[str, set[str]]) -> list[Diagnostic]:
    problems = []
    for pattern, kind in specs:
        if kind not in known:
            problems.append(_at(record, (), "missing_vocabulary", {"kind": kind}))
            continue
        for path, value in values_at(data, pattern):
            if not isinstance(value, str) or record.is_broken(path) or value in known[kind]:
                continue
            if kind in CODE_KINDS:
                problems.append(_at(record, path, "unknown_code", {"found": value, "kind": kind}))
                continue
            close = difflib.get_close_matches(value, sorted(known[kind]), n=1)
            problems.append(_at(record, path, "unknown_reference", {
                "found": value, "kind": kind, "suggestion": close[0] if close else ""}))
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


def _project_checks(record: LoadedRecord, data: dict[str, Any],
                    catalog: Catalog) -> list[Diagnostic]:
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
    municipalities = catalog.vocabularies.get("municipalities", {})
    counties = data.get("counties")
    for path, code in values_at(data, ("municipalities", "*")):
        term = municipalities.get(code) if isinstance(code, str) else None
        if term is not None and isinstance(counties, list) and term.county not in counties \
                and not record.is_broken(("counties",)):
            problems.append(_at(record, path, "county_missing", {
                "found": code, "county": term.county}))
    if isinstance(data.get("id"), str) and data.get("predecessor") == data["id"]:
        problems.append(_at(record, ("predecessor",), "self_reference", {"found": data["id"]}))
    for code, path, params in project_number_problems(record.model or data):
        problems.append(_at(record, path, code, params))
    return problems


def _at(record: LoadedRecord, path: Path, code: str, params: dict[str, Any],
        severity: Severity = Severity.ERROR) -> Diagnostic:
    line, column = record.document.locate(path)
    return Diagnostic(code, record.file, line, column, format_path(path), params, severity)
