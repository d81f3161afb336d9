"""Walk plain record data by path patterns (`"*"` matches every list item).

Each walk collects into one list rather than nesting generators: these run over every
value of every record on each validation, and `yield from` costs at every level.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.diagnostics import FieldPath

_BILINGUAL = frozenset(("sv", "en"))


def values_at(data: Any, pattern: tuple[str, ...],
              path: FieldPath = ()) -> Iterator[tuple[FieldPath, Any]]:
    found: list[tuple[FieldPath, Any]] = []
    _values_at(data, pattern, path, found)
    return iter(found)


def _values_at(data: Any, pattern: tuple[str, ...], path: FieldPath,
               found: list[tuple[FieldPath, Any]]) -> None:
    if not pattern:
        if data is not None:
            found.append((path, data))
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        if isinstance(data, list):
            for index, item in enumerate(data):
                _values_at(item, rest, (*path, index), found)
    elif isinstance(data, dict) and head in data:
        _values_at(data[head], rest, (*path, head), found)


def keyed(data: Any, key: str, path: FieldPath = (),
          skip: str = "") -> Iterator[tuple[FieldPath, Any]]:
    """Every value stored under `key` at any depth, except below `skip`."""
    found: list[tuple[FieldPath, Any]] = []
    _keyed(data, key, path, skip, found)
    return iter(found)


def _keyed(data: Any, key: str, path: FieldPath, skip: str,
           found: list[tuple[FieldPath, Any]]) -> None:
    if isinstance(data, dict):
        for name, value in data.items():
            if name == skip:
                continue
            if name == key and value is not None and not isinstance(value, (dict, list)):
                found.append(((*path, name), value))
            elif isinstance(value, (dict, list)):
                _keyed(value, key, (*path, name), skip, found)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            if isinstance(item, (dict, list)):
                _keyed(item, key, (*path, index), skip, found)


def untranslated(data: Any, path: FieldPath = ()) -> Iterator[FieldPath]:
    """Paths of bilingual texts (`{sv, en}`) that have no English yet."""
    found: list[FieldPath] = []
    _untranslated(data, path, found)
    return iter(found)


def _untranslated(data: Any, path: FieldPath, found: list[FieldPath]) -> None:
    if isinstance(data, dict):
        if "sv" in data and data.keys() <= _BILINGUAL:
            if data.get("en") is None and data["sv"] is not None:
                found.append(path)
            return
        for name, value in data.items():
            if isinstance(value, (dict, list)):
                _untranslated(value, (*path, name), found)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            if isinstance(item, (dict, list)):
                _untranslated(item, (*path, index), found)
