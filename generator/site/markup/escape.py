"""Escaping of record text on its way into Markdown and HTML.

Records are validated (no HTML, safe links), but the generator escapes again
so that nothing a record says can ever become a tag, an attribute or a script.
"""

from __future__ import annotations

import html
import re

from generator.schema.link_targets import rendered_targets
from generator.schema.nesting import MAX_NESTING, nesting
from generator.schema.types import MAX_BRACKETS

# HTML's special characters and those Markdown or its extensions could read as
# syntax, in one pass. Entities work in Markdown and in raw HTML blocks alike,
# so one escaping serves both contexts.
_ESCAPES = {char: f"&#{ord(char)};" for char in "\\`*_[]{}#|~"} | {
    "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
    # Markdown reads a carriage return as a line break: it would end a heading or a table
    # row and start a new block. Plain text is one line. The Unicode line separators are
    # line breaks to some readers (and to JavaScript before 2019), so they go too.
    "\r": " ", "\n": " ", "\x85": " ", "\u2028": " ", "\u2029": " "}
_ESCAPE_TABLE = str.maketrans(_ESCAPES)
_ATX_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=\s|$)", re.MULTILINE)
_SETEXT_UNDERLINE = re.compile(r"^( {0,3})(=+)[ \t]*$", re.MULTILINE)
_BRACE = re.compile(r"[{}]")


def text(value: str) -> str:
    """Plain text for Markdown or HTML: shown exactly as written, never markup."""
    return value.translate(_ESCAPE_TABLE)


def with_code(value: str) -> str:
    """Plain text with `code` in backticks set as code, as the schema's docstrings write it."""
    return re.sub(r"&#96;(.+?)&#96;", r"<code>\1</code>", text(value))


def attribute(value: str) -> str:
    """A value for an HTML attribute the generator writes (URLs, ids)."""
    return html.escape(value, quote=True)


def prose(markdown: str, top_level: int = 3) -> str:
    """Record Markdown, defused: no raw HTML, no attribute lists, no page-level headings.

    `<` and `&` become entities so they display as written. Braces are escaped
    because attr_list would otherwise let `{: onclick=…}` add attributes.
    Headings are pushed down so a record can never add a second h1 or break
    the page's outline.
    """
    if nesting(markdown)[0] > MAX_NESTING:
        # Refused by the validator; defence in depth as below. Python-Markdown would recurse
        # once per level: shown as written, in one paragraph of raw HTML it does not parse.
        return f"<p>{text(markdown)}</p>"
    # Python-Markdown reads a lone carriage return as a line break, the patterns below only
    # a line feed: one kind of line break for both, or a `\r# Heading` would stay an h1.
    safe = markdown.replace("\r\n", "\n").replace("\r", "\n")
    safe = safe.replace("&", "&amp;").replace("<", "&lt;")
    safe = _BRACE.sub(lambda match: f"&#{ord(match.group())};", safe)
    safe = _ATX_HEADING.sub(
        lambda match: match.group(1) + "#" * min(6, len(match.group(2)) + top_level - 1), safe)
    safe = _SETEXT_UNDERLINE.sub(lambda match: match.group(1) + "&#61;" * len(match.group(2)),
                                 safe)
    if "[" in safe and (safe.count("[") > MAX_BRACKETS or any(rendered_targets(safe))):
        # The validator refuses these already (generator.schema.types); this is defence in
        # depth for text that reaches the site by another way or a reading the validator
        # gets wrong. Whatever slips through is shown as written: no bracket, no link, no image.
        # So is text with more brackets than Python-Markdown reads in reasonable time, and a
        # relative link, which MkDocs --strict would refuse naming the page, not the record.
        safe = safe.replace("[", "&#91;").replace("]", "&#93;")
    return safe.strip("\n")
