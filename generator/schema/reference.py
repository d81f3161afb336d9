"""The field reference: every model and field a contributor can write, in one language,
from the schema's own words (the docstrings). The site's field reference page and
`python -m generator schema --fields` both show it, so it is never written by hand."""

from __future__ import annotations

from dataclasses import dataclass

from generator.schema.walk import is_required, models
from generator.schema.words import in_language


@dataclass(frozen=True)
class FieldDoc:
    name: str
    required: bool
    description: str


@dataclass(frozen=True)
class ModelDoc:
    name: str
    """The class name, which the validator's messages and CONTRIBUTING use too."""
    description: str
    fields: tuple[FieldDoc, ...]


def field_reference(lang: str) -> tuple[ModelDoc, ...]:
    return tuple(
        ModelDoc(model.__name__, in_language(model.__doc__ or "", lang), tuple(
            FieldDoc(name, is_required(model, name), in_language(info.description or "", lang))
            for name, info in model.model_fields.items()))
        for model in models())
