"""The validated catalogue: every record and vocabulary, ready for page generation."""

from __future__ import annotations

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

    def label(self, kind: str, term_id: str, language: str) -> tuple[str, str]:
        """Label of a vocabulary term and the language it is actually in."""
        label = self.term(kind, term_id).label
        if language == "en" and label.en:
            return label.en, "en"
        return label.sv, "sv"
