"""projects.csv columns for a result against a comparison group (one per project at most).

The effect is a difference in percentage points between two groups, never a share of
the participants, so it has columns of its own rather than sharing the share columns.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.analysis.comparison import ProjectComparison
from generator.analysis.effect import Effect
from generator.catalog import Catalog
from generator.export.computed import rounded

Cell = Callable[[ProjectComparison, Catalog], str]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        number = rounded(value)
        return "" if number is None else (str(int(number)) if number == int(number)
                                          else str(number))
    return str(value)


def _effect(read: Callable[[Effect], object]) -> Cell:
    def cell(row: ProjectComparison, _: Catalog) -> str:
        return "" if row.effect is None else _text(read(row.effect))
    return cell


def _stated(effect: Effect, name: str) -> object:
    stated = effect.stated
    if stated is None or (name == "ci_level" and stated.ci_low is None):
        return None
    return getattr(stated, name)


EVIDENCE_COLUMNS: dict[str, Cell] = {
    "evaluation_design": _effect(lambda e: e.evaluation.design),
    "evaluated_by": _effect(lambda e: e.evaluation.evaluated_by),
    "follow_up_months": _effect(lambda e: e.evaluation.follow_up_months),
    "effect_measure": _effect(lambda e: e.evaluation.measure),
    "programme_group_size": _effect(lambda e: e.programme.size),
    "programme_group_percent": _effect(lambda e: e.programme.percent),
    "comparison_group_size": _effect(lambda e: e.comparison.size),
    "comparison_group_percent": _effect(lambda e: e.comparison.percent),
    "difference_points": _effect(lambda e: _stated(e, "points")),
    "difference_ci_low": _effect(lambda e: _stated(e, "ci_low")),
    "difference_ci_high": _effect(lambda e: _stated(e, "ci_high")),
    "difference_ci_level": _effect(lambda e: _stated(e, "ci_level")),
    "difference_computed_points": _effect(lambda e: e.computed_points),
}
