"""Walk plain record data by path patterns (`"*"` matches every list item)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Path = tuple[str | int, ...]


def values_at(data: Any, pattern: tuple[str, ...], path: Path = ()) -> Iterator[tuple[Path, Any]]:
    if not pattern:
        if data is not None:
            yield path, data
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        if isinstance(data, list):
            for index, item in enumerate(data):
                yield from values_at(item, rest, (*path, index))
    elif isinstance(data, dict) and head in data:
        yield from values_at(data[head], rest, (*path, head))


def keyed(data: Any, key: str, path: Path = (), skip: str = "") -> Iterator[tuple[Path, Any]]:
    """Every value stored under `key` at any depth, except below `skip`."""
    if isinstance(data, dict):
        for name, value in data.items():
            if name == skip:
                continue
            if name == key and value is not None and not isinstance(value, (dict, list)):
                yield (*path, name), value
            else:
                yield from keyed(value, key, (*path, name), skip)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from keyed(item, key, (*path, index), skip)


def untranslated(data: Any, path: Path = ()) -> Iterator[Path]:
    """Paths of bilingual texts (`{sv, en}`) that have no English yet."""
    if isinstance(data, dict):
        if "sv" in data and set(data) <= {"sv", "en"}:
            if data.get("en") is None and data["sv"] is not None:
                yield path
            return
        for name, value in data.items():
            yield from untranslated(value, (*path, name))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from untranslated(item, (*path, index))
