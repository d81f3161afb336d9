"""What a page read from the catalogue's projects and look-ups, so it can be asked again.

A page generated through these proxies leaves a list of `Read`s: each a question (which
object, which key or call) and the answer it got. After an edit the same questions are
put to the new catalogue; when every answer is equal, the page is the same bytes
(generation is pure) and need not be made again (site/incremental.py). No page module
knows of this: it sees a mapping, an object with the same attributes.

What cannot be answered key by key — iterating all projects, their count — marks the page
`whole`: it is made again after any edit. An answer that is neither a plain value nor a
mapping, got as an attribute (a look-up object such as the related-project ranking), is
wrapped in turn, so its own answers are recorded instead of an object that would never
compare equal. Answers of keys and calls are compared whole, by value.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

MISSING = object()
"""The answer "no such key"."""

_PLAIN = (str, int, float, bool, type(None), tuple, list, frozenset, set, BaseModel)


@dataclass(frozen=True)
class Read:
    path: tuple[str, ...]
    """Attribute names from a root (`projects`, `derived`, `index`) to the object asked."""
    question: str
    """`item`, `get`, `contains`, `attr:<name>` or `call:<method>`."""
    args: tuple[Any, ...]
    answer: Any


@dataclass
class Log:
    reads: list[Read] = field(default_factory=list)
    whole: bool = False
    """Something was read that no key names: the page depends on every project."""


def _is_value(value: Any) -> bool:
    return (isinstance(value, _PLAIN)
            or (dataclasses.is_dataclass(value) and not isinstance(value, type)))


class RecordingMapping(Mapping[Any, Any]):
    def __init__(self, data: Mapping[Any, Any], path: tuple[str, ...], log: Log) -> None:
        self._data = data
        self._path = path
        self._log = log

    def _note(self, question: str, args: tuple[Any, ...], answer: Any) -> None:
        self._log.reads.append(Read(self._path, question, args, answer))

    def __getitem__(self, key: Any) -> Any:
        answer = ask(self._data, "item", (key,))
        self._note("item", (key,), answer)
        if answer is MISSING:
            raise KeyError(key)
        return answer

    def get(self, key: Any, default: Any = None) -> Any:
        answer = ask(self._data, "get", (key, default))
        self._note("get", (key, default), answer)
        return answer

    def __contains__(self, key: object) -> bool:
        answer = key in self._data
        self._note("contains", (key,), answer)
        return answer

    def __iter__(self) -> Iterator[Any]:
        self._log.whole = True
        return iter(self._data)

    def __len__(self) -> int:
        self._log.whole = True
        return len(self._data)


class RecordingObject:
    def __init__(self, target: Any, path: tuple[str, ...], log: Log) -> None:
        self._target = target
        self._path = path
        self._log = log

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if callable(value) and not isinstance(value, type):
            return self._method(name)
        if isinstance(value, Mapping):
            return RecordingMapping(value, (*self._path, name), self._log)
        if _is_value(value):
            self._log.reads.append(Read(self._path, f"attr:{name}", (), value))
            return value
        return RecordingObject(value, (*self._path, name), self._log)

    def _method(self, name: str) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            answer = ask(self._target, f"call:{name}", args)
            self._log.reads.append(Read(self._path, f"call:{name}", args, answer))
            return answer
        return call


def ask(target: Any, question: str, args: tuple[Any, ...]) -> Any:
    """The answer `target` gives to `question` now."""
    if question == "item":
        try:
            return target[args[0]]
        except KeyError:
            return MISSING
    if question == "get":
        return target.get(*args)
    if question == "contains":
        return args[0] in target
    if question.startswith("attr:"):
        return getattr(target, question.removeprefix("attr:"))
    return getattr(target, question.removeprefix("call:"))(*args)


def resolve(roots: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    """The object at `path` (attribute names) from `roots`."""
    target = roots[path[0]]
    for step in path[1:]:
        target = getattr(target, step)
    return target


def same_answers(reads: list[Read], roots: Mapping[str, Any]) -> bool:
    """Whether every read gets the answer it got before."""
    for read in reads:
        answer = ask(resolve(roots, read.path), read.question, read.args)
        if answer is not read.answer and answer != read.answer:
            return False
    return True
