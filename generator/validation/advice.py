"""What to tell a contributor whose reference leads nowhere: the id they probably meant
(by id or label, in either language), else the few ids there are, else where the list is
and the command that adds to it."""

from __future__ import annotations

from generator.diagnostics import Diagnostic
from generator.schema.vocabulary import LABEL_KINDS
from generator.terms.suggest import Matcher
from generator.validation.summary import Labels, Reference

FEW = 12
"""A vocabulary with at most this many ids is listed in full when nothing is close."""
MAX_LOOKUPS = 200
"""Suggestions searched for in one run: a file full of unknown references stays quick."""
RECORD_FOLDERS = {"projects": "content/projects/", "methods": "content/methods/"}


def where(kind: str) -> str:
    """The file (or folder) a contributor finds the ids of `kind` in."""
    return RECORD_FOLDERS.get(kind, f"content/vocabularies/{kind}.yml")


def add_command(kind: str) -> str:
    """The command that adds an entry of `kind`."""
    if kind == "organisations":
        return 'python -m generator new organisation --name "…"'
    if kind in LABEL_KINDS:
        return f'python -m generator new term {kind} --name "…"'
    return f"python -m generator new {kind.removesuffix('s')}"


class Advice:
    def __init__(self, known: dict[str, set[str]], labels: dict[str, Labels]) -> None:
        self.known = known
        self.labels = labels
        self._matchers: dict[str, Matcher] = {}
        self._lookups_left = MAX_LOOKUPS

    def unknown(self, file: str, reference: Reference, kind: str) -> Diagnostic:
        """`unknown_reference` for a well-formed id that is not among `kind`."""
        field, value, (line, column) = reference
        return Diagnostic("unknown_reference", file, line, column, field,
                          {"found": value, "kind": kind, **self.advice(kind, value)})

    def malformed(self, problem: Diagnostic, kind: str) -> Diagnostic:
        """The schema's `id_format` or `code_format` for a reference, with the id (or code)
        it probably means: `Supported Employment` -> `supported-employment`, `Haninge` ->
        `0136`."""
        params = {key: value for key, value in problem.params.items() if key != "suggestion"}
        advice = self.advice(kind, str(params.get("found", "")))
        advice["variant"] = "reference" if advice.get("suggestion") else "reference_none"
        return Diagnostic(problem.code, problem.file, problem.line, problem.column,
                          problem.field, {**params, **advice})

    def advice(self, kind: str, value: str) -> dict[str, object]:
        ids = self.known.get(kind, set())
        found: dict[str, object] = {"where": where(kind), "command": add_command(kind)}
        suggestions = self._nearest(kind, value)
        if suggestions:
            found["suggestion"] = suggestions
        elif 0 < len(ids) <= FEW:
            found["variant"] = "choose"
            found["allowed"] = ", ".join(sorted(ids))
        return found

    def _nearest(self, kind: str, value: str) -> list[str]:
        if self._lookups_left <= 0:
            return []
        self._lookups_left -= 1
        if kind not in self._matchers:
            # Every known id, also of terms whose vocabulary has errors (no labels then).
            labels: Labels = {term_id: (term_id, None) for term_id in self.known.get(kind, ())}
            labels.update(self.labels.get(kind, {}))
            self._matchers[kind] = Matcher(labels)
        return self._matchers[kind].nearest(value)
