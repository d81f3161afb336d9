"""Find every free-text field of a record model by walking the pydantic model itself,
so a text field added tomorrow is attacked too without anyone listing it here."""

from __future__ import annotations

import types
from collections.abc import Iterator
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel

from generator.schema import types as field_types

Path = tuple[str | int, ...]
_TEXT_CHECKS = {field_types._single_line, field_types._safe_markdown}


def text_fields(model: type[BaseModel], prefix: Path = ()) -> Iterator[tuple[Path, bool]]:
    """(path, is_markdown) of every free-text leaf; list items are index 0."""
    for name, info in model.model_fields.items():
        yield from _walk(info.annotation, list(info.metadata), (*prefix, name))


def _walk(annotation: Any, metadata: list[Any], path: Path) -> Iterator[tuple[Path, bool]]:
    origin = get_origin(annotation)
    if origin is Annotated:
        inner, *extra = get_args(annotation)
        yield from _walk(inner, metadata + extra, path)
    elif origin in (Union, types.UnionType):
        for option in get_args(annotation):
            yield from _walk(option, metadata, path)
    elif origin is list:
        yield from _walk(get_args(annotation)[0], [], (*path, 0))
    elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield from text_fields(annotation, path)
    elif annotation is str:
        checks = {getattr(item, "func", None) for item in metadata}
        if checks & _TEXT_CHECKS:
            yield path, field_types._safe_markdown in checks


def get(data: Any, path: Path) -> Any:
    for step in path:
        data = data[step]
    return data


def put(data: Any, path: Path, value: Any) -> None:
    get(data, path[:-1])[path[-1]] = value


def present(data: Any, path: Path) -> bool:
    try:
        get(data, path)
    except (KeyError, IndexError, TypeError):
        return False
    return True
