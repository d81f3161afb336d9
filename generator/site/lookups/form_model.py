"""The contribution form's fields, read from the content model: nothing here is re-spelled.

Each field of `Project` (and of the records inside it) becomes a `FormField`: its
YAML key, its kind of input, whether it is required, its bilingual docstring, the
schema's `Literal` choices, its default, its bounds and pattern as the JSON Schema
states them, and the vocabulary a reference points at (schema/references.py). The
order is the model's, which is the order of the `new` templates.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel, TypeAdapter
from pydantic_core import PydanticUndefined

from generator.schema import Project
from generator.schema.references import PROJECT_REFERENCES
from generator.schema.types import Code, MarkdownText, PartialDate

SOURCE_REFERENCE = "sources"
"""The pseudo-vocabulary of a `source` field: the ids of the record's own sources."""


@dataclass(frozen=True)
class FormField:
    key: str
    path: tuple[str, ...]
    """Keys from the record's top, `*` for every item of a list."""
    kind: str
    """group, list, refs (ids from a list), codes (SCB codes from a list, written quoted),
    ref, choice, string, markdown, integer, number, date, partial_date, code."""
    required: bool
    doc: str
    """The docstring, "Svenska. / English."."""
    title: str = ""
    """The field's label where the schema declares one, "Svenska / English"."""
    choices: tuple[str, ...] = ()
    default: Any = None
    vocabulary: str | None = None
    bounds: tuple[float | None, float | None] = (None, None)
    pattern: str | None = None
    max_length: int | None = None
    max_items: int | None = None
    children: tuple[FormField, ...] = ()

    def doc_in(self, lang: str) -> str:
        """The docstring's part in `lang`: Swedish before ` / `, English after."""
        swedish, _, english = " ".join(self.doc.split()).partition(" / ")
        return english if lang == "en" and english else swedish


@cache
def project_fields() -> tuple[FormField, ...]:
    return model_fields(Project, ())


def model_fields(model: type[BaseModel], path: tuple[str, ...]) -> tuple[FormField, ...]:
    hints = typing.get_type_hints(model, include_extras=True)
    return tuple(_field(model, name, hints[name], (*path, name))
                 for name in model.model_fields)


def _field(model: type[BaseModel], name: str, hint: Any, path: tuple[str, ...]) -> FormField:
    info = model.model_fields[name]
    default = None if info.default is PydanticUndefined else info.default
    common: dict[str, Any] = {"key": name, "path": path, "required": info.is_required(),
                              "doc": info.description or "", "title": info.title or "",
                              "default": default if not isinstance(default, list) else None}
    inner = _without_none(hint)
    if typing.get_origin(inner) is typing.Annotated and typing.get_origin(
            typing.get_args(inner)[0]) is list:
        limits = TypeAdapter(inner).json_schema()
        item = typing.get_args(typing.get_args(inner)[0])[0]
        common["max_items"] = limits.get("maxItems")
        if isinstance(item, type) and issubclass(item, BaseModel):
            return FormField(kind="list", children=model_fields(item, (*path, "*")), **common)
        vocabulary = _vocabulary((*path, "*"))
        return FormField(kind="codes" if item == Code else "refs", vocabulary=vocabulary,
                         **common)
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return FormField(kind="group", children=model_fields(inner, path), **common)
    if typing.get_origin(inner) is typing.Literal:
        return FormField(kind="choice", choices=tuple(typing.get_args(inner)), **common)
    return _scalar(inner, path, common)


def _scalar(hint: Any, path: tuple[str, ...], common: dict[str, Any]) -> FormField:
    if hint is dt.date:
        return FormField(kind="date", **common)
    if hint == PartialDate:
        return FormField(kind="partial_date", **common)
    schema = TypeAdapter(hint).json_schema()
    bounds = (schema.get("minimum"), schema.get("maximum"))
    if schema.get("type") in ("integer", "number"):
        return FormField(kind=schema["type"], bounds=bounds, **common)
    vocabulary = _vocabulary(path)
    if vocabulary is None and path[-1] == "source":
        vocabulary = SOURCE_REFERENCE
    kind = ("markdown" if hint == MarkdownText else "code" if hint == Code
            else "ref" if vocabulary else "string")
    return FormField(kind=kind, vocabulary=vocabulary, pattern=schema.get("pattern"),
                     max_length=schema.get("maxLength"), **common)


def _without_none(hint: Any) -> Any:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        members = [member for member in typing.get_args(hint) if member is not type(None)]
        if len(members) == 1:
            return members[0]
    return hint


def _vocabulary(path: tuple[str, ...]) -> str | None:
    return next((kind for where, kind in PROJECT_REFERENCES if where == path), None)


def walk(fields: tuple[FormField, ...]) -> typing.Iterator[FormField]:
    """Every field at any depth, parents before their children."""
    for field in fields:
        yield field
        yield from walk(field.children)
