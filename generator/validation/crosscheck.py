"""Checks across records: duplicate ids, references to other records and vocabularies.

They run over every record on every run (a change in one file can break a reference in
another), on the compact `Summary` of each file, so records taken from the cache cost
only a few set look-ups here. Records the schema rejected take part too, skipping the
parts that were wrong, so a contributor sees every problem in a file in one go.
"""

from __future__ import annotations

from typing import Any

from generator.catalog import Catalog
from generator.diagnostics import Diagnostic
from generator.terms.municipal import municipal_organisations
from generator.validation.advice import Advice, where
from generator.validation.derivedcheck import derived_duplicates
from generator.validation.filecheck import Summary, record_id
from generator.validation.load import LoadedRecord
from generator.validation.summary import Labels

# Official codes: a "close" code is a different place, so no spelling suggestion.
CODE_KINDS = ("municipalities", "counties")
_PLURAL = {"project": "projects", "method": "methods"}

Entry = tuple[str, Summary]
"""A record's file (as shown) and its summary."""


def crosscheck(entries: list[Entry]) -> list[Diagnostic]:
    problems, counties = _duplicates(entries)
    problems += derived_duplicates(entries)
    known = known_ids(entries)
    advice = Advice(known, known_labels(entries))
    for file, summary in entries:
        problems += _references(file, summary, known, advice)
        problems += [advice.malformed(problem, kind) for kind, problem in summary.malformed]
        for field, code, (line, column) in summary.municipalities:
            county = counties.get(code, _UNKNOWN)
            if county is not _UNKNOWN and county not in (summary.counties or ()):
                problems.append(Diagnostic("county_missing", file, line, column, field,
                                           {"found": code, "county": county}))
    return problems


_UNKNOWN = object()


def _duplicates(entries: list[Entry]) -> tuple[list[Diagnostic], dict[str, Any]]:
    """Records that repeat an id (the first one counts), and the county of each
    municipality in the vocabulary that counts."""
    problems: list[Diagnostic] = []
    seen: dict[tuple[str, str], str] = {}
    counties: dict[str, Any] = {}
    for file, summary in entries:
        if summary.record_id is None:
            continue
        key = (summary.kind, summary.record_id)
        if key in seen:
            vocabulary = summary.kind == "vocabulary"
            problems.append(Diagnostic(
                "duplicate_vocabulary" if vocabulary else "duplicate_id", file,
                *summary.id_position, "kind" if vocabulary else "id",
                {"id": summary.record_id, "other_file": seen[key]}))
            continue
        seen[key] = file
        if summary.kind == "vocabulary" and summary.valid:
            problems += [problem.in_file(file) for problem in summary.duplicate_terms]
            if summary.record_id == "municipalities":
                counties = summary.term_counties
    return problems, counties


def known_ids(entries: list[Entry]) -> dict[str, set[str]]:
    """Every id a reference may point at, including those of records with errors of their
    own: a typo in one file must not turn into "unknown reference" in every other."""
    known: dict[str, set[str]] = {"projects": set(), "methods": set()}
    for _, summary in entries:
        if summary.record_id is None:
            continue
        if summary.kind != "vocabulary":
            known[_PLURAL[summary.kind]].add(summary.record_id)
            continue
        known.setdefault(summary.record_id, set()).update(summary.term_ids)
        for kind, terms in summary.derived.items():
            known.setdefault(kind, set()).update(terms)
    return known


def known_labels(entries: list[Entry]) -> dict[str, Labels]:
    """The labels (or names) of every id a reference may point at, for suggestions."""
    labels: dict[str, Labels] = {}
    for _, summary in entries:
        if summary.record_id is None:
            continue
        kind = summary.record_id if summary.kind == "vocabulary" else _PLURAL[summary.kind]
        labels.setdefault(kind, {}).update(summary.labels)
        for other, terms in summary.derived.items():
            labels.setdefault(other, {}).update(terms)
    return labels


def _references(file: str, summary: Summary, known: dict[str, set[str]],
                advice: Advice) -> list[Diagnostic]:
    problems = []
    missing: set[str] = set()
    for kind, references in summary.references:
        if kind not in known:
            # Once per vocabulary, and only when the record does refer to it.
            if references and kind not in missing:
                missing.add(kind)
                problems.append(Diagnostic("missing_vocabulary", file, *references[0][2],
                                           references[0][0], {"kind": kind, "file": where(kind)}))
            continue
        ids = known[kind]
        for reference in references:
            field, value, (line, column) = reference
            if value in ids:
                continue
            if kind in CODE_KINDS:
                problems.append(Diagnostic("unknown_code", file, line, column, field,
                                           {"found": value, "kind": kind}))
                continue
            problems.append(advice.unknown(file, reference, kind))
    return problems


def build_catalog(records: list[LoadedRecord]) -> Catalog:
    """The catalogue of valid records; where an id repeats, the first record counts."""
    catalog = Catalog()
    for record in records:
        identifier = record_id(record)
        if identifier is None or (record.kind, identifier) in catalog.files:
            continue
        catalog.files[(record.kind, identifier)] = record.file
        if record.model is None:
            continue
        if record.kind == "project":
            catalog.projects[identifier] = record.model
        elif record.kind == "method":
            catalog.methods[identifier] = record.model
        else:
            catalog.vocabularies[identifier] = {term.id: term for term in record.model.terms}
    municipalities = catalog.vocabularies.get("municipalities", {}).values()
    if municipalities:
        organisations = catalog.vocabularies.setdefault("organisations", {})
        for organisation_id, organisation in municipal_organisations(municipalities).items():
            organisations.setdefault(organisation_id, organisation)
    catalog.projects = dict(sorted(catalog.projects.items()))
    catalog.methods = dict(sorted(catalog.methods.items()))
    return catalog
