"""What the checks across records need from a valid vocabulary: its terms, their labels and
places, and the terms that follow from it (each municipality is also an organisation)."""

from __future__ import annotations

from generator.diagnostics import Diagnostic, format_path
from generator.terms.municipal import municipal_organisations
from generator.validation.load import LoadedRecord
from generator.validation.summary import Summary


def summarise_terms(record: LoadedRecord, summary: Summary) -> None:
    """Fill in `summary` from `record`, a vocabulary the schema accepted."""
    terms = record.model.terms
    for index, term in enumerate(terms):
        path = ("terms", index, "id")
        if term.id in summary.term_counties:
            summary.duplicate_terms.append(Diagnostic(
                "duplicate_term", record.file, *record.document.locate(path), format_path(path),
                {"id": term.id}))
            continue
        summary.term_counties[term.id] = getattr(term, "county", None)
        summary.labels[term.id] = (term.label.sv, term.label.en)
        summary.term_places[term.id] = (format_path(path), record.document.locate(path))
    if record.model.kind == "municipalities":
        summary.derived["organisations"] = {
            organisation.id: (organisation.label.sv, organisation.label.en)
            for organisation in municipal_organisations(terms).values()}
