"""How deeply record Markdown nests, measured before anything renders it.

Python-Markdown parses a list inside a list, a quote inside a quote, a definition inside a
definition and emphasis inside emphasis by calling itself once more per level. About 600
list markers in a row (`- - - … x`, well within a text's 20,000 characters) took it past
Python's recursion limit, and `validate` or the MkDocs build ended in a RecursionError. So
a text's depth is counted here, without parsing, and refused above `MAX_NESTING`.

The count is an upper bound of what Python-Markdown can make of the text, so it errs on the
side of refusing:

- a block level is a container marker at the start of a line (`>`, `-`, `*`, `+`, `1.`,
  `1)`, or the `:` of a definition) or four columns of indentation before or between
  them (a nested list, an admonition's body, a code block), counted line by line;
- an inline level is an emphasis delimiter (`*`, `_`) that may open, counted per character
  of its run until a delimiter that may close takes levels off, within one paragraph;
  code spans and backslash escapes are left out, as Python-Markdown leaves them out.

Real texts stay far below the limit: a list three levels deep with bold in it counts 5.
"""

from __future__ import annotations

import re

from generator.schema.markdown_links import without_code

MAX_NESTING = 12
"""Deepest nesting a text may have: Python-Markdown needs at most about 55 calls for it
(measured), far below the limit of 1,000, and a real text never comes near it."""

_MARKER = re.compile(r">|[*+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)|:(?=[ \t])")
_SPACE = re.compile(r"[ \t]*")
_DELIMITERS = re.compile(r"\*+|_+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def nesting(text: str) -> tuple[int, int]:
    """The deepest level the text reaches, and where (an index into `text`)."""
    deepest, where = 0, 0
    start = 0
    for line in text.split("\n"):
        depth, at = _line_depth(line)
        if depth > deepest:
            deepest, where = depth, start + at
        start += len(line) + 1
    depth, at = _emphasis_depth(without_code(text))
    return (depth, at) if depth > deepest else (deepest, where)


def _line_depth(line: str) -> tuple[int, int]:
    """Container levels at the start of one line, and the index of the last one."""
    depth = index = at = 0
    columns = 0
    while True:
        space = _SPACE.match(line, index)
        assert space is not None  # `[ \t]*` always matches
        for char in space.group():
            columns = columns + 4 - columns % 4 if char == "\t" else columns + 1
        depth += columns // 4
        columns %= 4
        index = space.end()
        marker = _MARKER.match(line, index)
        if marker is None:
            return depth, at
        depth += 1
        at = index
        index = marker.end()
        columns = 0


def _emphasis_depth(text: str) -> tuple[int, int]:
    """Most emphasis delimiters open at once within one paragraph, and where."""
    deepest = where = 0
    breaks = [match.end() for match in _PARAGRAPH_BREAK.finditer(text)]
    next_break = 0
    open_count = 0
    for run in _DELIMITERS.finditer(text):
        while next_break < len(breaks) and run.start() >= breaks[next_break]:
            next_break += 1
            open_count = 0
        before = text[run.start() - 1] if run.start() else " "
        after = text[run.end()] if run.end() < len(text) else " "
        if run.group()[0] == "_" and before.isalnum() and after.isalnum():
            continue  # inside a word, as in snake_case: never emphasis for Python-Markdown
        can_close, can_open = not before.isspace(), not after.isspace()
        if can_close and open_count:
            open_count = max(0, open_count - len(run.group()))
        elif can_open:
            open_count += len(run.group())
            if open_count > deepest:
                deepest, where = open_count, run.start()
    return deepest, where
