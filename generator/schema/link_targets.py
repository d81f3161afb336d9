"""Which link addresses are safe, and what Python-Markdown itself would link to.

Shared by the validator (which refuses, with a message) and by `generator.site.markup.escape`
(which defuses whatever still gets through): both must agree on what "safe" means.
"""

from __future__ import annotations

import re
import threading
from html.parser import HTMLParser
from typing import Any

import markdown as python_markdown

# Browsers drop leading and trailing controls and spaces, and tabs and line breaks
# anywhere, before they read a scheme: `java\tscript:` is javascript.
_URL_NOISE = re.compile(r"[\x00-\x20\x7f]")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")
_SAFE_SCHEMES = {"http", "https", "mailto"}
# The Markdown extensions of mkdocs.yml, so the check reads prose as the site will.
_EXTENSIONS = ["attr_list", "md_in_html", "tables", "def_list", "admonition", "toc"]


def is_safe_target(url: str) -> bool:
    """http(s) with a host, mailto, or an address on this site (no scheme, not `//host`).

    A backslash counts as a slash, as browsers read it in web addresses: `\\\\evil.example`
    is another host.
    """
    address = _URL_NOISE.sub("", url).lower().replace("\\", "/")
    scheme = _SCHEME.match(address)
    if scheme is None:
        return not address.startswith("//")
    if scheme.group(1) == "mailto":
        return True
    return scheme.group(1) in _SAFE_SCHEMES and address[scheme.end():].startswith("//") \
        and len(address) > scheme.end() + 2


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
        self.unsafe: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.unsafe.append(dict(attrs).get("src") or "")
        self.unsafe += [value or "" for name, value in attrs
                        if name in ("href", "src") and tag != "img"
                        and not is_safe_target(value or "")]


_PER_THREAD = threading.local()


def _renderer() -> python_markdown.Markdown:
    # Loading the extensions costs more than converting a record's text; reset() between
    # texts clears every reference and stash, so one renderer per thread serves them all.
    renderer: python_markdown.Markdown | None = getattr(_PER_THREAD, "renderer", None)
    if renderer is None:
        renderer = _PER_THREAD.renderer = python_markdown.Markdown(extensions=_EXTENSIONS)
    return renderer


def unsafe_rendered_targets(markdown: str) -> list[str]:
    """Addresses of the images and unsafe links Python-Markdown makes of `markdown`,
    entities decoded, including those of reference definitions nothing uses yet."""
    renderer = _renderer()
    renderer.reset()
    references = _AnyLabel()
    renderer.references = references
    targets = _Targets()
    targets.feed(renderer.convert(markdown))
    targets.close()
    return targets.unsafe + [url for url, _ in references.values() if not is_safe_target(url)]
