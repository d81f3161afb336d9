"""The validated catalogue: every record and vocabulary, ready for page generation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from generator.schema import Method, Project
from generator.schema.vocabulary import BaseTerm
from generator.terms.hierarchy import narrower


@dataclass
class Catalog:
    projects: dict[str, Project] = field(default_factory=dict)
    methods: dict[str, Method] = field(default_factory=dict)
    vocabularies: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[tuple[str, str], str] = field(default_factory=dict)

    def term(self, kind: str, term_id: str) -> BaseTerm:
        return self.vocabularies[kind][term_id]  # type: ignore[no-any-return]

    def narrower(self, kind: str, term_id: str) -> list[str]:
        """Every term of `kind` below `term_id` in the hierarchy of broader terms, at any
        depth, sorted: `narrower("target-groups", "foreign-born")` includes
        `foreign-born-far-from-labour-market`."""
        terms = self.vocabularies.get(kind, {})
        return narrower(term_id, {term.id: getattr(term, "broader", []) for term in terms.values()})

    def broader(self, kind: str, term_ids: Iterable[str]) -> list[str]:
        """Every term of `kind` above `term_ids` in the hierarchy, at any depth, each once,
        sorted, none of `term_ids` itself: `broader("target-groups",
        ["foreign-born-far-from-labour-market"])` gives `far-from-labour-market` and
        `foreign-born`. Walks up from the given terms only (no map of the whole vocabulary),
        and ends on cycles and unknown ids, which a catalogue that failed validation may hold."""
        terms = self.vocabularies.get(kind, {})
        given = set(term_ids)
        found: set[str] = set()
        pending = [parent for term in given if term in terms
                   for parent in getattr(terms[term], "broader", [])]
        while pending:
            parent = pending.pop()
            if parent in found or parent not in terms:
                continue
            found.add(parent)
            pending.extend(getattr(terms[parent], "broader", []))
        return sorted(found - given)

    def label(self, kind: str, term_id: str, language: str) -> tuple[str, str]:
        """Label of a vocabulary term and the language it is actually in."""
        label = self.term(kind, term_id).label
        if language == "en" and label.en:
            return label.en, "en"
        return label.sv, "sv"
