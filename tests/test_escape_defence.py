"""escape.py is defence in depth: what the validator refuses is still defused on the site,
in case text reaches a page another way."""

from __future__ import annotations

import markdown
import pytest

from generator.site.markup import escape

EXTENSIONS = ["attr_list", "md_in_html", "tables", "def_list", "admonition", "toc"]


def html(text: str) -> str:
    return str(markdown.markdown(text, extensions=EXTENSIONS))


@pytest.mark.parametrize("line_break", ["\r", "\r\n"])
def test_a_carriage_return_cannot_start_a_page_heading(line_break: str) -> None:
    page = html(escape.prose(f"Text{line_break}# Rubrik{line_break}", top_level=3))
    assert "<h1" not in page and "<h3" in page


@pytest.mark.parametrize("separator", ["\r", "\n", "\x85", "\u2028", "\u2029"])
def test_plain_text_stays_on_one_line(separator: str) -> None:
    assert escape.text(f"Vägen{separator}vidare") == "Vägen vidare"


@pytest.mark.parametrize("trick", [
    "[a [b] c](javascript:alert(1))", "[\\]](javascript:alert(1))",
    "- item\n\n    [r]: javascript:alert(1)\n\n    see [x][r]", "![x][r]\n\n[r]: https://t.example/p",
    "> [r]: javascript:alert(1)\n\n[x][r]"])
def test_a_link_trick_comes_out_as_text(trick: str) -> None:
    page = html(escape.prose(trick))
    assert "<a " not in page and "<img" not in page


def test_an_ordinary_link_stays_a_link() -> None:
    page = html(escape.prose("Se [rapporten](https://example.org/r_(2021).pdf)."))
    assert '<a href="https://example.org/r_(2021).pdf">rapporten</a>' in page


def test_text_with_too_many_brackets_is_shown_as_text_without_reading_it() -> None:
    page = html(escape.prose("[x](https://example.org) " + "[" * 5_000))
    assert "<a " not in page and "&#91;x&#93;" in page
