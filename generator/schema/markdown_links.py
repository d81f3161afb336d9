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
from collections.abc import Iterator
from dataclasses import dataclass

# Python-Markdown's escapable characters (with the tables extension's `|`).
_ESCAPABLE = "\\`*_{}[]()>#+-.!|"
_ESCAPE = re.compile(r"\\([" + re.escape(_ESCAPABLE) + "])")
# A code span, as Python-Markdown's BACKTICK_RE, but never across a blank line (a new block).
_CODE_SPAN = re.compile(r"(?<!\\)(`+)((?:(?!\n[ \t]*\n).)+?)(?<!`)\1(?!`)", re.DOTALL)
# A definition may sit after list, quote or definition markers (Python-Markdown removes
# those before it looks for `[name]:`) and its address may start on the next line.
_DEFINITION = re.compile(
    r"^[ \t>*+\-:\d.)]*\[[^\[\]\n]*\]:[ \t]*(?:\n[ \t>]*)?(?P<target>[^\s]+)", re.MULTILINE)
_OPENING = re.compile(r"\[")
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
    for opening in (match.start() for match in _OPENING.finditer(masked)):
        image = opening > 0 and masked[opening - 1] == "!"
        closing = _closing_bracket(masked, opening)
        if closing is None:
            continue
        follower = masked[closing + 1: closing + 2]
        if follower == "(":
            start, end = _address(masked, closing + 2)
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


def _masked(text: str) -> str:
    """`text` with code spans and backslash escapes blanked out, positions unchanged:
    neither can open or close a bracket for Python-Markdown."""
    text = _CODE_SPAN.sub(lambda match: _FILLER * len(match.group()), text)
    return _ESCAPE.sub(_FILLER * 2, text)


def _closing_bracket(text: str, opening: int) -> int | None:
    depth = 0
    for index in range(opening, len(text)):
        if text[index] == "[":
            depth += 1
        elif text[index] == "]":
            depth -= 1
            if depth == 0:
                return index
    return None


def _address(text: str, start: int) -> tuple[int, int]:
    """Span of the address after `](`: inside `<…>`, or up to the `)` that balances the
    opening one. A title after the address is included; only the address's start, its
    scheme, decides whether it is safe."""
    while start < len(text) and text[start] in " \t\n":
        start += 1
    if text.startswith("<", start):
        end = text.find(">", start)
        return start + 1, (end if end >= 0 else len(text))
    depth = 1
    for index in range(start, len(text)):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                return start, index
    return start, len(text)
