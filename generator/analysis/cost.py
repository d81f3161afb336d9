"""Cost per participant: the stated budget divided by the stated participants.

Only the total budget counts; an ESF grant alone is part of the money, not the cost.
The cost is in the budget's own currency and never converted: costs in different
currencies are not comparable, and a set of rows that holds both is flagged. Interim
participant numbers keep growing, so a cost computed from them is too high, and vague
participant numbers make the cost a range: both are flagged, never hidden.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Literal

from generator.analysis.ranges import Range, figure_range
from generator.schema import Project
from generator.schema.budget import Currency
from generator.schema.outcome import Figure, Outcome

CostFlag = Literal["interim", "approximate", "currency_differs"]


@dataclass(frozen=True)
class CostPerParticipant:
    amount: float
    """Point value: budget divided by the participants read literally, in `currency`."""
    range: Range
    """Budget divided by the widest reading of the participants (low may be 0)."""
    budget_total: int
    currency: Currency
    participants: Figure
    flags: frozenset[CostFlag]

    def flagged(self, flag: CostFlag) -> CostPerParticipant:
        return replace(self, flags=self.flags | {flag})


def cost_per_participant(project: Project, outcome: Outcome | None) -> CostPerParticipant | None:
    """None unless both the total budget and a participant count are known."""
    budget = project.budget
    if budget is None or budget.total is None or outcome is None:
        return None
    participants = outcome.participants
    if participants is None or not participants.count:
        return None
    total = float(budget.total)
    people = figure_range(participants)
    low = 0.0 if math.isinf(people.high) else total / people.high
    flags: set[CostFlag] = set()
    if outcome.status == "interim":
        flags.add("interim")
    if participants.precision != "exact" or participants.is_range:
        flags.add("approximate")
    return CostPerParticipant(total / participants.value, Range(low, total / people.low),
                              budget.total, budget.currency, participants, frozenset(flags))
