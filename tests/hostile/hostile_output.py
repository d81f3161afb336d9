"""What a terminal or a GitHub Actions log must never receive from a record or a file name.

An ANSI or C1 escape rewrites the terminal; a line break lets the input start a line of its
own; a line that starts with `::command` (after spaces) or holds `##[` anywhere is a
workflow command to GitHub's runner, so a record could raise fake annotations or silence
the real ones. The only workflow commands allowed are the validator's own annotations.
"""

from __future__ import annotations

import re

# Controls but tab and line feed, and the characters that hide or reorder text.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e"
                      "\u2028\u2029\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]")
ANNOTATION = re.compile(r"::(error|warning) file=[^:,\n]*(,line=\d+,col=\d+)?"
                        r"(,title=[^:,\n]*)?::[^\n]*")
"""One of the validator's own annotations: its properties hold no `:` or `,` (escaped)."""


def unsafe_output(text: str, *, annotations: int = 0) -> list[str]:
    """Every line of `text` that could act on a terminal or a CI log. `annotations`: how many
    of the validator's own annotation lines there must be (GitHub format), no more."""
    problems: list[str] = []
    own = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if _CONTROL.search(line):
            problems.append(f"line {number}: control character in {line!r}")
        if "##[" in line:
            problems.append(f"line {number}: legacy workflow command in {line!r}")
        if line.lstrip().startswith("::"):
            if annotations and ANNOTATION.fullmatch(line) and "::" not in _body(line):
                own += 1
            else:
                problems.append(f"line {number}: workflow command {line!r}")
    if own != annotations:
        problems.append(f"{own} annotations instead of {annotations}")
    return problems


def _body(annotation: str) -> str:
    return annotation.split("::", 2)[2]
