"""Which projects a term reaches: its own, and those of every narrower term.

A reader looking for "Utrikes födda" wants the projects for "Utrikes födda som står
långt från arbetsmarknaden" too, so a project tagged with a narrower term counts for
every broader one. The explorer's facet, the target-group pages and the content report
all count from here, so their figures agree.

The validator refuses cycles and unknown ids, but the report also reads catalogues that
did not pass: every walk here keeps to known terms and visits each term once. (Walking up
from a project's terms is `Catalog.broader`.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from generator.catalog import Catalog
from generator.schema import Project


@dataclass(frozen=True)
class TermUse:
    """The projects one term reaches, each list in catalogue order."""

    own: tuple[str, ...]
    """Projects tagged with the term itself."""
    via: tuple[str, ...]
    """Projects tagged only with narrower terms."""

    @property
    def total(self) -> int:
        return len(self.own) + len(self.via)


class TermTree:
    """One vocabulary's terms with their broader and narrower terms (known ids only)."""

    def __init__(self, broader: dict[str, Sequence[str]]) -> None:
        self._broader = {term: [parent for parent in dict.fromkeys(parents)
                                if parent in broader and parent != term]
                         for term, parents in broader.items()}
        narrower: dict[str, list[str]] = {term: [] for term in broader}
        for term, parents in self._broader.items():
            for parent in parents:
                narrower[parent].append(term)
        self._narrower = {term: sorted(children) for term, children in narrower.items()}

    @classmethod
    def of(cls, catalog: Catalog, kind: str) -> TermTree:
        terms = catalog.vocabularies.get(kind, {})
        return cls({term_id: list(getattr(term, "broader", [])) for term_id, term in terms.items()})

    def broader(self, term: str) -> list[str]:
        """The terms directly above `term`, as its record lists them."""
        return self._broader.get(term, [])

    def narrower(self, term: str) -> list[str]:
        """The terms directly below `term`, sorted by id."""
        return self._narrower.get(term, [])


def term_usage(catalog: Catalog, kind: str,
               tagged: Callable[[Project], Sequence[str]]) -> dict[str, TermUse]:
    """Each term of `kind` that reaches a project (`tagged` gives a project's terms), with
    its own projects and those it reaches through narrower terms only."""
    own: dict[str, list[str]] = {}
    reached: dict[str, list[str]] = {}
    terms = catalog.vocabularies.get(kind, {})
    for project_id, project in catalog.projects.items():
        tags = [term for term in dict.fromkeys(tagged(project)) if term in terms]
        for term in tags:
            own.setdefault(term, []).append(project_id)
        for term in catalog.broader(kind, tags):
            reached.setdefault(term, []).append(project_id)
    return {term: TermUse(tuple(own.get(term, ())), tuple(reached.get(term, ())))
            for term in terms if term in own or term in reached}
