"""Finer advice for a value of the wrong kind, when the kind of mistake is plain to see.

`name: Vägen vidare` where two languages are expected, `target_groups: long-term-unemployed`
where a list is, a date in quotes, `status: finnished`: each gets the fix written out, not
only "write it as a list".
"""

from __future__ import annotations

import difflib
from typing import Any

from generator.schema.common import Prose, Text

BILINGUAL = (Text, Prose)


def type_variant(code: str, expected: str, found: Any, annotation: Any) -> str | None:
    """Which `fix_<variant>` of a type error's message fits, if a finer one does."""
    if code == "wrong_type_unquote" and expected == "date":
        return "date"
    if code != "wrong_type" or not isinstance(found, str):
        return None
    if expected == "mapping" and annotation in BILINGUAL:
        return "bilingual"
    if expected == "list":
        return "list"
    return None


def closest_option(found: Any, options: list[str]) -> str:
    """The allowed word `found` is probably a misspelling of, or ""."""
    if not isinstance(found, str):
        return ""
    close = difflib.get_close_matches(found.strip().lower(), options, n=1, cutoff=0.7)
    return close[0] if close else ""
