"""Small HTML building blocks. Every argument is already-escaped HTML."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from generator.site.markup import escape

_TAG = re.compile(r"<[^>]*>")
DASH = "\u2013"
"""En dash: separates a name from its details in lists."""


def definition_list(rows: Sequence[tuple[str, str]], css_class: str = "vta-facts") -> str:
    items = "\n".join(f"<dt>{term}</dt>\n<dd>{value}</dd>" for term, value in rows if value)
    return f'<dl class="{css_class}">\n{items}\n</dl>'


def inline_list(items: Sequence[str]) -> str:
    """Several values in one cell or definition: a real list so screen readers count them."""
    if len(items) == 1:
        return items[0]
    return '<ul class="vta-inline">' + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def table(caption: str, headers: Sequence[str], rows: Sequence[Sequence[str]], *,
          region: bool = True) -> str:
    """A data table: caption, column headers, and the first cell of each row as row header.

    In its own scroll box (`region`): a table wider than the column scrolls there, not the
    page, and the box takes keyboard focus so the arrow keys scroll it (tabindex, role and
    the caption as its name; theme/assets/stylesheets/tables.css). `region=False` for a
    table already inside such a box.
    """
    # A space ends each heading cell: Pagefind runs cells it has no sentence break for
    # together in result excerpts ("ProjektProjektägareLän"); browsers show no difference.
    head = "".join(f'<th scope="col">{header} </th>' for header in headers)
    body = []
    for row in rows:
        cells = f'<th scope="row">{row[0]}</th>' + "".join(f"<td>{cell}</td>" for cell in row[1:])
        body.append(f"<tr>{cells}</tr>")
    # No class: Material styles only `table:not([class])`.
    markup = (f'<table>\n<caption>{caption}</caption>\n'
              f"<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(body)
              + "\n</tbody>\n</table>")
    if not region:
        return markup
    name = escape.attribute(html.unescape(_TAG.sub("", caption)))
    return f'<div class="vta-table" tabindex="0" role="region" aria-label="{name}">\n' \
        f"{markup}\n</div>"


def heading(level: int, text: str, anchor: str) -> str:
    """A Markdown heading with a stable, language-neutral anchor."""
    return f"{'#' * level} {text} {{ #{anchor} }}"
