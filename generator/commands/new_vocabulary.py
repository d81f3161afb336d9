"""The vocabulary file `new organisation` / `new term` adds to, as it stands now."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.commands.new_common import UserError
from generator.diagnostics import has_errors
from generator.i18n import t
from generator.scaffold.terms import NewTerm
from generator.terms.municipal import municipal_organisations
from generator.validation.load import display_path, read_record


@dataclass
class Vocabulary:
    kind: str
    path: Path
    text: str = ""
    terms: dict[str, tuple[str, bool]] = field(default_factory=dict)
    """Every id already taken, its Swedish label, and whether it is derived (a municipality)."""
    organisation_types: list[str] = field(default_factory=list)
    language: str = "sv"

    def check_written(self, text: str, term: NewTerm) -> None:
        """Refuse unless `text` reads as this vocabulary with exactly `term` added."""
        written = self._terms_of(text)
        if written is None or len(written) != self._written_count + 1 \
                or _essentials(written[-1]) != _essentials(term.as_data()):
            raise UserError(t(self.language, "new.error.cannot_append",
                              file=display_path(self.path)))

    @property
    def _written_count(self) -> int:
        return sum(not derived for _, derived in self.terms.values())

    def _terms_of(self, text: str) -> list[Any] | None:
        record, problems = read_record(self.path, display_path(self.path), text.encode())
        if record is None or record.model is None or has_errors(problems):
            return None
        return list(record.model.terms)


def read_vocabulary(content: Path, kind: str, language: str) -> Vocabulary:
    """The vocabulary `kind` of `content`, refused if it has errors of its own."""
    folder = content / "vocabularies"
    vocabulary = Vocabulary(kind, folder / f"{kind}.yml", language=language)
    if vocabulary.path.is_file():
        vocabulary.text = vocabulary.path.read_text(encoding="utf-8")
        terms = vocabulary._terms_of(vocabulary.text)
        if terms is None:
            raise UserError(t(language, "new.error.vocabulary_broken",
                              file=display_path(vocabulary.path)))
        vocabulary.terms = {term.id: (term.label.sv, False) for term in terms}
    if kind == "organisations":
        municipalities = _valid_terms(folder / "municipalities.yml")
        for organisation in municipal_organisations(municipalities).values():
            vocabulary.terms.setdefault(organisation.id, (organisation.label.sv, True))
        vocabulary.organisation_types = [term.id for term in
                                         _valid_terms(folder / "organisation-types.yml")]
    return vocabulary


def _valid_terms(path: Path) -> list[Any]:
    if not path.is_file():
        return []
    record, problems = read_record(path, display_path(path))
    if record is None or record.model is None or has_errors(problems):
        return []
    return list(record.model.terms)


def _essentials(term: Any) -> tuple[object, ...]:
    """What `new` wrote: id, both labels, type and broader terms."""
    data = term if isinstance(term, dict) else term.model_dump()
    label = data.get("label") or {}
    return (data.get("id"), label.get("sv"), label.get("en"), data.get("type"),
            list(data.get("broader") or []))
