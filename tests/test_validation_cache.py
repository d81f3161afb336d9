"""The validation cache: it may only save time, never change what the validator reports."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest
from helpers_validation import INVALID, REPO

from generator.cli import main
from generator.validation import files as files_module
from generator.validation.cache import ValidationCache
from generator.validation.cache_format import CachedSummary, decode, encode
from generator.validation.filecheck import FileResult, check_file
from generator.validation.report import format_json
from generator.validation.run import validate
from generator.validation.summary import Summary

CONTENT = REPO / "tests" / "fixtures" / "catalogue"
PROJECT = "projects/goinge-forward.yml"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


def report(content: Path, cache: ValidationCache | None, paths: list[Path] | None = None,
           workers: int = 1) -> str:
    result = validate(content, paths, cache=cache, workers=workers)
    return format_json(result.diagnostics, len(result.files), "en")


def entries(cache: ValidationCache) -> list[Path]:
    return sorted(cache.root.rglob("*.json"))


def test_second_run_is_served_from_the_cache_with_the_same_report(content: Path,
                                                                  tmp_path: Path) -> None:
    cache = ValidationCache(tmp_path / "cache")
    first = report(content, cache)
    assert len(entries(cache)) == len(list(content.glob("*/*.yml")))
    written = {path: path.stat().st_mtime_ns for path in entries(cache)}
    assert report(content, cache) == first == report(content, None)
    assert {path: path.stat().st_mtime_ns for path in entries(cache)} == written


def test_an_edited_file_is_validated_again(content: Path, tmp_path: Path) -> None:
    cache = ValidationCache(tmp_path / "cache")
    assert '"errors": 0' in report(content, cache)
    record = content / PROJECT
    record.write_text(record.read_text(encoding="utf-8").replace("owner:", "ownr:", 1),
                      encoding="utf-8")
    edited = report(content, cache)
    assert '"code": "unknown_key"' in edited and "ownr" in edited
    assert edited == report(content, None)


def test_an_unchanged_file_still_sees_a_reference_broken_elsewhere(content: Path,
                                                                    tmp_path: Path) -> None:
    # The project is served from the cache; the method it refers to is gone.
    cache = ValidationCache(tmp_path / "cache")
    report(content, cache)
    (content / "methods" / "job-club.yml").unlink()
    after = report(content, cache)
    assert '"code": "unknown_reference"' in after
    assert after == report(content, None)


def _reshaped(blob: bytes) -> bytes:
    entry = json.loads(blob)
    entry["problems"] = [["not", "a result"]]
    return json.dumps(entry).encode()


@pytest.mark.parametrize("damage", [
    lambda blob: b"",
    lambda blob: blob[: len(blob) // 2],
    lambda blob: b"\x80\x05garbage",
    _reshaped,
    lambda blob: blob.replace(b"vta-validation", b"something-else", 1),
], ids=["empty", "cut-short", "not-json", "wrong-shape", "wrong-format"])
def test_a_damaged_entry_is_ignored_silently(content: Path, tmp_path: Path,
                                             damage: object) -> None:
    cache = ValidationCache(tmp_path / "cache")
    expected = report(content, cache)
    for path in entries(cache):
        path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    assert report(content, cache) == expected


def test_an_unreadable_cache_folder_only_makes_it_slower(content: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    assert report(content, ValidationCache(blocker)) == report(content, None)


def test_an_entry_under_the_wrong_key_never_makes_a_broken_record_valid(
        content: Path, tmp_path: Path) -> None:
    cache = ValidationCache(tmp_path / "cache")
    record = content / PROJECT
    good = record.read_bytes()
    report(content, cache)
    broken = good.replace(b"owner:", b"ownr:", 1)
    record.write_bytes(broken)
    # Someone copies the entry of the good version to where the broken one's would go.
    good_entry = cache._path(cache.key("projects", record.name, good))
    broken_entry = Path(cache._path(cache.key("projects", record.name, broken)))
    broken_entry.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(good_entry, broken_entry)
    assert '"code": "unknown_key"' in report(content, cache)


def test_a_record_refused_once_stays_refused_from_the_cache(content: Path,
                                                            tmp_path: Path) -> None:
    cache = ValidationCache(tmp_path / "cache")
    record = content / PROJECT
    record.write_bytes(record.read_bytes() + b"owner: again\n")
    cold = report(content, cache)
    assert '"code": "yaml.duplicate_key"' in cold
    assert report(content, cache) == cold


def test_a_renamed_file_is_not_taken_for_the_old_one(content: Path, tmp_path: Path) -> None:
    # Same bytes, new name: the file name check must run again.
    cache = ValidationCache(tmp_path / "cache")
    report(content, cache)
    (content / PROJECT).rename(content / "projects" / "another-name.yml")
    renamed = report(content, cache)
    assert '"code": "file_name"' in renamed
    assert renamed == report(content, None)


def test_broken_examples_report_the_same_with_without_and_from_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    cache = ValidationCache(tmp_path / "cache")
    paths = [INVALID]
    plain = report(CONTENT, None, paths)
    assert '"errors": 0' not in plain
    assert report(CONTENT, cache, paths) == plain  # filling the cache
    assert report(CONTENT, cache, paths) == plain  # served from it


def test_several_processes_report_the_same_in_the_same_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    monkeypatch.setattr(files_module, "PARALLEL_FROM", 1)
    paths = [INVALID]
    plain = report(CONTENT, None, paths)
    assert report(CONTENT, None, paths, workers=2) == plain
    assert report(CONTENT, ValidationCache(tmp_path / "cache"), paths, workers=2) == plain


def test_catalogue_is_complete_when_records_come_from_the_cache(content: Path,
                                                                tmp_path: Path) -> None:
    cache = ValidationCache(tmp_path / "cache")
    expected = validate(content).catalog
    validate(content, cache=cache)
    cached = validate(content, cache=cache).catalog
    assert cached.projects == expected.projects
    assert cached.methods == expected.methods
    assert cached.vocabularies == expected.vocabularies
    assert cached.files == expected.files


def test_cli_keeps_the_cache_in_build_and_no_cache_writes_none(
        content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    arguments = ["validate", "--content", str(content), "--format", "json"]
    assert main([*arguments, "--no-cache"]) == 0
    uncached = capsys.readouterr().out
    assert not (tmp_path / "build").exists()
    assert main(arguments) == 0
    assert capsys.readouterr().out == uncached
    assert list((tmp_path / "build" / "cache" / "validation").rglob("*.json"))
    assert main(arguments) == 0
    assert capsys.readouterr().out == uncached


def test_a_new_validator_version_clears_the_old_entries_and_nothing_else(
        tmp_path: Path) -> None:
    base = tmp_path / "cache"
    stale = base / "0123456789abcdef" / "ab"
    stale.mkdir(parents=True)
    (stale / "old.json").write_bytes(b"old")
    unrelated = base / "notes"
    unrelated.mkdir()
    cache = ValidationCache(base)
    cache.put(cache.key("projects", "x.yml", b"id: x\n"), FileResult([], None))
    assert not (base / "0123456789abcdef").exists()
    assert unrelated.is_dir()
    assert len(list(cache.root.rglob("*.json"))) == 1


def test_every_summary_field_survives_the_cache_exactly() -> None:
    """A field added to `Summary` but not to the cache's format would come back empty from a
    warm cache, and the checks across records would quietly see less (labels for
    suggestions, derived organisations)."""
    assert {field.name for field in dataclasses.fields(Summary)} \
        == set(CachedSummary.model_fields)
    for path in sorted(CONTENT.rglob("*.yml")):
        result = check_file(path, str(path.relative_to(CONTENT)))
        assert result.summary is not None, path
        decoded = decode(encode("key", result.problems, result.summary), "key")
        assert decoded == (result.problems, result.summary), path
