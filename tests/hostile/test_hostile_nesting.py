"""Deeply nested Markdown: refused before anything renders it, and never a RecursionError.

Python-Markdown calls itself once more for each list, quote, definition or emphasis inside
another, so a few hundred levels in a record's text ended `validate` and the MkDocs build in
a RecursionError. The count in generator/schema/nesting.py must be an upper bound: whatever
it lets through renders with little stack to spare, whatever it refuses is refused with a
location, and the site's own escaping survives the rest.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from generator.schema.nesting import MAX_NESTING, nesting
from generator.schema.types import MarkdownText
from generator.site.markup import escape

EXTENSIONS = ["attr_list", "md_in_html", "tables", "def_list", "admonition", "toc"]
MARKDOWN: TypeAdapter[str] = TypeAdapter(MarkdownText)
SPARE_FRAMES = 150
"""Stack Python-Markdown may use for a text within the limit (it needs about 55): MkDocs
and the site's page wrappers run it with most of Python's 1,000 frames left."""


@contextmanager
def little_stack(frames: int) -> Iterator[None]:
    before = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack(0)) + frames)
    try:
        yield
    finally:
        sys.setrecursionlimit(before)


def render(text: str) -> str:
    with little_stack(SPARE_FRAMES):
        html: str = markdown.markdown(text, extensions=EXTENSIONS)
    return html


DEEP = {
    "list-markers": "- " * 600 + "x",
    "ordered-markers": "1. " * 600 + "x",
    "quotes": "> " * 3000 + "x",
    "definitions": "Term\n" + ": " * 600 + "x",
    "indented-lists": "\n".join("    " * level + "- x" for level in range(60)),
    "admonitions": "\n".join("    " * level + "!!! note" for level in range(60)) + "\n    x",
    "emphasis": "*a " * 1000 + "x" + " a*" * 1000,
    "strong": "**a " * 1000 + "x" + " a**" * 1000,
    "mixed": "- > 1. : " * 200 + "x",
    "tabs": "\t" * 100 + "- x",
}


@pytest.mark.parametrize("text", DEEP.values(), ids=DEEP.keys())
def test_deep_text_is_refused_with_its_depth(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        MARKDOWN.validate_python(text)
    [error] = caught.value.errors()
    assert error["type"] == "too_deeply_nested"
    assert error["ctx"]["limit"] == MAX_NESTING
    assert error["ctx"]["depth"] > MAX_NESTING
    assert error["ctx"]["culprit"] in text


@pytest.mark.parametrize("text", DEEP.values(), ids=DEEP.keys())
def test_the_sites_escaping_defuses_deep_text_that_gets_through(text: str) -> None:
    html = render(escape.prose(text))
    assert html.startswith("<p>") and "<ul>" not in html and "<blockquote>" not in html


REAL = [
    "- ett\n    - två\n        - tre **fet _kursiv_ text**",
    "1. Kartläggning\n\n    > Citat ur rapporten\n    > - med en lista",
    "Begrepp\n: förklaring\n\n    Fortsättning i ett indrag",
    "!!! note\n    Ett stycke i en ruta\n\n    - med en lista",
    "variabel_namn_med_understreck och 5*3*2 och `**/*.py`",
    "Se \\*inte betoning\\* och * * * ensamma stjärnor",
]


@pytest.mark.parametrize("text", REAL)
def test_ordinary_nesting_passes(text: str) -> None:
    assert nesting(text)[0] <= 5
    assert MARKDOWN.validate_python(text) == text


PIECES = st.sampled_from([
    "- ", "* ", "+ ", "1. ", "2) ", "> ", ">", ": ", "    ", "  ", "\t", "\n", "\n\n",
    "Term\n", "!!! note\n", "*", "**", "***", "_", "__", "x", "a", " ", "[", "](https://e.org)",
    "`", "\\*", "\\_", "word", "!"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=200).map("".join))
def test_text_within_the_limit_renders_with_stack_to_spare(text: str) -> None:
    """The bound holds for anything made of Markdown's nesting syntax: if the count lets a
    text through, Python-Markdown never comes near the recursion limit on it."""
    if nesting(text)[0] <= MAX_NESTING:
        render(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.just("- " * 50), st.just("*a " * 50)),
                max_size=60).map("".join))
def test_any_text_is_validated_or_refused_never_a_recursion_error(text: str) -> None:
    try:
        MARKDOWN.validate_python(text)
    except ValidationError:
        return
    render(escape.prose(text))
