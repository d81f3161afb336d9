"""A generated file of a language tree: a page's Markdown, or a data file beside the pages."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """One file of a language tree: `path` is relative to the tree's root (see routes.py)."""

    path: str
    markdown: str
