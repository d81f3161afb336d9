"""The templates `new` writes: complete, and valid once a contributor fills them in."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers_scaffold import fill_required, uncomment_all
from pydantic import BaseModel

from generator.cli import main
from generator.scaffold import render, template
from generator.schema import Method, Project
from generator.schema.walk import is_required, models, nested_model
from generator.validation.run import validate

REPO = Path(__file__).resolve().parents[1]
ROOT_MODELS: dict[str, type[BaseModel]] = {"project": Project, "method": Method}
DAY = dt.date(2026, 1, 15)


@pytest.fixture
def content(tmp_path: Path, catalogue_content: Path) -> Path:
    """The real vocabularies: a template's examples must be valid where contributors use it."""
    root = tmp_path / "content"
    for folder in ("vocabularies", "sources"):
        shutil.copytree(catalogue_content / folder, root / folder)
    (root / "projects").mkdir()
    (root / "methods").mkdir()
    return root


def scaffold(content: Path, kind: str, record_id: str) -> Path:
    code = main(["new", kind, "--id", record_id, "--name", f"Namn {record_id}",
                 "--content", str(content)])
    assert code == 0
    return content / f"{kind}s" / f"{record_id}.yml"


def seen_fields(model: type[BaseModel], data: Any, seen: set[tuple[str, str]]) -> None:
    if isinstance(data, list):
        for item in data:
            seen_fields(model, item, seen)
        return
    if not isinstance(data, dict):
        return
    for key, value in data.items():
        seen.add((model.__name__, key))
        info = model.model_fields.get(key)
        child = nested_model(info.annotation) if info else None
        if child is not None:
            seen_fields(child, value, seen)


@pytest.mark.parametrize("kind", ["project", "method"])
def test_scaffold_mentions_every_field_of_every_model(kind: str) -> None:
    root = ROOT_MODELS[kind]
    data = yaml.safe_load(uncomment_all(template(kind)))
    seen: set[tuple[str, str]] = set()
    seen_fields(root, data, seen)
    expected = {(model.__name__, field)
                for model in models((root,)) for field in model.model_fields}
    assert sorted(expected - seen) == []
    assert sorted(seen - expected) == []


@pytest.mark.parametrize("kind", ["project", "method"])
def test_required_fields_are_written_uncommented(kind: str) -> None:
    root = ROOT_MODELS[kind]
    data = yaml.safe_load(template(kind))
    missing = [name for name in root.model_fields if is_required(root, name) and name not in data]
    assert missing == []


@pytest.mark.parametrize("kind", ["project", "method"])
def test_web_editor_copy_has_plain_rules_and_no_placeholders(kind: str) -> None:
    """Copied raw in GitHub's web editor: every `""` is filled in, the date goes after
    `added:` unquoted (an empty `""` there would invite a quoted date), and nothing is a
    token for a program to replace."""
    text = template(kind)
    data = yaml.safe_load(text)
    assert (data["id"], data["name"]["sv"], data["added"]) == ("", "", None)
    assert "\nadded:\n" in text and "utan citattecken" in text.split("\nadded:")[0]
    assert not re.search(r"__[A-Z]+__|<[a-z-]+>|\{[a-z_]+\}|XXX|TODO", text)


@pytest.mark.parametrize("kind", ["project", "method"])
def test_web_editor_copy_filled_by_hand_validates(content: Path, kind: str) -> None:
    path = content / f"{kind}s" / "for-hand.yml"
    text = template(kind).replace('\nid: ""\n', "\nid: for-hand\n")
    text = text.replace("\nadded:\n", "\nadded: 2026-01-15\n")
    path.write_text(fill_required(text), encoding="utf-8")
    assert main(["validate", "--content", str(content), str(path)]) == 0


@pytest.mark.parametrize("kind", ["project", "method"])
def test_web_editor_copy_left_unfilled_explains_the_date(content: Path, kind: str,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    path = content / f"{kind}s" / "ofyllt.yml"
    path.write_text(template(kind), encoding="utf-8")
    capsys.readouterr()
    assert main(["validate", "--content", str(content), str(path), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    added = next(line for line in out.splitlines() if ": added:" in line)
    assert "The field is empty." in added
    assert "Expected: a date YYYY-MM-DD" in out


@pytest.mark.parametrize("kind", ["project", "method"])
def test_scaffold_starts_with_the_editor_schema_header(kind: str) -> None:
    first = render(kind, "x", "X", DAY).splitlines()[0]
    assert first == f"# yaml-language-server: $schema=../../schema/{kind}.schema.json"


@pytest.mark.parametrize("kind", ["project", "method"])
def test_filled_scaffold_validates(content: Path, kind: str) -> None:
    path = scaffold(content, kind, "nytt-exempel")
    path.write_text(fill_required(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert main(["validate", "--content", str(content), str(path)]) == 0


@pytest.mark.parametrize("kind", ["project", "method"])
def test_unfilled_scaffold_points_at_each_placeholder(content: Path, kind: str) -> None:
    path = scaffold(content, kind, "ofyllt")
    text = path.read_text(encoding="utf-8")
    placeholder_lines = {number for number, line in enumerate(text.splitlines(), start=1)
                         if line.endswith('""')}
    result = validate(content, [path])
    assert not result.ok
    assert {d.line for d in result.diagnostics if d.severity.value == "error"} \
        == placeholder_lines


@pytest.mark.parametrize("kind", ["project", "method"])
def test_every_example_in_the_scaffold_is_valid(content: Path, kind: str) -> None:
    for method_id in ("supported-employment", "work-placement"):
        helper = scaffold(content, "method", method_id)
        helper.write_text(fill_required(helper.read_text(encoding="utf-8")), encoding="utf-8")
    predecessor = scaffold(content, "project", "steget-fore")
    predecessor.write_text(fill_required(predecessor.read_text(encoding="utf-8")),
                           encoding="utf-8")
    path = content / f"{kind}s" / "allt-ifyllt.yml"
    path.write_text(fill_required(uncomment_all(render(kind, "allt-ifyllt", "Allt", DAY))),
                    encoding="utf-8")
    result = validate(content, [path])
    assert [(d.line, d.field, d.code) for d in result.diagnostics] == []

