"""The JSON Schemas committed under schema/ (editors check YAML against them) are the model's."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.schema.export import SCHEMA_NAMES, json_schema_text

SCHEMA_FOLDER = Path(__file__).resolve().parent.parent / "schema"


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_committed_schema_equals_the_models_export(name: str) -> None:
    committed = (SCHEMA_FOLDER / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == json_schema_text(name), (
        "schema/ is out of date: run `.venv/bin/python -m generator schema --write`")


def test_no_schema_file_without_a_model() -> None:
    assert sorted(path.name for path in SCHEMA_FOLDER.glob("*.schema.json")) == sorted(
        f"{name}.schema.json" for name in SCHEMA_NAMES)
