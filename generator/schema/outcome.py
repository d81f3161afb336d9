"""What came of a project: counts and shares, each pointing at its source."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from generator.schema.base import Record
from generator.schema.common import Prose, Text
from generator.schema.evaluation import Evaluation
from generator.schema.figure import Count, Figure, Percent, Precision
from generator.schema.goal import Goal, GoalJudgement
from generator.schema.types import Id, PartialDate

__all__ = ["Count", "Definitions", "Figure", "Goal", "GoalJudgement", "Outcome", "Percent",
           "Precision"]


class Definitions(Record):
    """Källans definitioner. / The source's definitions."""

    work: Text | None = None
    """Vad källan räknar som arbete. / What the source counts as work."""
    studies: Text | None = None
    """Vad källan räknar som studier. / What the source counts as studies."""


class Outcome(Record):
    """Ett resultat vid en viss tidpunkt. / Results as of one point in time."""

    source: Id
    """Källan för siffrorna (id i `sources`). / Source of the figures (id in `sources`)."""
    status: Literal["interim", "final"]
    """interim (delresultat) eller final (slutresultat). / Interim or final figures."""
    as_of: PartialDate | None = None
    """Datum siffrorna gäller. / Date the figures refer to."""
    participants: Figure | None = None
    """Antal deltagare. / Number of participants."""
    into_work: Figure | None = None
    """Gått vidare till arbete. / Moved on to work."""
    into_studies: Figure | None = None
    """Gått vidare till studier. / Moved on to studies."""
    into_work_or_studies: Figure | None = None
    """Arbete eller studier sammantaget, när källan bara anger summan. / Work or studies
    combined, when the source gives only the sum."""
    other: Figure | None = None
    """Annan sysselsättning (förklara i note). / Other activity (explain in note)."""
    discontinued: Figure | None = None
    """Avbrutit eller avslutats av andra skäl. / Left or ended for other reasons."""
    goals: Annotated[list[Goal], Field(max_length=10)] = []
    """Projektets mål. / The project's goals."""
    definitions: Definitions | None = None
    """Källans definitioner av arbete och studier. / The source's definitions."""
    evaluation: Evaluation | None = None
    """Vem som utvärderade och hur, med jämförelsegruppens resultat. / Who evaluated and how,
    with the comparison group's results."""
    note: Prose | None = None
    """Övrigt om siffrorna. / Anything else about the figures."""
