"""A new vocabulary term written into its file: one entry appended to the list of terms.

The file is the contributor's: its comments and order stay as they are. The entry goes at
the end, written like the entries before it, and the result must read back as the same
vocabulary with exactly that term added, or nothing is written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

HEADER = "# yaml-language-server: $schema=../../schema/vocabulary.schema.json\n"


@dataclass(frozen=True)
class NewTerm:
    vocabulary: str
    term_id: str
    swedish: str
    english: str | None = None
    organisation_type: str | None = None
    broader: tuple[str, ...] = field(default=())

    def as_data(self) -> dict[str, object]:
        """The term as the vocabulary's reader sees it."""
        label: dict[str, str] = {"sv": self.swedish}
        if self.english:
            label["en"] = self.english
        data: dict[str, object] = {"id": self.term_id, "label": label}
        if self.organisation_type:
            data["type"] = self.organisation_type
        if self.broader:
            data["broader"] = list(self.broader)
        return data


def _quoted(text: str) -> str:
    # JSON strings are valid YAML double-quoted scalars: any name is written safely.
    return json.dumps(text, ensure_ascii=False)


def entry_text(term: NewTerm) -> str:
    """The lines of one term, indented as in the bundled vocabularies."""
    label = f"sv: {_quoted(term.swedish)}"
    if term.english:
        label += f", en: {_quoted(term.english)}"
    lines = [f"  - id: {term.term_id}"]
    if term.organisation_type:
        lines.append(f"    type: {term.organisation_type}")
    lines.append(f"    label: {{{label}}}")
    if term.broader:
        lines.append(f"    broader: [{', '.join(term.broader)}]")
    return "\n".join(lines) + "\n"


def new_file_text(term: NewTerm) -> str:
    """A whole vocabulary file holding just `term`."""
    return f"{HEADER}kind: {term.vocabulary}\nterms:\n{entry_text(term)}"


def appended(text: str, term: NewTerm) -> str:
    """`text` (a vocabulary file) with `term` added as its last entry."""
    return (text if text.endswith("\n") or not text else text + "\n") + entry_text(term)
