"""CSV cells that a spreadsheet program would run as a formula, made plain text (OWASP).

Municipal staff open `data/projects.csv` in Excel. A cell that starts with `=`, `+`, `-` or
`@` (or a tab, carriage return or line feed, which some programs skip first) is read as a
formula there: `=HYPERLINK("http://…")` in a project's name would be a live link, and a
formula can fetch addresses or, in older programs, start other programs. So, as OWASP
recommends, such a cell gets a leading apostrophe, which spreadsheets take as "this is
text". The same goes when the trigger comes after leading spaces, no-break spaces or
invisible characters, which some programs skip too, and for the full-width forms of the
characters, which some convert. A number stays as it is, so a spreadsheet still reads it
as a number (`-12.5` cannot hold a formula).

Every CSV or TSV file the site publishes writes its cells through `safe_cell`.
"""

from __future__ import annotations

import re

FORMULA_TRIGGERS = frozenset("=+-@\t\r\n\0\uff1d\uff0b\uff0d\uff20")
"""First characters that make a cell a formula: = + - @ tab CR LF NUL and the full-width
= + - @ (U+FF1D, U+FF0B, U+FF0D, U+FF20)."""
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
# Characters a spreadsheet may skip before it looks at the first one: whitespace of every
# kind (str.isspace), and the invisible ones that are not whitespace to Python.
_INVISIBLE = frozenset("\u180e\u200b\u200c\u200d\u2060\ufeff")


def safe_cell(value: str) -> str:
    """`value`, with a leading `'` if a spreadsheet would otherwise read it as a formula."""
    if not value or _NUMBER.fullmatch(value):
        return value
    for char in value:
        if char in FORMULA_TRIGGERS:
            return "'" + value
        if not (char.isspace() or char in _INVISIBLE or ord(char) < 0x20):
            return value
    return value


def is_formula(value: str) -> bool:
    """Whether a spreadsheet could read `value` as a formula (for checking files)."""
    return safe_cell(value) != value
