"""The maps' scale: contrast of outlines and marks (WCAG 1.4.11), classes without gaps."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.geo import colours


@pytest.mark.parametrize("fill", [colours.EMPTY, *colours.RAMP])
def test_outline_stands_out_from_every_fill_and_the_background(fill: str) -> None:
    assert colours.contrast(colours.OUTLINE, fill) >= 3
    assert colours.contrast(colours.OUTLINE, colours.BACKGROUND) >= 3


def test_ramp_runs_from_light_to_dark() -> None:
    ramp = [colours.EMPTY, *colours.RAMP]
    against_white = [colours.contrast(c, colours.BACKGROUND) for c in ramp]
    assert against_white == sorted(against_white)
    assert len(set(against_white)) == len(ramp)


def test_numbers_and_marks_are_readable() -> None:
    assert colours.contrast(colours.TEXT, colours.HALO) >= 4.5
    assert colours.contrast(colours.MARKED, colours.CONTEXT) >= 3
    assert colours.contrast(colours.MARKED, colours.BACKGROUND) >= 3


def test_contrast_is_wcag_s_ratio() -> None:
    assert colours.contrast("#000000", "#ffffff") == pytest.approx(21)
    assert colours.contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_classes_for_few_values() -> None:
    assert colours.bins([0, 0]) == (colours.Bin(0, 0, colours.EMPTY),)
    assert colours.bins([]) == (colours.Bin(0, 0, colours.EMPTY),)
    assert colours.bins([0, 1, 5, 9]) == (
        colours.Bin(0, 0, colours.EMPTY), colours.Bin(1, 1, colours.RAMP[0]),
        colours.Bin(2, 5, colours.RAMP[2]), colours.Bin(6, 9, colours.RAMP[3]))
    assert colours.bins([3, 3]) == (colours.Bin(1, 3, colours.RAMP[-1]),)


def test_negative_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        colours.bins([1, -1])


@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=300))
def test_classes_cover_every_count_once_from_zero_or_one_to_the_largest(
        counts: list[int]) -> None:
    classes = colours.bins(counts)
    assert classes[0].low == (0 if min(counts) == 0 else 1)
    assert classes[-1].high == max(max(counts), 0)
    assert all(a.high + 1 == b.low for a, b in itertools.pairwise(classes))
    assert len(classes) <= 1 + len(colours.RAMP)
    assert len({c.colour for c in classes}) == len(classes)
    for count in counts:
        assert sum(1 for c in classes if c.holds(count)) == 1
