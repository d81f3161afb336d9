"""Numbers that YAML read as text, and what the contributor should write instead.

Sources print `29 090 968`, `12,5` and `17 %`; copied as they stand, each is text to YAML,
not a number. The explanation depends on why: the quotes, the spaces, the decimal comma or
the per cent sign. Each answer carries the corrected value, so the fix can show it.
"""

from __future__ import annotations

import re

CODES = ("wrong_type_unquote", "number_with_spaces", "decimal_comma", "percent_sign")
"""Every code `number_text_problem` gives."""

_SPACES = re.compile(r"[ \u00a0\u2009\u202f]")
"""Spaces people put between groups of digits: ordinary, no-break, thin, narrow no-break."""
_GROUPED = re.compile(r"^[+-]?\d+(?:[ \u00a0\u2009\u202f]+\d+)+(?:[.,]\d+)?$")
_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")
_PERCENT = re.compile(r"^([+-]?\d+(?:[.,]\d+)?)[ \u00a0\u2009\u202f]*%$")
_PLAIN = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


def number_text_problem(expected: str, found: str, quoted: bool) -> tuple[str, str] | None:
    """`(code, corrected value)` for a text that was meant as a number of the `expected`
    kind (`whole_number` or `number`), or None when it does not look like one."""
    text = found.strip()
    percent = _PERCENT.match(text)
    if percent:
        # "17 %" with or without quotes: the sign is what the contributor must drop.
        corrected = _corrected(expected, _SPACES.sub("", percent.group(1)))
        return ("percent_sign", corrected) if corrected else None
    if quoted:
        corrected = _corrected(expected, _SPACES.sub("", text))
        return ("wrong_type_unquote", corrected) if corrected else None
    if _GROUPED.match(text):
        corrected = _corrected(expected, _SPACES.sub("", text))
        return ("number_with_spaces", corrected) if corrected else None
    if expected == "number" and _DECIMAL_COMMA.match(text):
        return "decimal_comma", text.replace(",", ".")
    return None


def _corrected(expected: str, digits: str) -> str:
    """`digits` as YAML reads a number of the `expected` kind, or "" if it cannot be one."""
    if not _PLAIN.match(digits):
        return ""
    if expected == "whole_number":
        return digits if re.fullmatch(r"[+-]?\d+", digits) else ""
    return digits.replace(",", ".")
