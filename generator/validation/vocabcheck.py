"""Checks of one vocabulary file on its own: broader terms that lead back to themselves."""

from __future__ import annotations

from generator.diagnostics import Diagnostic, format_path
from generator.terms.hierarchy import cycles
from generator.validation.load import LoadedRecord


def vocabulary_problems(record: LoadedRecord) -> list[Diagnostic]:
    """A cycle of broader terms (`a` under `b` under `a`), reported once, at the link that
    closes it. Unknown broader ids are reported with the other references."""
    if record.model is None:
        return []
    terms = list(record.model.terms)
    broader = {term.id: list(getattr(term, "broader", [])) for term in terms}
    index = {term.id: number for number, term in reversed(list(enumerate(terms)))}
    problems = []
    for path in cycles(broader):
        last, closing = path[-2], path[-1]
        where = ("terms", index[last], "broader", broader[last].index(closing))
        problems.append(Diagnostic(
            "broader_cycle", record.file, *record.document.locate(where), format_path(where),
            {"id": path[0], "found": closing, "chain": " → ".join(path), "last": last,
             "closing": closing}))
    return problems
