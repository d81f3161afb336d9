"""The parts of a project record that later checks read, even when the record as a whole
was rejected: each part that is valid on its own, so one mistake hides no other warning."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.schema.common import Source
from generator.schema.outcome import Outcome
from generator.schema.period import Period
from generator.schema.project import Project
from generator.validation.numbers import valid_part


@dataclass(frozen=True)
class ProjectParts:
    period: Period | None
    sources: list[Source]
    outcomes: list[tuple[int, Outcome]]
    """(position in the record, outcome) for every outcome that is valid on its own."""


def project_parts(project: Project | dict[str, Any]) -> ProjectParts:
    if isinstance(project, Project):
        return ProjectParts(project.period, list(project.sources),
                            list(enumerate(project.outcomes)))
    raw_sources, raw_outcomes = project.get("sources"), project.get("outcomes")
    sources = [valid_part(Source, item) for item in
               (raw_sources if isinstance(raw_sources, list) else [])]
    outcomes = [(index, valid_part(Outcome, item)) for index, item in
                enumerate(raw_outcomes if isinstance(raw_outcomes, list) else [])]
    return ProjectParts(valid_part(Period, project.get("period")),
                        [source for source in sources if source is not None],
                        [(index, outcome) for index, outcome in outcomes if outcome is not None])
