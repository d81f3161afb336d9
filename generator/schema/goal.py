"""A project's own goal, and the source's own judgement of whether it was reached."""

from __future__ import annotations

from typing import Literal

from pydantic import model_validator
from pydantic_core import PydanticCustomError

from generator.schema.base import Record
from generator.schema.common import Text
from generator.schema.figure import Count, Percent
from generator.schema.types import Id, PlainText

GoalMeasure = Literal["work", "studies", "work_or_studies", "work_studies_or_other",
                      "participants"]
JudgementStatus = Literal["met", "not_met", "will_not_be_met", "not_yet_known"]


class GoalJudgement(Record):
    """Källans egen bedömning av målet. / The source's own judgement of the goal."""

    status: JudgementStatus
    """met (nått), not_met (inte nått), will_not_be_met (kommer inte att nås, enligt källan)
    eller not_yet_known (ännu inte känt). / Met, not met, will not be met (the source says so)
    or not yet known."""
    wording: PlainText
    """Källans egna ord om målet, ordagrant. / The source's own words about the goal, verbatim."""
    source: Id | None = None
    """Källans id; utelämnat gäller målets eller utfallets källa. / Source id; defaults to the
    goal's or the outcome's source."""
    note: Text | None = None
    """Förklaring, t.ex. när källans bedömning och siffrorna inte stämmer överens. /
    Explanation, e.g. when the source's judgement and the figures disagree."""


class Goal(Record):
    """Projektets eget mål. / The project's own goal."""

    text: Text
    """Målet med källans formulering. / The goal as the source puts it."""
    measure: GoalMeasure
    """Vad målet mäter. / What the goal measures."""
    percent: Percent | None = None
    """Mål som andel av deltagarna. / Target as a share of participants."""
    count: Count | None = None
    """Mål som antal personer. / Target as a number of people."""
    comparison: Literal["at_least", "about"] = "at_least"
    """Minst (at_least) eller ungefär (about). / At least or about."""
    source: Id | None = None
    """Källans id; utelämnat gäller utfallets källa. / Source id; defaults to the outcome's."""
    judgement: GoalJudgement | None = None
    """Källans egen bedömning av om målet nåtts. / The source's own judgement of whether the
    goal was reached."""

    @model_validator(mode="after")
    def _one_target(self) -> Goal:
        if (self.count is None) == (self.percent is None):
            raise PydanticCustomError("goal_value", "give count or percent", {})
        return self
