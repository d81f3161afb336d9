"""Results against a comparison group: each group's share and the difference between them.

An effect is a difference in percentage points between two groups; a share into work
is a part of one group. The two never share an axis, so they are kept apart here: the
comparison rows carry shares, and an `Effect` beside them. The difference the source
states (with its confidence interval) is the effect; when the source gives only the
two groups' results, their plain difference is computed and marked as such, since it
is not adjusted the way an evaluation's estimate may be.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.schema.evaluation import (
    COMPARATIVE_DESIGNS,
    EVIDENCE_LEVELS,
    Difference,
    Evaluation,
    EvidenceLevel,
    Group,
    outcome_evidence,
)
from generator.schema.outcome import Outcome


@dataclass(frozen=True)
class GroupShare:
    size: int | None
    percent: float | None
    """The group's result as a share of the group: stated, or its count over its size."""


@dataclass(frozen=True)
class Effect:
    outcome_number: int
    """1-based position of the evaluated outcome in the record."""
    evaluation: Evaluation
    level: EvidenceLevel
    programme: GroupShare
    comparison: GroupShare
    stated: Difference | None
    """The difference as the source states it, with its confidence interval if given."""
    computed_points: float | None
    """Programme share minus comparison share, when the source gives no difference."""


def group_share(group: Group | None) -> GroupShare:
    if group is None:
        return GroupShare(None, None)
    result = group.result
    percent = None
    if result is not None and result.percent is not None:
        percent = result.percent
    elif result is not None and result.count is not None and group.size:
        percent = 100 * result.count / group.size
    return GroupShare(group.size, percent)


def effect(outcomes: list[Outcome]) -> Effect | None:
    """The comparison with the strongest design; the later outcome when two are as strong."""
    candidates = [(number, outcome.evaluation) for number, outcome in enumerate(outcomes, 1)
                  if outcome.evaluation is not None
                  and outcome.evaluation.design in COMPARATIVE_DESIGNS]
    if not candidates:
        return None
    number, evaluation = max(
        candidates, key=lambda item: (EVIDENCE_LEVELS.index(outcome_evidence(item[1])),
                                      outcomes[item[0] - 1].as_of or "", item[0]))
    programme = group_share(evaluation.programme_group)
    comparison = group_share(evaluation.comparison_group)
    computed = None
    if evaluation.difference is None and programme.percent is not None \
            and comparison.percent is not None:
        computed = programme.percent - comparison.percent
    return Effect(number, evaluation, outcome_evidence(evaluation), programme, comparison,
                  evaluation.difference, computed)
