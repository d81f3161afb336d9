"""The maps' colours and the classes that counts are shaded by.

One hue in steps of lightness (ColorBrewer's "Blues"), so the order reads the same with any
kind of colour blindness. Every area has a near-black outline with at least 3:1 contrast
against the background and against every fill (WCAG 1.4.11), so an area's shape never
depends on telling two fills apart; and the count itself is always written out as well.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

BACKGROUND = "#ffffff"
OUTLINE = "#1a1a1a"
TEXT = "#1a1a1a"
HALO = "#ffffff"
"""Behind numbers on the map, so they stay readable on any fill."""
EMPTY = "#ffffff"
"""Areas with no projects: blank, drawn by their outline alone."""
RAMP = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd")
"""Light to dark; the darkest still has 4:1 against OUTLINE, so borders show on it too."""
CONTEXT = "#eeeeee"
"""Locator map: the areas that are not marked."""
CONTEXT_OUTLINE = "#8a8a8a"
MARKED = "#283593"
"""Locator map: the marked areas (10:1 against CONTEXT, 11:1 against the background)."""


@dataclass(frozen=True)
class Bin:
    low: int
    high: int
    colour: str

    def holds(self, count: int) -> bool:
        return self.low <= count <= self.high


def bins(counts: Iterable[int]) -> tuple[Bin, ...]:
    """Classes covering 0 to the largest count: 0 alone, then up to four ranges.

    The ranges split the areas that have projects into groups of about equal size, so one
    county with many projects does not leave all the others in the lightest class.
    """
    values = sorted(counts)
    if any(value < 0 for value in values):
        raise ValueError("counts cannot be negative")
    result = [Bin(0, 0, EMPTY)] if not values or values[0] == 0 else []
    positive = [value for value in values if value > 0]
    if not positive:
        return tuple(result) or (Bin(0, 0, EMPTY),)
    groups = min(len(RAMP), len(set(positive)))
    uppers: list[int] = []
    for group in range(1, groups + 1):
        upper = positive[-(-group * len(positive) // groups) - 1]
        if not uppers or upper > uppers[-1]:
            uppers.append(upper)
    shades = _shades(len(uppers))
    low = 1
    for upper, shade in zip(uppers, shades, strict=True):
        result.append(Bin(low, upper, shade))
        low = upper + 1
    return tuple(result)


def _shades(count: int) -> list[str]:
    """`count` steps of the ramp, always ending at its darkest."""
    if count == 1:
        return [RAMP[-1]]
    last = len(RAMP) - 1
    return [RAMP[round(step * last / (count - 1))] for step in range(count)]


def colour_of(count: int, classes: Iterable[Bin]) -> str:
    for shade in classes:
        if shade.holds(count):
            return shade.colour
    raise ValueError(f"{count} is outside the classes")


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
