"""Every model and field a contributor can write, found by walking the content model.

The field reference is generated from this list, and the templates are checked
against it, so a field added to the schema cannot go unexplained.
"""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel

from generator.schema import VOCABULARY_MODELS, Method, Project

ROOTS: tuple[type[BaseModel], ...] = (Project, Method, *dict.fromkeys(VOCABULARY_MODELS.values()))


def nested_model(annotation: Any) -> type[BaseModel] | None:
    """The record model inside `X`, `X | None`, `list[X]` or `Annotated[...]`, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is None:
        return None
    members = typing.get_args(annotation)
    if origin is typing.Annotated:
        members = members[:1]
    elif origin not in (list, typing.Union, types.UnionType):
        return None
    for member in members:
        found = nested_model(member)
        if found is not None:
            return found
    return None


def models(roots: tuple[type[BaseModel], ...] = ROOTS) -> list[type[BaseModel]]:
    """Every model reachable from `roots`, each once, in the order a reader meets them."""
    found: list[type[BaseModel]] = []
    pending = list(roots)
    while pending:
        model = pending.pop(0)
        if model in found:
            continue
        found.append(model)
        for info in model.model_fields.values():
            child = nested_model(info.annotation)
            if child is not None and child not in found:
                pending.append(child)
    return found


def is_required(model: type[BaseModel], field: str) -> bool:
    return model.model_fields[field].is_required()
