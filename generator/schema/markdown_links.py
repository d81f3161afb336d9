"""Every link and image in record Markdown, found the way Python-Markdown finds them.

A pattern like `\\[[^\\]]*\\]\\(([^)]*)` misses what Python-Markdown accepts: nested
brackets in the link text (`[a [b] c](…)`), brackets hidden by a backslash or a code span
(`[\\]](…)`, ``[`]`](…)``), parentheses inside the address (`(…(1))`), addresses in angle
brackets (`(<…>)`), reference definitions indented inside a list item or a quote, and
images by reference (`![x][ref]`). This scanner reads brackets and parentheses by
counting, as Python-Markdown does, and keeps each address as written so a message can
point at it.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

# Python-Markdown's escapable characters (with the tables extension's `|`).
_ESCAPABLE = "\\`*_{}[]()>#+-.!|"
_ESCAPE = re.compile(r"\\([" + re.escape(_ESCAPABLE) + "])")
_BACKTICKS = re.compile(r"`+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A definition may sit after list, quote or definition markers (Python-Markdown removes
# those before it looks for `[name]:`) and its address may start on the next line.
_DEFINITION = re.compile(
    r"^[ \t>*+\-:\d.)]*\[[^\[\]\n]*\]:[ \t]*(?:\n[ \t>]*)?(?P<target>[^\s]+)", re.MULTILINE)
_FILLER = "\x1a"  # stands for masked characters; never in validated text (it is a control)


@dataclass(frozen=True)
class Link:
    """One link or image: its address as written in the record, and where that starts."""

    image: bool
    written: str
    start: int
    definition: bool = False
    """A `[name]: address` line: Python-Markdown keeps its backslashes as written."""

    @property
    def target(self) -> str:
        """The address a browser would follow: HTML entities (`&#106;avascript:` is
        `javascript:`) and, in an inline link, backslash escapes undone."""
        written = self.written if self.definition else _ESCAPE.sub(r"\1", self.written)
        return html.unescape(written)


def links(text: str) -> Iterator[Link]:
    """Inline links and images, reference-style images and reference definitions."""
    masked = _masked(text)
    brackets, parentheses = _pairs(masked, "[", "]"), _pairs(masked, "(", ")")
    for opening, closing in sorted(brackets.items()):
        image = opening > 0 and masked[opening - 1] == "!"
        follower = masked[closing + 1: closing + 2]
        if follower == "(":
            start, end = _address(masked, closing + 1, parentheses)
            yield Link(image, text[start:end], start)
        elif image:
            # `![alt][ref]`, `![alt][]` and `![ref]`: a label can be defined anywhere on
            # the page, even in another field, so any of them may become an image.
            yield Link(True, text[opening - 1: closing + 1], opening - 1)
    for match in _DEFINITION.finditer(masked):
        start = match.start("target")
        written = text[start: match.end("target")]
        if written.startswith("<"):
            written, start = written[1:], start + 1
        yield Link(False, written.removesuffix(">"), start, definition=True)


def without_code(text: str) -> str:
    """`text` with code spans and backslash escapes blanked out, positions unchanged: what
    Python-Markdown reads as syntax, for counting it (`nesting`)."""
    return _masked(text)


def _masked(text: str) -> str:
    """`text` with code spans and backslash escapes blanked out, positions unchanged:
    neither can open or close a bracket for Python-Markdown."""
    pieces, done = [], 0
    for start, end in _code_spans(text):
        pieces += [text[done:start], _FILLER * (end - start)]
        done = end
    return _ESCAPE.sub(_FILLER * 2, "".join([*pieces, text[done:]]))


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Spans from a run of backticks to the next run as long, within one paragraph (the
    reading of Python-Markdown's BACKTICK_RE). Found run by run: a regular expression
    for this backtracks for hours on a long row of backticks."""
    runs = [(match.start(), match.end()) for match in _BACKTICKS.finditer(text)]
    breaks = [match.start() for match in _BLANK_LINE.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for number, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(number)
    spans: list[tuple[int, int]] = []
    number = 0
    while number < len(runs):
        start, end = runs[number]
        same = by_length[end - start]
        later = bisect_right(same, number)
        closing = same[later] if later < len(same) else None
        if closing is None or (start > 0 and text[start - 1] == "\\") or \
                bisect_right(breaks, start) != bisect_right(breaks, runs[closing][0]):
            number += 1
            continue
        spans.append((start, runs[closing][1]))
        number = closing + 1
    return spans


def _pairs(text: str, opening: str, closing: str) -> dict[int, int]:
    """Where each opening bracket is closed, for those that are. Counting from an opening
    bracket until the count is back at zero, as Python-Markdown does, finds the same
    closing bracket as this one pass with a stack, which stays fast on hostile text."""
    pairs: dict[int, int] = {}
    open_at: list[int] = []
    for index, char in enumerate(text):
        if char == opening:
            open_at.append(index)
        elif char == closing and open_at:
            pairs[open_at.pop()] = index
    return pairs


def _address(text: str, parenthesis: int, parentheses: dict[int, int]) -> tuple[int, int]:
    """Span of the address in `(…)`: inside `<…>`, or up to the balancing `)` (the end of
    the text if there is none). A title after the address is included; only the address's
    start, its scheme, decides whether it is safe."""
    start, end = parenthesis + 1, parentheses.get(parenthesis, len(text))
    while start < end and text[start] in " \t\n":
        start += 1
    if text.startswith("<", start):
        angle = text.find(">", start)
        return start + 1, (angle if angle >= 0 else len(text))
    return start, end
