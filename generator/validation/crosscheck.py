"""Checks across records: ids, references, sources, plausible numbers, translations."""

from __future__ import annotations

import difflib
from collections import Counter
from typing import Any

from generator.catalog import Catalog
from generator.diagnostics import Diagnostic, Severity, format_path
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


def build_catalog(records: list[LoadedRecord]) -> tuple[Catalog, list[Diagnostic]]:
    catalog = Catalog()
    problems: list[Diagnostic] = []
    seen: dict[tuple[str, str], LoadedRecord] = {}
    for record in records:
        key = (record.kind, record.model.kind if record.kind == "vocabulary" else record.model.id)
        if key in seen:
            line, column = record.document.locate(("kind",) if key[0] == "vocabulary" else ("id",))
            problems.append(Diagnostic("duplicate_id", record.file, line, column, key[0], {
                "id": key[1], "other_file": seen[key].file}))
            continue
        seen[key] = record
        catalog.files[key] = record.file
        if record.kind == "project":
            catalog.projects[key[1]] = record.model
        elif record.kind == "method":
            catalog.methods[key[1]] = record.model
        else:
            catalog.vocabularies[key[1]] = {}
            for index, term in enumerate(record.model.terms):
                if term.id in catalog.vocabularies[key[1]]:
                    problems.append(_at(record, ("terms", index, "id"), "duplicate_term",
                                        {"id": term.id}))
                catalog.vocabularies[key[1]][term.id] = term
    catalog.projects = dict(sorted(catalog.projects.items()))
    catalog.methods = dict(sorted(catalog.methods.items()))
    return catalog, problems


def crosscheck(records: list[LoadedRecord], catalog: Catalog) -> list[Diagnostic]:
    known: dict[str, set[str]] = {kind: set(terms) for kind, terms in catalog.vocabularies.items()}
    known["projects"] = set(catalog.projects)
    known["methods"] = set(catalog.methods)
    problems: list[Diagnostic] = []
    for record in records:
        data = record.model.model_dump(mode="json")
        if record.kind == "vocabulary":
            spec = TERM_REFERENCES.get(record.model.kind)
            problems += _references(record, data, [spec] if spec else [], known)
            continue
        specs = PROJECT_REFERENCES if record.kind == "project" else METHOD_REFERENCES
        problems += _references(record, data, specs, known)
        problems += _sources(record, data)
        problems += [_at(record, path, "missing_translation", {}, Severity.WARNING)
                     for path in untranslated(data)]
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
            if value not in known[kind]:
                close = difflib.get_close_matches(str(value), sorted(known[kind]), n=1)
                problems.append(_at(record, path, "unknown_reference", {
                    "found": value, "kind": kind, "suggestion": close[0] if close else ""}))
    return problems


def _sources(record: LoadedRecord, data: dict[str, Any]) -> list[Diagnostic]:
    ids = [source["id"] for source in data.get("sources", [])]
    problems = [
        _at(record, ("sources", index, "id"), "duplicate_source", {"id": source_id})
        for index, (source_id, count) in enumerate(
            (source_id, Counter(ids)[source_id]) for source_id in ids)
        if count > 1 and ids.index(source_id) != index
    ]
    for path, value in keyed(data, "source", skip="sources"):
        if value not in ids:
            close = difflib.get_close_matches(str(value), ids, n=1)
            problems.append(_at(record, path, "unknown_source", {
                "found": value, "known": ", ".join(ids), "suggestion": close[0] if close else ""}))
    return problems


def _project_checks(record: LoadedRecord, data: dict[str, Any],
                    catalog: Catalog) -> list[Diagnostic]:
    problems = []
    for name in UNIQUE_LISTS:
        seen: set[str] = set()
        for index, value in enumerate(data.get(name, [])):
            if value in seen:
                problems.append(_at(record, (name, index), "duplicate_entry", {"found": value}))
            seen.add(value)
    municipalities = catalog.vocabularies.get("municipalities", {})
    for index, code in enumerate(data.get("municipalities", [])):
        term = municipalities.get(code)
        if term is not None and term.county not in data.get("counties", []):
            problems.append(_at(record, ("municipalities", index), "county_missing", {
                "found": code, "county": term.county}))
    if record.model.predecessor == record.model.id:
        problems.append(_at(record, ("predecessor",), "self_reference", {"found": record.model.id}))
    for code, path, params in project_number_problems(record.model):
        problems.append(_at(record, path, code, params))
    return problems


def _at(record: LoadedRecord, path: Path, code: str, params: dict[str, Any],
        severity: Severity = Severity.ERROR) -> Diagnostic:
    line, column = record.document.locate(path)
    return Diagnostic(code, record.file, line, column, format_path(path), params, severity)
