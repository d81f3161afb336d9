"""The valid examples use the whole content model, so a field the validator mishandles cannot
hide behind "no example uses it"; and every rule of the schema has an explanation of its own."""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from typing import Any, Literal

import pytest
import yaml
from helpers_validation import VALID, record_files
from pydantic import BaseModel

from generator.schema import VOCABULARY_MODELS, Method, Project
from generator.validation.schema_errors import PATTERN_CODES

MODELS: dict[str, type[BaseModel]] = {"projects": Project, "methods": Method}


def _members(annotation: Any) -> Iterator[Any]:
    """The types inside Optional, Annotated and list: `list[Text] | None` -> Text."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        yield from _members(typing.get_args(annotation)[0])
    elif origin in (typing.Union, types.UnionType, list):
        for argument in typing.get_args(annotation):
            if argument is not type(None):
                yield from _members(argument)
    else:
        yield annotation


def model_fields(model: type[BaseModel],
                 prefix: str = "") -> Iterator[tuple[str, Any, type[BaseModel]]]:
    """Every field path of `model`, nested models included, list positions left out:
    `outcomes.participants.count`, with the field's annotation and the model it belongs to."""
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        yield path, info.annotation, model
        for member in _members(info.annotation):
            if isinstance(member, type) and issubclass(member, BaseModel):
                yield from model_fields(member, f"{path}.")


def data_paths(data: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(data, dict):
        for key, value in data.items():
            path = f"{prefix}{key}"
            yield path, value
            yield from data_paths(value, f"{path}.")
    elif isinstance(data, list):
        for item in data:
            yield from data_paths(item, prefix)


def used(kind: str) -> dict[str, list[Any]]:
    values: dict[str, list[Any]] = {}
    for path in record_files(VALID / kind):
        for field, value in data_paths(yaml.safe_load(path.read_text(encoding="utf-8"))):
            values.setdefault(field, []).append(value)
    return values


@pytest.mark.parametrize("kind", MODELS)
def test_valid_examples_use_every_field(kind: str) -> None:
    fields = {path for path, _, _ in model_fields(MODELS[kind])}
    assert len(fields) > 10
    assert sorted(fields - set(used(kind))) == []


@pytest.mark.parametrize("kind", MODELS)
def test_valid_examples_use_every_allowed_word(kind: str) -> None:
    # Per model field: every precision must appear on some figure, not on every figure.
    values = used(kind)
    seen: dict[tuple[str, str], set[Any]] = {}
    options: dict[tuple[str, str], tuple[Any, ...]] = {}
    for path, annotation, owner in model_fields(MODELS[kind]):
        key = (owner.__name__, path.rpartition(".")[2])
        seen.setdefault(key, set()).update(
            value for value in values.get(path, []) if isinstance(value, str))
        for member in _members(annotation):
            if typing.get_origin(member) is Literal:
                options[key] = typing.get_args(member)
    missing = [f"{model}.{field}: {option}" for (model, field), allowed in options.items()
               for option in allowed if option not in seen[(model, field)]]
    assert missing == []


def test_the_field_walk_sees_nested_models() -> None:
    fields = {path for path, _, _ in model_fields(Project)}
    assert {"outcomes.participants.precision", "outcomes.goals.measure", "contact.email",
            "sources.archived_copy", "name.en"} <= fields


def _patterns(schema: Any) -> Iterator[str]:
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "pattern" and isinstance(value, str):
                yield value
            else:
                yield from _patterns(value)
    elif isinstance(schema, list):
        for item in schema:
            yield from _patterns(item)


def test_every_pattern_in_the_schema_has_its_own_explanation() -> None:
    models: list[type[BaseModel]] = [Project, Method, *set(VOCABULARY_MODELS.values())]
    patterns = {p for model in models for p in _patterns(model.model_json_schema())}
    assert len(patterns) >= 4
    assert sorted(patterns - set(PATTERN_CODES)) == []
