"""The validated catalogue: every record and vocabulary, ready for page generation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.schema import Method, Project
from generator.schema.vocabulary import Term


@dataclass
class Catalog:
    projects: dict[str, Project] = field(default_factory=dict)
    methods: dict[str, Method] = field(default_factory=dict)
    vocabularies: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[tuple[str, str], str] = field(default_factory=dict)

    def term(self, kind: str, term_id: str) -> Term:
        return self.vocabularies[kind][term_id]  # type: ignore[no-any-return]

    def label(self, kind: str, term_id: str, language: str) -> tuple[str, str]:
        """Label of a vocabulary term and the language it is actually in."""
        label = self.term(kind, term_id).label
        if language == "en" and label.en:
            return label.en, "en"
        return label.sv, "sv"
