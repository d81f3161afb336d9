"""Who evaluated an outcome and how, with the comparison group's results when there is one.

The evidence level of a project follows from these facts (see `evidence_level`), so it is
never typed a second time: a randomised trial is stronger than a matched comparison
group, which is stronger than an external evaluation without one, which is stronger than
the project's own systematic follow-up, which is stronger than its own statement.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from generator.schema.base import Record
from generator.schema.common import Text
from generator.schema.figure import Count, Percent
from generator.schema.refusals import refuse
from generator.schema.types import Id, PlainText

Design = Literal["randomised", "matched_comparison", "before_after", "none"]
COMPARATIVE_DESIGNS: frozenset[str] = frozenset({"randomised", "matched_comparison"})
EvidenceLevel = Literal["self_reported", "internal_follow_up", "external_evaluation",
                        "comparison_group", "randomised"]
EVIDENCE_LEVELS: tuple[EvidenceLevel, ...] = (
    "self_reported", "internal_follow_up", "external_evaluation", "comparison_group",
    "randomised")
"""Weakest first."""
Points = Annotated[float, Field(ge=-100, le=100)]


class GroupResult(Record):
    """En grupps resultat: antal eller andel. / One group's result: a count or a share."""

    count: Count | None = None
    """Antal personer i gruppen med utfallet. / Number of people in the group with the outcome."""
    percent: Percent | None = None
    """Andel av gruppen i procent (0 till 100). / Share of the group in per cent (0 to 100)."""
    wording: PlainText | None = None
    """Källans egna ord, ordagrant. / The source's own words, verbatim."""

    @model_validator(mode="after")
    def _one_value(self) -> GroupResult:
        if (self.count is None) == (self.percent is None):
            raise PydanticCustomError("group_result_value", "give count or percent", {})
        return self


class Group(Record):
    """En av grupperna som jämförs. / One of the groups compared."""

    description: Text
    """Vilka som ingår, med källans ord. / Who is in the group, in the source's words."""
    size: Annotated[int, Field(ge=1, le=10_000_000)] | None = None
    """Antal personer i gruppen. / Number of people in the group."""
    result: GroupResult | None = None
    """Gruppens resultat, med samma definition för båda grupperna. / The group's result, by
    the same definition for both groups."""


class Difference(Record):
    """Skillnaden mellan grupperna, som källan anger den. / The difference, as the source
    states it."""

    points: Points
    """Skillnad i procentenheter (deltagargruppen minus jämförelsegruppen). / Difference in
    percentage points (programme group minus comparison group)."""
    ci_low: Points | None = None
    """Konfidensintervallets nedre gräns, i procentenheter. / Lower end of the confidence
    interval, in percentage points."""
    ci_high: Points | None = None
    """Konfidensintervallets övre gräns. / Upper end of the confidence interval."""
    ci_level: Annotated[float, Field(ge=50, le=99.9)] = 95
    """Konfidensnivå i procent. / Confidence level in per cent."""
    wording: PlainText | None = None
    """Källans egna ord, ordagrant. / The source's own words, verbatim."""

    @model_validator(mode="after")
    def _interval(self) -> Difference:
        if (self.ci_low is None) != (self.ci_high is None):
            raise refuse("ci_incomplete", "ci_low" if self.ci_low is not None else "ci_high")
        if self.ci_low is not None and self.ci_high is not None:
            if self.ci_low > self.ci_high:
                raise refuse("ci_reversed", "ci_high", low=self.ci_low, high=self.ci_high)
            if not self.ci_low <= self.points <= self.ci_high:
                raise refuse("ci_excludes_difference", "points", points=self.points,
                             low=self.ci_low, high=self.ci_high)
        return self


class Evaluation(Record):
    """Hur resultatet utvärderades. / How the outcome was evaluated."""

    design: Design
    """randomised (randomiserad studie), matched_comparison (matchad jämförelsegrupp),
    before_after (före och efter) eller none (ingen jämförelse). / The evaluation design."""
    evaluated_by: Literal["external", "internal"]
    """external (någon utanför projektet) eller internal (projektets egen systematiska
    uppföljning). / Who evaluated: someone outside the project, or the project itself."""
    evaluator: Text | None = None
    """Vem som utvärderade, t.ex. ett forskningsinstitut. / Who evaluated, e.g. an institute."""
    follow_up_months: Annotated[int, Field(ge=1, le=600)] | None = None
    """Uppföljningstid i månader. / Follow-up time in months."""
    measure: Literal["work", "studies", "work_or_studies"] | None = None
    """Vilket utfall grupperna jämförs på. / The outcome the groups are compared on."""
    definition: Text | None = None
    """Hur källan definierar utfallet, samma för båda grupperna. / How the source defines the
    outcome, the same for both groups."""
    programme_group: Group | None = None
    """Deltagargruppen. / The programme group."""
    comparison_group: Group | None = None
    """Jämförelsegruppen (kontrollgruppen). / The comparison (control) group."""
    difference: Difference | None = None
    """Skillnaden mellan grupperna, som källan anger den. / The difference, as the source
    states it."""
    source: Id | None = None
    """Källans id; utelämnat gäller utfallets källa. / Source id; defaults to the outcome's."""
    note: Text | None = None
    """Förklaring. / Explanation."""

    @model_validator(mode="after")
    def _combinations(self) -> Evaluation:
        groups = [name for name in ("programme_group", "comparison_group")
                  if getattr(self, name) is not None]
        comparative = self.design in COMPARATIVE_DESIGNS
        if groups and not comparative:
            raise refuse("groups_need_comparison_design", groups[-1], design=self.design)
        if comparative and self.comparison_group is None:
            raise refuse("comparison_design_without_group", "design", design=self.design)
        if self.difference is not None and len(groups) < 2:
            raise refuse("difference_without_groups", "difference")
        results = [(name, group.result) for name in groups
                   if (group := getattr(self, name)).result is not None]
        if results and self.measure is None:
            raise refuse("comparison_without_measure", results[0][0])
        if len(results) == 2 and (results[0][1].count is None) != (results[1][1].count is None):
            # A count and a share can stand side by side only when the count's group size
            # turns it into a share of its group.
            counted = next(name for name, result in results if result.count is not None)
            if getattr(self, counted).size is None:
                raise refuse("group_results_differ", (counted, "result"))
        for name, result in results:
            size = getattr(self, name).size
            if result.count is not None and size is not None and result.count > size:
                raise refuse("group_result_over_size", (name, "result", "count"),
                             count=result.count, size=size)
        return self


def outcome_evidence(evaluation: Evaluation | None) -> EvidenceLevel:
    """The level one outcome's evaluation gives its figures."""
    if evaluation is None:
        return "self_reported"
    if evaluation.design == "randomised":
        return "randomised"
    if evaluation.design == "matched_comparison":
        return "comparison_group"
    return "external_evaluation" if evaluation.evaluated_by == "external" \
        else "internal_follow_up"


def evidence_level(evaluations: Iterable[Evaluation | None]) -> EvidenceLevel:
    """The strongest level among the outcomes; a project without outcomes is self-reported."""
    return max((outcome_evidence(e) for e in evaluations), key=EVIDENCE_LEVELS.index,
               default="self_reported")
