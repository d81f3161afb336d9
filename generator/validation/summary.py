"""What the checks across records need to know of one file, small enough to cache."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import Diagnostic
from generator.yamlsource import Position

Reference = tuple[str, str, Position]
"""A reference as the checks across records see it: field, id referred to, where it stands."""
Labels = dict[str, tuple[str, str | None]]
"""Ids and their Swedish and English labels (or names), for suggestions."""


@dataclass
class Summary:
    kind: str
    record_id: str | None
    id_position: Position
    root_position: Position
    valid: bool
    references: list[tuple[str, list[Reference]]] = field(default_factory=list)
    """Per vocabulary referred to, in check order: every text reference the schema accepted."""
    malformed: list[tuple[str, Diagnostic]] = field(default_factory=list)
    """References the schema refused as ids (`Supported Employment`), by the vocabulary they
    are meant for: the checks across records say which id was meant."""
    term_ids: list[str] = field(default_factory=list)
    """A vocabulary's term ids as written, so a reference to a term is known even when the
    vocabulary has errors of its own."""
    term_positions: list[Position] = field(default_factory=list)
    """Where each of `term_ids` stands."""
    labels: Labels = field(default_factory=dict)
    """A valid vocabulary's terms (or a valid record's own id) and their labels."""
    term_places: dict[str, tuple[str, Position]] = field(default_factory=dict)
    """Where each term of a valid vocabulary is written: its id's field and position."""
    derived: dict[str, Labels] = field(default_factory=dict)
    """Terms that follow from this vocabulary for another: municipalities -> organisations."""
    term_counties: dict[str, Any] = field(default_factory=dict)
    """A valid vocabulary's terms and their county (municipalities name one)."""
    duplicate_terms: list[Diagnostic] = field(default_factory=list)
    municipalities: list[Reference] = field(default_factory=list)
    counties: list[Any] | None = None
    """The project's counties, when a municipality's county may be checked against them."""
    dates: list[Reference] = field(default_factory=list)
    """Every date the schema accepted, as ISO text, for the range checks that depend on the
    day they run (`plausible.date_problems`)."""
