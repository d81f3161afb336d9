"""Find parts of a validated record by type: every bilingual text, figure or source."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from generator.diagnostics import FieldPath


def instances(value: Any, kinds: tuple[type[BaseModel], ...],
              path: FieldPath = ()) -> Iterator[tuple[FieldPath, Any]]:
    """Every value of one of `kinds` inside `value`, with its path, in reading order."""
    if isinstance(value, kinds):
        yield path, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from instances(getattr(value, name), kinds, (*path, name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from instances(item, kinds, (*path, index))
