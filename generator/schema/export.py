"""JSON Schema for editors (yaml-language-server), generated from the models."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from pydantic import BaseModel

from generator.schema.method import Method
from generator.schema.project import Project
from generator.schema.vocabulary import (
    LabelVocabulary,
    MunicipalityVocabulary,
    OrganisationVocabulary,
)

SCHEMA_NAMES = ("project", "method", "vocabulary")


def schema_name(model: type[BaseModel]) -> str:
    """Which of SCHEMA_NAMES describes records of `model`."""
    return {Project: "project", Method: "method"}.get(model, "vocabulary")


def json_schema(name: str) -> dict[str, Any]:
    if name == "project":
        schema = Project.model_json_schema()
    elif name == "method":
        schema = Method.model_json_schema()
    elif name == "vocabulary":
        parts = [model.model_json_schema() for model in
                 (LabelVocabulary, MunicipalityVocabulary, OrganisationVocabulary)]
        definitions: dict[str, Any] = {}
        for part in parts:
            definitions.update(part.pop("$defs", {}))
        schema = {"oneOf": parts, "$defs": definitions,
                  "title": "Vocabulary", "description": "Kontrollerad vokabulär. / Vocabulary."}
    else:
        raise KeyError(name)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


@cache
def json_schema_text(name: str) -> str:
    """The schema as written to schema/ and data/schema/. Kept once made: the models do not
    change while the program runs, and making it costs more than a small site's pages."""
    return json.dumps(json_schema(name), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
