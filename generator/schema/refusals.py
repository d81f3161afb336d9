"""Checks across the fields of one model, refused with a code and the field to point at.

A model validator can only fail as a whole, so pydantic would place the error on the
mapping. Each refusal here names the field (`at`, relative to the model) that the
contributor has to change; the validator adds it to the path, so the message points at
that line. Every code has its message in generator/i18n/*/check_figures.yml.
"""

from __future__ import annotations

from typing import Any

from pydantic_core import PydanticCustomError

CROSS_FIELD_CODES = frozenset({
    # Ranges and bases of a figure
    "range_unit_mismatch", "range_not_increasing", "range_with_precision",
    "base_without_percent",
    # Comparison-group evaluations
    "groups_need_comparison_design", "comparison_design_without_group",
    "difference_without_groups", "comparison_without_measure", "group_results_differ",
    "group_result_over_size", "ci_incomplete", "ci_reversed", "ci_excludes_difference",
})
"""Codes of the model checks across fields; a test holds each to a message and a fixture."""


def refuse(code: str, at: str | tuple[str, ...], **params: Any) -> PydanticCustomError:
    """The error to raise from a model validator: `at` is the field to point at."""
    assert code in CROSS_FIELD_CODES, code
    path = (at,) if isinstance(at, str) else at
    return PydanticCustomError(code, code, {"at": path, **params})
