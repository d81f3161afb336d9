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

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_HTML = re.compile(r"<\s*/?\s*[a-zA-Z!?][^>]*>|<\s*/?\s*[a-zA-Z!?]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_MD_LINK = re.compile(r"(!?)\[[^\]]*\]\(\s*<?([^)\s>]*)")
_MD_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
_SAFE_SCHEMES = {"http", "https", "mailto"}
_PARTIAL_DATE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")


def _no_unsafe_characters(value: str) -> str:
    match = _CONTROL.search(value)
    if match:
        raise PydanticCustomError(
            "control_character", "invisible control character U+{code}",
            {"code": f"{ord(match.group()):04X}", "column": match.start() + 1},
        )
    html = _HTML.search(value)
    if html:
        raise PydanticCustomError(
            "html_not_allowed", "HTML is not allowed: {tag}", {"tag": html.group()[:40]}
        )
    return value


def _single_line(value: str) -> str:
    if "\n" in value.strip():
        raise PydanticCustomError("single_line", "must be one line", {})
    return _no_unsafe_characters(value.strip())


def _safe_markdown(value: str) -> str:
    _no_unsafe_characters(value.replace("\n", " ").replace("\t", " "))
    targets = [(bang, target) for bang, target in _MD_LINK.findall(value)]
    targets += [("", target) for target in _MD_REFERENCE.findall(value)]
    for bang, target in targets:
        if bang:
            raise PydanticCustomError("image_not_allowed", "images are not allowed", {})
        if not _is_safe_link(target):
            raise PydanticCustomError("unsafe_link", "unsafe link {url}", {"url": target[:80]})
    return value


def _is_safe_link(target: str) -> bool:
    parts = urlsplit(target.strip())
    if parts.scheme:
        return parts.scheme.lower() in _SAFE_SCHEMES and (
            parts.scheme.lower() == "mailto" or bool(parts.netloc)
        )
    return not target.strip().startswith("//")


def _web_address(value: str) -> str:
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

Email = Annotated[str, Field(pattern=r"^[^@\s<>]+@[^@\s<>]+\.[a-zA-Z]{2,}$", max_length=254)]

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
