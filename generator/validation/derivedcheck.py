"""Hand-written vocabulary terms that repeat one the catalogue derives by itself.

Every municipality is an organisation already (generator/terms/municipal.py), so an entry
for it in organisations.yml is at best a second copy and at worst a second id for the same
municipality. Both are refused with the id to use instead.
"""

from __future__ import annotations

from generator.diagnostics import Diagnostic
from generator.ids import folded
from generator.validation.summary import Summary

Entry = tuple[str, Summary]


def derived_duplicates(entries: list[Entry]) -> list[Diagnostic]:
    derived = {kind: terms for _, summary in entries if summary.kind == "vocabulary"
               and summary.valid for kind, terms in summary.derived.items()}
    problems = []
    for file, summary in entries:
        terms = derived.get(summary.record_id or "") if summary.kind == "vocabulary" else None
        if not terms:
            continue
        by_name = {folded(swedish): term_id for term_id, (swedish, _) in terms.items()}
        for term_id, (field, (line, column)) in summary.term_places.items():
            same = term_id if term_id in terms else by_name.get(folded(summary.labels[term_id][0]))
            if same is not None:
                problems.append(Diagnostic("derived_term", file, line, column, field, {
                    "id": term_id, "found": term_id, "name": terms[same][0], "derived_id": same}))
    return problems
