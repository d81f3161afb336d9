"""Where a path of a record leads in the content model: the field it names, the model it
reaches, whether it holds a partial date. The validator's messages and the plausibility
checks ask; nothing here reports."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel, BeforeValidator

from generator.diagnostics import FieldPath
from generator.schema.types import PartialDate

_PARTIAL_DATE_VALIDATOR = next(m for m in typing.get_args(PartialDate)
                               if isinstance(m, BeforeValidator))


def is_partial_date(model: type[BaseModel], path: FieldPath) -> bool:
    """Whether the field at `path` is a PartialDate (a year, a month or a day)."""
    annotation, metadata = _field(model, path)
    candidates = [annotation, *typing.get_args(annotation)]
    metadata = [*metadata, *(m for c in candidates for m in getattr(c, "__metadata__", ()))]
    return any(m == _PARTIAL_DATE_VALIDATOR for m in metadata)


def model_at(model: type[BaseModel], path: FieldPath) -> type[BaseModel] | None:
    """The model reached by following `path` from `model`, if it is one."""
    annotation = declared_type(model, path)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def declared_type(model: type[BaseModel], path: FieldPath) -> Any:
    """The type of the field at `path`, without `Annotated`, `None` or other alternatives."""
    return _unwrap(_field(model, path)[0])


def _field(model: type[BaseModel], path: FieldPath) -> tuple[Any, list[Any]]:
    """The annotation (and pydantic metadata) of the field at `path`, as declared."""
    annotation: Any = model
    metadata: list[Any] = []
    for part in path:
        annotation = _unwrap(annotation)
        metadata = []
        if isinstance(part, int):
            args = typing.get_args(annotation)
            annotation = args[0] if args else annotation
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            info = annotation.model_fields.get(part)
            if info is None:
                return None, []
            annotation, metadata = info.annotation, list(info.metadata)
    return annotation, metadata


def _unwrap(annotation: Any) -> Any:
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            members = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            annotation = members[0]
        else:
            return annotation
