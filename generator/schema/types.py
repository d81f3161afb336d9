"""Field types shared by every record: ids, safe text, links, partial dates.

The checks here are what keeps raw HTML, scripts and odd URLs out of the site:
records are rejected at validation, so nothing unsafe ever reaches Markdown.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from generator.schema.characters import REFUSED_CHARACTERS, no_refused_characters
from generator.schema.link_targets import is_relative_target, is_safe_target, rendered_targets
from generator.schema.markdown_links import Link, links
from generator.schema.nesting import MAX_NESTING, nesting

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
# A tag as far as its `>` (or the next `<`). Written without two `\s*` in a row and
# without reading past a `<`, so a `<` followed by thousands of spaces, or many `<a`
# without a `>`, is read once rather than backtracked over for minutes.
_HTML = re.compile(r"<\s*(?:/\s*)?[a-zA-Z!?][^<>]*>?")
# `<https://…>` and `<name@example.org>` are Markdown autolinks, but the site shows every
# `<` as written, so such a link would appear with its brackets and not work.
_ANGLE_LINK = re.compile(r"^<\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>$")
_PARTIAL_DATE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
MAX_BRACKETS = 100
"""Square brackets one Markdown text may hold. Python-Markdown reads on from every `[` to
the end of its paragraph, so its time grows with brackets times length: 20 000 brackets
take many minutes, 100 in the longest text a few seconds. No record needs more links."""
MAX_AMOUNT = 100_000_000_000
"""The largest amount (kronor or euro) a record may give: 100 billion, far above any labour-market
project's budget, so a larger number is a typo (digits twice, a missing decimal point). An
amount is also computed with (cost per participant, sums): beyond about 1.8e308 it would not
even fit a floating-point number, and every build would fail."""
TEXT_CODES = frozenset({*REFUSED_CHARACTERS, "html_not_allowed", "angle_link", "single_line",
                        "image_not_allowed", "unsafe_link", "encoded_link", "unclear_link",
                        "too_many_brackets", "relative_link", "too_deeply_nested"})
"""Codes of the text checks here; each has its message in generator/i18n/*/check.yml, and
`culprit` in the error's context is the part of the text to point at."""


def _no_unsafe_characters(value: str) -> str:
    return _no_html(no_refused_characters(value))


def _no_html(value: str) -> str:
    html = _HTML.search(value)
    if html:
        tag = html.group()
        code = "angle_link" if _ANGLE_LINK.match(tag) else "html_not_allowed"
        raise PydanticCustomError(code, "HTML is not allowed: {tag}",
                                  {"tag": tag[:40], "culprit": tag[:40]})
    return value


def _single_line(value: str) -> str:
    if "\n" in value.strip():
        raise PydanticCustomError("single_line", "must be one line", {})
    return _no_unsafe_characters(value.strip())


def _safe_markdown(value: str) -> str:
    no_refused_characters(value)
    brackets = value.count("[")
    if brackets > MAX_BRACKETS:
        raise PydanticCustomError("too_many_brackets", "too many [", {
            "count": brackets, "limit": MAX_BRACKETS, "culprit": "["})
    _not_too_deep(value)
    for link in links(value):
        _refuse_unsafe(link)
    _no_html(value)
    if "[" in value:
        # Defence in depth: whatever Python-Markdown links to that the scanner did not see.
        unsafe, relative = rendered_targets(value)
        for url in unsafe:
            culprit = url if url and url in value else "["
            raise PydanticCustomError("unclear_link", "unclear link {url}",
                                      {"url": url[:80], "culprit": culprit[:80]})
        for url in relative:
            raise _relative_link(url, url if url and url in value else "[")
    return value


def _not_too_deep(value: str) -> None:
    """Before anything renders the text: Python-Markdown recurses once per level."""
    depth, at = nesting(value)
    if depth > MAX_NESTING:
        line_start = value.rfind("\n", 0, at) + 1
        line_end = value.find("\n", at)
        line = value[line_start: line_end if line_end >= 0 else len(value)]
        raise PydanticCustomError("too_deeply_nested", "nested {depth} levels deep", {
            "depth": depth, "limit": MAX_NESTING, "culprit": line[:60]})


def _relative_link(url: str, culprit: str) -> PydanticCustomError:
    return PydanticCustomError("relative_link", "relative link {url}",
                               {"url": url.strip()[:80], "culprit": culprit[:80]})


def _refuse_unsafe(link: Link) -> None:
    if link.image:
        raise PydanticCustomError("image_not_allowed", "images are not allowed",
                                  {"culprit": "!["})
    if is_safe_target(link.target):
        if is_relative_target(link.target):
            raise _relative_link(link.written, (link.written.split() or [link.written])[0])
        return
    # Point at the first word of the address: it is on one line of the file, as written.
    culprit = (link.written.split() or [link.written])[0][:80]
    # `&#106;avascript:` looks harmless as written; say that it is the decoding that is unsafe.
    code = "encoded_link" if is_safe_target(link.written) else "unsafe_link"
    raise PydanticCustomError(code, "unsafe link {url}", {
        "url": link.written.strip()[:80], "target": link.target.strip()[:80],
        "culprit": culprit})


def _web_address(value: str) -> str:
    no_refused_characters(value)  # a direction override in an address would disguise it
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(
        char.isspace() or char in "<>\"'`" for char in value
    ):
        raise PydanticCustomError("url", "not a web address: {url}", {"url": value[:80]})
    return value


def _partial_date(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return f"{value:04d}" if 1000 <= value <= 9999 else value
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and _PARTIAL_DATE.match(value):
        if len(value) == 10:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise PydanticCustomError("partial_date", "no such date", {}) from None
        return value
    if isinstance(value, str):
        raise PydanticCustomError("partial_date", "not a date", {})
    return value


def _plausible_amount(value: int) -> int:
    if value > MAX_AMOUNT:
        raise PydanticCustomError("amount_too_large", "more than {limit}",
                                  {"limit": MAX_AMOUNT})
    return value


Amount = Annotated[int, Field(ge=0, json_schema_extra={"maximum": MAX_AMOUNT}),
                      AfterValidator(_plausible_amount)]
"""A whole amount in the source's currency, from 0 to `MAX_AMOUNT`: every amount field uses
this type."""

Id = Annotated[str, Field(pattern=ID_PATTERN, min_length=1, max_length=64)]
"""Language-neutral identifier used in URLs and references: `goinge-forward`."""

Code = Annotated[str, Field(pattern=r"^\d{2,4}$")]
"""Official numeric code (SCB kommunkod or länskod), written as text: "0136"."""

PlainText = Annotated[str, Field(min_length=1, max_length=300), AfterValidator(_single_line)]
"""One line of text without markup: names, labels, roles, titles."""

MarkdownText = Annotated[
    str, Field(min_length=1, max_length=20_000), AfterValidator(_safe_markdown)
]
"""Markdown paragraphs: no HTML, no images, links only to http(s) and mailto."""

Url = Annotated[str, Field(max_length=2000), AfterValidator(_web_address)]

Email = Annotated[str, Field(pattern=r"^[^@\s<>]+@[^@\s<>]+\.[a-zA-Z]{2,}$", max_length=254),
                  AfterValidator(no_refused_characters)]

PartialDate = Annotated[
    str,
    BeforeValidator(_partial_date),
    Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "integer", "minimum": 1000, "maximum": 9999},
                {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
            ]
        }
    ),
]
"""A year (2016), a month (2020-08) or a day (2022-03-09): sources are often vague."""

Date = dt.date
