"""Hypothesis strategies for whole records: the complete example record with a few of its
values replaced, each by something near or past the edge of what its type allows.

The leaves are found by walking the pydantic model, so a field added tomorrow is varied too.
Most replacements are plausible, so that many records validate and the property "every
record that validates builds" is tested on them; the rest are extreme (years 1 and 9999,
amounts of 400 digits, infinities, nesting, relative links, reserved ids).
"""

from __future__ import annotations

import copy
import datetime as dt
import types
import typing
from typing import Any, Literal

from hostile_build import base_record
from hypothesis import strategies as st
from pydantic import BaseModel
from schema_walk import Path, present, put

from generator.schema import Method, Project
from generator.schema import types as field_types
from generator.schema.types import MAX_AMOUNT
from generator.validation.model_paths import is_partial_date

TODAY = dt.date(2026, 12, 1)
"""The day the records are judged against: fixed, so every run draws and judges the same."""
MODELS: dict[str, type[BaseModel]] = {"projects": Project, "methods": Method}

FRAGMENTS = ["Text", " ", "\n", "\n\n", "- ", "> ", "1. ", "Term\n: ", "    ", "*", "**", "_",
             "[länk](https://example.org/a)", "[r]: https://example.org/r", "[x](sida.md)",
             "[x](../x)", "`kod`", "=HYPERLINK(1)", "@x", "+1", "-1", "#", "|", "å ä ö",
             "- " * 20, "*a " * 20, "[x]", "{: #id }", "&amp;", "!!! note\n    ", "::warning::",
             "##[error]", "\\*"]
PLAIN = st.lists(st.sampled_from([f for f in FRAGMENTS if "\n" not in f]), min_size=1,
                 max_size=8).map("".join)
MARKDOWN = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=12).map("".join)
NEAR_TODAY = st.dates(min_value=dt.date(1999, 12, 1), max_value=TODAY + dt.timedelta(days=3))
ANY_DAY = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
DATES = st.one_of(NEAR_TODAY, NEAR_TODAY, NEAR_TODAY, ANY_DAY,
                  st.sampled_from([dt.date(2206, 11, 23), dt.date(9999, 12, 31),
                                   dt.date(1899, 12, 31), dt.date(2000, 1, 1), TODAY,
                                   TODAY + dt.timedelta(days=1)]))
PARTIAL_DATES = st.one_of(
    DATES.map(dt.date.isoformat), DATES.map(lambda day: day.isoformat()[:7]),
    st.integers(min_value=1000, max_value=9999), st.integers(min_value=1890, max_value=2040),
    st.sampled_from(["2036-11", "2036-12", "2037", "1899", "1900"]))
INTEGERS = st.one_of(st.integers(min_value=0, max_value=500),
                     st.integers(min_value=0, max_value=MAX_AMOUNT),
                     st.sampled_from([0, 1, 10_000_000, MAX_AMOUNT, MAX_AMOUNT + 1,
                                      2**63, 10**308, 10**400, -1]))
FLOATS = st.one_of(st.floats(min_value=0, max_value=100),
                   st.floats(allow_nan=True, allow_infinity=True),
                   st.sampled_from([0.0, 100.0, 1e-300, 5e-324, float("inf"), float("nan")]))
IDS = st.sampled_from(["index", "compare", "data", "side-by-side", "feed", "0", "a" * 64,
                       "ny-post", "fixture-complete-project"])


def leaves(model: type[BaseModel], prefix: Path = ()) -> list[tuple[Path, Any]]:
    """(path, strategy) of every leaf this module varies; list items are index 0."""
    found: list[tuple[Path, Any]] = []
    for name, info in model.model_fields.items():
        found += _leaf(model, name, info.annotation, list(info.metadata), (*prefix, name))
    return found


def _leaf(model: type[BaseModel], name: str, annotation: Any, metadata: list[Any],
          path: Path) -> list[tuple[Path, Any]]:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        inner, *extra = typing.get_args(annotation)
        return _leaf(model, name, inner, metadata + extra, path)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return _leaf(model, name, options[0], metadata, path)
    if origin is list:
        return _leaf(model, name, typing.get_args(annotation)[0], [], (*path, 0))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return leaves(annotation, path)
    if origin is Literal:
        return [(path, st.sampled_from(typing.get_args(annotation)))]
    return [(path, strategy)] if (strategy := _strategy(model, name, annotation,
                                                        metadata)) is not None else []


def _strategy(model: type[BaseModel], name: str, annotation: Any,
              metadata: list[Any]) -> Any:
    checks = {getattr(item, "func", None) for item in metadata}
    if is_partial_date(model, (name,)):
        return PARTIAL_DATES
    if annotation is dt.date:
        return DATES
    if annotation is int:
        return INTEGERS
    if annotation is float:
        return FLOATS
    if field_types._safe_markdown in checks:
        return MARKDOWN
    if field_types._single_line in checks:
        return PLAIN
    if annotation is str and name == "id" and model in MODELS.values():
        return IDS
    return None


@st.composite
def records(draw: st.DrawFn, kind: str, changes: int = 3) -> dict[str, Any]:
    """The complete example of `kind` with up to `changes` of its leaves replaced."""
    record = copy.deepcopy(base_record(kind))
    usable = [(path, strategy) for path, strategy in leaves(MODELS[kind])
              if present(record, path[:-1])]
    for index in draw(st.lists(st.integers(0, len(usable) - 1), max_size=changes)):
        path, strategy = usable[index]
        put(record, path, draw(strategy))
    return record
