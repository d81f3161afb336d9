"""Cost per participant: the stated budget divided by the stated participants.

Only the total budget counts; an ESF grant alone is part of the money, not
the cost. Interim participant numbers keep growing, so a cost computed from
them is too high, and vague participant numbers make the cost a range: both
are flagged, never hidden.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from generator.analysis.outcomes import Range, figure_range
from generator.schema import Project
from generator.schema.outcome import Figure, Outcome

CostFlag = Literal["interim", "approximate"]


@dataclass(frozen=True)
class CostPerParticipant:
    sek: float
    """Point value: budget divided by the participants read literally."""
    range: Range
    """Budget divided by the widest reading of the participants (low may be 0)."""
    budget_sek: int
    participants: Figure
    flags: frozenset[CostFlag]


def cost_per_participant(project: Project, outcome: Outcome | None) -> CostPerParticipant | None:
    """None unless both the total budget and a participant count are known."""
    budget = project.budget
    if budget is None or budget.total_sek is None or outcome is None:
        return None
    participants = outcome.participants
    if participants is None or not participants.count:
        return None
    total = float(budget.total_sek)
    people = figure_range(participants)
    low = 0.0 if math.isinf(people.high) else total / people.high
    flags: set[CostFlag] = set()
    if outcome.status == "interim":
        flags.add("interim")
    if participants.precision != "exact":
        flags.add("approximate")
    return CostPerParticipant(total / participants.count, Range(low, total / people.low),
                              budget.total_sek, participants, frozenset(flags))
