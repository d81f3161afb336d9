"""Find record files, read them within limits, and validate each against the schema."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.diagnostics import Diagnostic, Severity
from generator.schema import VOCABULARY_MODELS, Method, Project
from generator.validation.schema_errors import schema_diagnostics
from generator.yamlsource import MAX_FILE_BYTES, Document, load

KIND_FOLDERS = {"projects": "project", "methods": "method", "vocabularies": "vocabulary"}
IGNORED_NAMES = {"README.md", ".gitkeep"}


@dataclass
class LoadedRecord:
    kind: str
    file: str
    document: Document
    model: Any


@dataclass
class Loaded:
    records: list[LoadedRecord] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def display_path(path: Path) -> str:
    try:
        return path.absolute().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def record_files(content_root: Path) -> list[Path]:
    found: list[Path] = []
    for folder in KIND_FOLDERS:
        directory = content_root / folder
        if directory.is_dir():
            found.extend(sorted(p for p in directory.iterdir() if p.name not in IGNORED_NAMES))
    return found


def load_records(paths: Iterable[Path]) -> Loaded:
    loaded = Loaded()
    for path in paths:
        file = display_path(path)
        loaded.files.append(file)
        record, problems = load_record(path, file)
        loaded.diagnostics.extend(problems)
        if record is not None:
            loaded.records.append(record)
    return loaded


def load_record(path: Path, file: str) -> tuple[LoadedRecord | None, list[Diagnostic]]:
    kind = KIND_FOLDERS.get(path.parent.name)
    if not path.exists() and not path.is_symlink():
        return None, [Diagnostic("file.not_a_file", file, 0, 0)]
    if path.is_symlink():
        return None, [Diagnostic("file.symlink", file, 0, 0)]
    if path.suffix != ".yml":
        code = "file.yaml_suffix" if path.suffix == ".yaml" else "file.not_yaml"
        return None, [Diagnostic(code, file, 0, 0, params={"name": path.name})]
    if kind is None:
        return None, [Diagnostic("file.unknown_kind", file, 0, 0)]
    if not path.is_file():
        return None, [Diagnostic("file.not_a_file", file, 0, 0)]
    with path.open("rb") as stream:
        raw = stream.read(MAX_FILE_BYTES + 1)
    document, problems = load(raw, file)
    if document is None:
        return None, problems
    if not isinstance(document.data, dict):
        return None, [*problems, Diagnostic("file.not_mapping", file, 1, 1,
                                             params={"found": document.data})]
    model = _model_for(kind, path, document.data)
    if model is None:
        line, column = document.locate(("kind",))
        return None, [*problems, Diagnostic(
            "vocabulary_kind", file, line, column, "kind",
            {"found": document.data.get("kind"), "options": ", ".join(sorted(VOCABULARY_MODELS))})]
    try:
        validated = model.model_validate(document.data)
    except ValidationError as error:
        return None, problems + schema_diagnostics(error, model, document, file)
    problems.extend(_name_checks(kind, path, file, document, validated))
    return LoadedRecord(kind, file, document, validated), problems


def _model_for(kind: str, path: Path, data: dict[str, Any]) -> type[BaseModel] | None:
    if kind == "project":
        return Project
    if kind == "method":
        return Method
    return VOCABULARY_MODELS.get(str(data.get("kind")))


def _name_checks(kind: str, path: Path, file: str, document: Document,
                 model: Any) -> list[Diagnostic]:
    expected = model.kind if kind == "vocabulary" else model.id
    if path.stem == expected:
        return []
    field_name = "kind" if kind == "vocabulary" else "id"
    line, column = document.locate((field_name,))
    return [Diagnostic("file_name", file, line, column, field_name,
                       {"found": path.name, "expected_name": f"{expected}.yml"},
                       Severity.ERROR)]


def is_within(path: Path, root: Path) -> bool:
    return os.path.commonpath([path.resolve(), root.resolve()]) == str(root.resolve())
