"""Planted validation cache entries and build folders: never run, never trusted.

The cache is in the working tree, and its keys are computed from public data, so a pull
request can commit an entry for any record (`git add -f build/…`). A pickle there would run
its code on a reviewer's machine; a well-formed JSON entry would vouch for a broken record.
Entries are JSON, checked on reading, and a cache (or a Markdown folder) that git tracks is
not used at all.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
from contextlib import redirect_stderr, redirect_stdout
from io import StringIO
from pathlib import Path

import pytest
from hostile_build import CONTENT, content_copy, previous_site, tree_digest

from generator.cli import main
from generator.validation.cache import DEFAULT_CACHE, ValidationCache
from generator.validation.report import format_json
from generator.validation.run import validate

RECORD = "projects/goinge-forward.yml"
BROKEN = b"ownr: haninge-kommun\n"


class Planted:
    """Unpickling this creates `marker`: the proof that a pickle ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return open, (str(self.marker), "w")


def report(content: Path, cache: ValidationCache | None) -> str:
    result = validate(content, cache=cache)
    return format_json(result.diagnostics, len(result.files), "en")


def entry_path(cache: ValidationCache, content: Path, name: str = RECORD) -> Path:
    record = content / name
    return Path(cache._path(cache.key(record.parent.name, record.name, record.read_bytes())))


def plant(path: Path, blob: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(blob)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return content_copy(tmp_path)


def test_a_planted_pickle_is_never_run(content: Path, tmp_path: Path) -> None:
    marker = tmp_path / "pickle-ran"
    payload = pickle.dumps(Planted(marker))
    cache = ValidationCache(tmp_path / "cache")
    expected = report(content, None)
    for record in sorted(content.glob("*/*.yml")):
        relative = record.relative_to(content).as_posix()
        entry = entry_path(cache, content, relative)
        plant(entry, payload)
        plant(entry.with_suffix(".pickle"), b"vta-validation-1\n" + payload)
    assert report(content, cache) == expected
    assert not marker.exists()


MALFORMED = {
    "not-json": lambda entry: b"{\"format\": ",
    "pickle-bytes": lambda entry: pickle.dumps(entry),
    "wrong-format": lambda entry: {**entry, "format": "vta-validation-1"},
    "wrong-key": lambda entry: {**entry, "key": "0" * 64},
    "extra-field": lambda entry: {**entry, "trusted": True},
    "line-as-text": lambda entry: {**entry, "problems": [{
        "code": "missing", "file": "x", "line": "1", "column": 1, "field": "", "params": {},
        "severity": "error"}]},
    "position-as-floats": lambda entry: {**entry, "summary": {
        **entry["summary"], "id_position": [1.0, 2.0]}},
    "unknown-tag": lambda entry: {**entry, "problems": [{
        "code": "missing", "file": "x", "line": 1, "column": 1, "field": "",
        "params": {"found": {"pickle": "gASV"}}, "severity": "error"}]},
    "unknown-severity": lambda entry: {**entry, "problems": [{
        "code": "missing", "file": "x", "line": 1, "column": 1, "field": "", "params": {},
        "severity": "fatal"}]},
    "summary-missing-a-field": lambda entry: {**entry, "summary": {
        name: value for name, value in entry["summary"].items() if name != "dates"}},
    "nested-100000-deep": lambda entry: json.dumps({**entry, "problems": []}).encode().replace(
        b'"problems": []', b'"problems": [{"code": "missing", "file": "x", "line": 1, '
        b'"column": 1, "field": "", "severity": "error", "params": {"found": '
        + b"[" * 100_000 + b"]" * 100_000 + b"}}]"),
}


@pytest.mark.parametrize("damage", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_entry_is_ignored_and_the_file_checked_again(
        content: Path, tmp_path: Path, damage: object) -> None:
    cache = ValidationCache(tmp_path / "cache")
    expected = report(content, cache)
    entry = entry_path(cache, content)
    damaged = damage(json.loads(entry.read_bytes()))  # type: ignore[operator]
    entry.write_bytes(damaged if isinstance(damaged, bytes) else json.dumps(damaged).encode())
    # A later run reads the damaged file (a cache object keeps what it read in memory).
    assert report(content, ValidationCache(tmp_path / "cache")) == expected
    assert json.loads(entry.read_bytes())["format"] == "vta-validation-2", "rewritten"


def git(folder: Path, *arguments: str) -> None:
    subprocess.run(["git", "-C", str(folder), *arguments], check=True, capture_output=True)


def cli(argv: list[str]) -> tuple[int, str]:
    out = StringIO()
    with redirect_stdout(out), redirect_stderr(out):
        code = main(argv)
    return code, out.getvalue()


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git checkout holding the content, with build/ ignored as in the real repository."""
    shutil.copytree(CONTENT, tmp_path / "content")
    (tmp_path / ".gitignore").write_text("/build/\n/site/\n", encoding="utf-8")
    git(tmp_path, "init", "-q")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def forged_entries(checkout: Path) -> None:
    """A pull request breaks a record and commits cache entries that call it valid."""
    record = checkout / "content" / RECORD
    arguments = ["validate", "--format", "json"]
    assert cli(arguments)[0] == 0
    cache = ValidationCache(DEFAULT_CACHE)
    good = Path(cache._path(cache.key("projects", record.name, record.read_bytes())))
    record.write_bytes(record.read_bytes().replace(b"owner: ", b"ownr: ", 1))
    forged = Path(cache._path(cache.key("projects", record.name, record.read_bytes())))
    entry = json.loads(good.read_bytes())
    entry["key"] = forged.stem
    plant(forged, json.dumps(entry).encode())
    git(checkout, "add", "-f", "build/cache")


@pytest.mark.parametrize(("language", "message"), [
    ("en", "build/cache/validation: error: The validation cache is part of the repository: "
           "git tracks {count} file(s) in it, such as {example}, so it is not used.\n"
           "    Expected: a cache folder that git ignores (build/ is never committed)\n"
           "    How to fix: Remove the files from the repository with \"git rm -r --cached "
           "build/\" and commit that. Every record was checked from scratch this time.\n"),
    ("sv", "build/cache/validation: fel: Valideringens cache ingår i repot: git följer {count} "
           "fil(er) i den, t.ex. {example}, så den används inte.\n"
           "    Förväntat: en cache-mapp som git inte följer (build/ checkas aldrig in)\n"
           "    Så rättar du: Ta bort filerna ur repot med \"git rm -r --cached build/\" och "
           "checka in det. Alla poster kontrollerades från början den här gången.\n"),
])
def test_a_tracked_cache_is_refused_and_the_forged_entry_not_believed(
        checkout: Path, language: str, message: str) -> None:
    forged_entries(checkout)
    tracked = sorted(path.relative_to(checkout).as_posix()
                     for path in (checkout / "build" / "cache").rglob("*.json"))
    code, out = cli(["validate", "--lang", language])
    assert code == 1
    assert f"content/{RECORD}:" in out and "ownr" in out, "the broken record is reported"
    first = subprocess.run(["git", "ls-files", "build/cache"], capture_output=True, text=True,
                           check=True).stdout.split()[0]
    assert message.format(count=len(tracked), example=first) in out


def test_an_untracked_cache_is_used_as_before(checkout: Path) -> None:
    first = cli(["validate"])
    assert first[0] == 0
    assert not ValidationCache(DEFAULT_CACHE).tracked
    assert list((checkout / DEFAULT_CACHE).rglob("*.json"))
    assert cli(["validate"]) == first


def test_a_build_with_a_tracked_markdown_folder_is_refused(checkout: Path) -> None:
    """A link committed into build/md would make the build write through it."""
    victim = checkout / "victim"
    victim.mkdir()
    (checkout / "build" / "md" / "sv").mkdir(parents=True)
    os.symlink(victim, checkout / "build" / "md" / "sv" / "projects")
    git(checkout, "add", "-f", "build/md")
    site = previous_site(checkout)
    before = tree_digest(site)
    code, out = cli(["build", "--lang", "en", "--content", str(checkout / "content"),
                     "--markdown-dir", "build/md", "--site-dir", str(site)])
    assert (code, list(victim.iterdir())) == (1, [])
    assert out.startswith("Build stopped: git tracks 1 file(s) in the Markdown folder build/md, "
                          "such as build/md/sv/projects.")
    assert tree_digest(site) == before
