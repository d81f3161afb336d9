"""What came of a project: counts and shares, each pointing at its source."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from generator.schema.base import Record
from generator.schema.common import Prose, Text
from generator.schema.types import Id, PartialDate, PlainText

Precision = Literal["exact", "about", "at_least", "just_over", "almost"]
Count = Annotated[int, Field(ge=0, le=10_000_000)]
Percent = Annotated[float, Field(ge=0, le=100)]


class Figure(Record):
    """En siffra ur källan: antal eller andel. / A figure from the source: a count or a share."""

    count: Count | None = None
    """Antal personer. / Number of people."""
    percent: Percent | None = None
    """Andel i procent (0 till 100) när källan bara anger andel. / Share in per cent
    (0 to 100) when the source gives only a share."""
    precision: Precision = "exact"
    """Hur exakt källan är: exact, about (cirka), at_least (minst), just_over (drygt),
    almost (nästan). / How exact the source is."""
    source: Id | None = None
    """Källans id; utelämnat gäller utfallets källa. / Source id; defaults to the outcome's."""
    wording: PlainText | None = None
    """Källans egna ord, ordagrant (på källans språk). / The source's own words, verbatim."""
    note: Text | None = None
    """Förklaring, t.ex. vad "övrigt" består av. / Explanation, e.g. what "other" covers."""

    @model_validator(mode="after")
    def _one_value(self) -> Figure:
        if (self.count is None) == (self.percent is None):
            raise PydanticCustomError("figure_value", "give count or percent", {})
        return self


class Goal(Record):
    """Projektets eget mål. / The project's own goal."""

    text: Text
    """Målet med källans formulering. / The goal as the source puts it."""
    measure: Literal["work", "studies", "work_or_studies", "work_studies_or_other", "participants"]
    """Vad målet mäter. / What the goal measures."""
    percent: Percent | None = None
    """Mål som andel av deltagarna. / Target as a share of participants."""
    count: Count | None = None
    """Mål som antal personer. / Target as a number of people."""
    comparison: Literal["at_least", "about"] = "at_least"
    """Minst (at_least) eller ungefär (about). / At least or about."""
    source: Id | None = None
    """Källans id; utelämnat gäller utfallets källa. / Source id; defaults to the outcome's."""

    @model_validator(mode="after")
    def _one_target(self) -> Goal:
        if (self.count is None) == (self.percent is None):
            raise PydanticCustomError("goal_value", "give count or percent", {})
        return self


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
    note: Prose | None = None
    """Övrigt om siffrorna. / Anything else about the figures."""
