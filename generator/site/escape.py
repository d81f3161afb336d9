"""Escaping of record text on its way into Markdown and HTML.

Records are validated (no HTML, safe links), but the generator escapes again
so that nothing a record says can ever become a tag, an attribute or a script.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any

import markdown as python_markdown

# HTML's special characters and those Markdown or its extensions could read as
# syntax, in one pass. Entities work in Markdown and in raw HTML blocks alike,
# so one escaping serves both contexts.
_ESCAPES = {char: f"&#{ord(char)};" for char in "\\`*_[]{}#|~"} | {
    "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
    # Markdown reads a carriage return as a line break: it would end a heading or a table
    # row and start a new block. Plain text is one line.
    "\r": " ", "\n": " "}
_ATX_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=\s|$)", re.MULTILINE)
_SETEXT_UNDERLINE = re.compile(r"^( {0,3})(=+)[ \t]*$", re.MULTILINE)
_BRACE = re.compile(r"[{}]")


def text(value: str) -> str:
    """Plain text for Markdown or HTML: shown exactly as written, never markup."""
    return "".join(_ESCAPES.get(char, char) for char in value)


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
    safe = markdown.replace("&", "&amp;").replace("<", "&lt;")
    safe = _BRACE.sub(lambda match: f"&#{ord(match.group())};", safe)
    safe = _ATX_HEADING.sub(
        lambda match: match.group(1) + "#" * min(6, len(match.group(2)) + top_level - 1), safe)
    safe = _SETEXT_UNDERLINE.sub(lambda match: match.group(1) + "&#61;" * len(match.group(2)),
                                 safe)
    if "[" in safe and _would_link_unsafely(safe):
        # The validator's link check reads Markdown with patterns; Python-Markdown also
        # accepts nested brackets and indented reference definitions. Whatever slips
        # through is shown as written: no bracket, no link, no image.
        safe = safe.replace("[", "&#91;").replace("]", "&#93;")
    return safe.strip("\n")


# The Markdown extensions of mkdocs.yml, so the check reads prose as the site will.
_EXTENSIONS = ["attr_list", "md_in_html", "tables", "def_list", "admonition", "toc"]
_SAFE_TARGET = re.compile(r"^(?:https?:|mailto:|[^a-z]|[a-z][a-z0-9+.-]*(?:[^a-z0-9+.:-]|$))")
_URL_NOISE = re.compile(r"[\x00-\x20]")


class _AnyLabel(dict[str, Any]):
    """References as the whole page sees them: a label defined in another block resolves,
    so an image or link that borrows one is caught here too."""

    def __contains__(self, label: object) -> bool:
        return True

    def __missing__(self, label: str) -> tuple[str, None]:
        return "https://example.invalid/", None


class _Targets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.unsafe = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.unsafe |= tag == "img" or any(
            name in ("href", "src") and not _safe_target(value or "") for name, value in attrs)


def _safe_target(url: str) -> bool:
    return bool(_SAFE_TARGET.match(_URL_NOISE.sub("", url).lower()))


def _would_link_unsafely(text: str) -> bool:
    renderer = python_markdown.Markdown(extensions=_EXTENSIONS)
    references = _AnyLabel()
    renderer.references = references
    targets = _Targets()
    targets.feed(renderer.convert(text))
    return targets.unsafe or any(not _safe_target(url) for url, _ in references.values())
