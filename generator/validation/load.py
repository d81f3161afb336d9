"""Find record files, read them within limits, and validate each against the schema."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.diagnostics import Diagnostic, FieldPath
from generator.schema import VOCABULARY_MODELS, Method, Project
from generator.schema.types import ID_PATTERN
from generator.validation.schema_errors import broken_path, schema_diagnostics
from generator.yamlsource import MAX_FILE_BYTES, Document, load

KIND_FOLDERS = {"projects": "project", "methods": "method", "vocabularies": "vocabulary"}
IGNORED_NAMES = {"README.md", ".gitkeep"}


@dataclass
class LoadedRecord:
    """A record that could be read. `model` is None when the schema rejected it; the
    cross-checks still run on `data` (skipping `broken` paths) so that every problem in a
    file is reported at once, not one round of fixes at a time."""

    kind: str
    file: str
    document: Document
    model: Any
    broken: set[FieldPath] = field(default_factory=set)

    @property
    def data(self) -> dict[str, Any]:
        if self.model is not None:
            return self.model.model_dump(mode="json")  # type: ignore[no-any-return]
        return self.document.data  # type: ignore[no-any-return]

    def is_broken(self, path: FieldPath) -> bool:
        return any(path[: len(bad)] == bad for bad in self.broken)


@dataclass
class Loaded:
    records: list[LoadedRecord] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def display_path(path: Path) -> str:
    """The path as the reader typed it, relative to the working folder when inside it.

    Normalised (`a/../b` -> `b`) so the same file is always shown, and matched, the same way."""
    # String operations, not pathlib: this runs for every file of every run.
    absolute = os.path.normpath(os.path.join(os.getcwd(), path))
    folder = os.getcwd()
    if absolute.startswith("//") or folder.startswith("//"):  # POSIX's implementation-defined root
        shown = _relative(Path(absolute), Path(folder))
    elif absolute == folder:
        shown = "."
    elif absolute.startswith(folder.rstrip(os.sep) + os.sep):
        shown = absolute[len(folder.rstrip(os.sep)) + 1:]
    else:
        shown = absolute
    return shown if os.sep == "/" else Path(shown).as_posix()


def _relative(absolute: Path, folder: Path) -> str:
    try:
        return absolute.relative_to(folder).as_posix()
    except ValueError:
        return absolute.as_posix()


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


def load_record(path: Path, file: str, raw: bytes | None = None
                ) -> tuple[LoadedRecord | None, list[Diagnostic]]:
    """Read and check one record. `raw` is the file's content when already read (at most
    `MAX_FILE_BYTES + 1` bytes, as `read_limited` reads it)."""
    refused = refusal(path, file)
    if refused:
        return None, refused
    return read_record(path, file, raw)


def read_record(path: Path, file: str, raw: bytes | None = None
                ) -> tuple[LoadedRecord | None, list[Diagnostic]]:
    """`load_record` for a path `refusal` has nothing against."""
    kind = KIND_FOLDERS[path.parent.name]
    if raw is None:
        raw = read_limited(path)
    # Only a file over the limit was read in part; then its real size goes in the message.
    size = path.stat().st_size if len(raw) > MAX_FILE_BYTES else len(raw)
    document, problems = load(raw, file, size=size)
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
    record = LoadedRecord(kind, file, document, None)
    try:
        record.model = model.model_validate(document.data)
    except ValidationError as error:
        problems += schema_diagnostics(error, model, document, file)
        record.broken = {broken_path(detail) for detail in error.errors()}
    problems.extend(_name_checks(kind, path, file, document))
    return record, problems


def refusal(path: Path, file: str) -> list[Diagnostic]:
    """Why `path` is not read as a record at all (nothing when it is a record file)."""
    try:
        # One lstat instead of exists/is_symlink/is_file: this runs for every file every run.
        mode: int | None = os.lstat(path).st_mode
    except (OSError, ValueError):
        mode = None
    if mode is None:
        return [Diagnostic("file.not_a_file", file, 0, 0)]
    if stat.S_ISLNK(mode):
        return [Diagnostic("file.symlink", file, 0, 0)]
    if path.suffix != ".yml":
        code = "file.yaml_suffix" if path.suffix == ".yaml" else "file.not_yaml"
        return [Diagnostic(code, file, 0, 0, params={"name": path.name})]
    if path.parent.name not in KIND_FOLDERS:
        return [Diagnostic("file.unknown_kind", file, 0, 0)]
    if not stat.S_ISREG(mode):
        return [Diagnostic("file.not_a_file", file, 0, 0)]
    return []


def read_limited(path: Path) -> bytes:
    """The file's bytes, but no more than one past the limit: enough to know it is too big."""
    with path.open("rb") as stream:
        return stream.read(MAX_FILE_BYTES + 1)


def _model_for(kind: str, path: Path, data: dict[str, Any]) -> type[BaseModel] | None:
    if kind == "project":
        return Project
    if kind == "method":
        return Method
    return VOCABULARY_MODELS.get(str(data.get("kind")))


def _name_checks(kind: str, path: Path, file: str, document: Document) -> list[Diagnostic]:
    field_name = "kind" if kind == "vocabulary" else "id"
    expected = document.data.get(field_name)
    if not isinstance(expected, str) or not re.match(ID_PATTERN, expected) \
            or path.stem == expected:
        return []
    line, column = document.locate((field_name,))
    return [Diagnostic("file_name", file, line, column, field_name, {
        "name": path.name, "key": field_name, "value": expected,
        "expected_name": f"{expected}.yml"})]

