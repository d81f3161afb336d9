"""Comparing partial dates ("2016", "2020-08", "2022-03-09") without inventing precision.

"2022" is any day of 2022, so it is after "2021-06" but neither before nor after
"2022-05". A comparison is only true when every day each date may mean agrees.
"""

from __future__ import annotations

import calendar


def earliest(date: str) -> str:
    """The first day a partial date may mean, as YYYY-MM-DD."""
    return (date + "-01-01")[:10] if len(date) == 4 else (date + "-01")[:10]


def latest(date: str) -> str:
    """The last day a partial date may mean, as YYYY-MM-DD."""
    if len(date) == 4:
        return f"{date}-12-31"
    if len(date) == 7:
        year, month = int(date[:4]), int(date[5:7])
        return f"{date}-{calendar.monthrange(year, month)[1]:02d}"
    return date


def surely_after(date: str, other: str) -> bool:
    """Every day `date` may mean is after every day `other` may mean."""
    return earliest(date) > latest(other)


def surely_before(date: str, other: str) -> bool:
    return latest(date) < earliest(other)


def year(date: str) -> int:
    return int(date[:4])
