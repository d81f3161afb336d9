"""Colours and fills of the charts.

Every colour has at least 4.5:1 contrast against the white chart background
(so also the 3:1 graphics need), and each series has its own fill pattern, so
no reading depends on telling colours apart.
"""

from __future__ import annotations

BACKGROUND = "#ffffff"
TEXT = "#1f1f1f"
"""16.5:1 on white."""
GRID = "#767676"
"""4.5:1 on white: the lightest grey that still passes for text and graphics."""
SERIES = {
    "work": "#283593",  # indigo, solid fill
    "studies": "#00695c",  # teal, diagonal hatching
    "combined": "#6a1b9a",  # purple, cross-hatching
}
GOAL = "#000000"
"""The goal marker: a black dashed line, 21:1 on white."""


def patterns(chart_id: str) -> str:
    """<defs> with one fill per series, ids prefixed with the chart id: charts can share a page."""
    work, studies, combined = SERIES["work"], SERIES["studies"], SERIES["combined"]
    return (
        "<defs>"
        f'<pattern id="{chart_id}-fill-studies" width="6" height="6" '
        'patternUnits="userSpaceOnUse">'
        f'<rect width="6" height="6" fill="{BACKGROUND}"/>'
        f'<path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="{studies}" stroke-width="1.6"/>'
        "</pattern>"
        f'<pattern id="{chart_id}-fill-combined" width="6" height="6" '
        'patternUnits="userSpaceOnUse">'
        f'<rect width="6" height="6" fill="{BACKGROUND}"/>'
        f'<path d="M0,0 l6,6 M6,0 l-6,6" stroke="{combined}" stroke-width="1.2"/>'
        "</pattern>"
        f'<pattern id="{chart_id}-fill-work" width="6" height="6" '
        'patternUnits="userSpaceOnUse">'
        f'<rect width="6" height="6" fill="{work}"/>'
        "</pattern>"
        "</defs>"
    )


def fill(chart_id: str, kind: str) -> str:
    return f"url(#{chart_id}-fill-{kind})"
