"""Remember each file's own validation result, so an unchanged record is not read again.

An entry is keyed by the SHA-256 of the file's bytes, its name and kind folder (the file
name check and the model depend on them), and a fingerprint of everything that decides
the result: the validator's and schema's code, the messages, the library versions. Any
change to either gives a new key, so a stale entry is never used. Entries live in a folder
named after the fingerprint, and the first write of a run removes the folders of older
fingerprints, so a changed validator does not leave megabytes behind.

The cache is in the working tree, and a pull request can commit files anywhere in it
(`git add -f`), keys included: they are computed from public data. So:

- entries are JSON (`cache_format`), which nothing runs when it is read, and every entry
  read is checked against its schema; one that does not match is ignored and rebuilt;
- if git tracks anything under the cache folder, the cache is not used at all (neither
  read nor written) and the run says so with an error (`cache.tracked`), so a pull request
  that plants entries fails instead of vouching for its own records.

The cache can only save time, never change a result.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
import tempfile
from functools import cache
from pathlib import Path

import markdown
import pydantic
import pydantic_core
import yaml

from generator.diagnostics import Diagnostic
from generator.tracked import tracked_files
from generator.validation.cache_format import NotStorable, decode, encode
from generator.validation.filecheck import FileResult, Summary
from generator.validation.load import display_path

DEFAULT_CACHE = Path("build/cache/validation")
_PACKAGE = Path(__file__).resolve().parent.parent
# Whatever the per-file result depends on (with the versions of the libraries the schema
# uses; the goal-judgement check reads figures with the analysis, the suggestions ids and
# terms). Messages do not (they are rendered later), but including them costs nothing.
_SOURCES = ("yamlsource.py", "diagnostics.py", "ids.py", "schema", "analysis", "terms",
            "validation", "i18n")
_MAGIC = b"vta-validation-2\n"
_GENERATION = re.compile(r"^[0-9a-f]{16}$")


@cache
def fingerprint() -> bytes:
    digest = hashlib.sha256(_MAGIC)
    digest.update(f"{sys.version}|{yaml.__version__}|{yaml.__with_libyaml__}|{pydantic.VERSION}|"
                  f"{pydantic_core.__version__}|{markdown.__version__}".encode())
    for name in _SOURCES:
        top = _PACKAGE / name
        files = [top] if top.is_file() else sorted(
            path for path in top.rglob("*") if path.suffix in (".py", ".yml"))
        for path in files:
            digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.digest()


class ValidationCache:
    def __init__(self, root: Path = DEFAULT_CACHE) -> None:
        self.base = root
        self.root = root / fingerprint().hex()[:16]
        self._folder = str(self.root)
        self._pruned = False
        self._memory: dict[str, tuple[list[Diagnostic], Summary | None]] = {}
        """Entries this object read or wrote: a long-running preview reads each once."""
        self.tracked = tracked_files(root)
        """Files git tracks under the cache folder: if any, the cache is not used."""

    def problems(self) -> list[Diagnostic]:
        """Why the cache was not used, as a problem of the run (nothing when it was)."""
        if not self.tracked:
            return []
        return [Diagnostic("cache.tracked", display_path(self.base), params={
            "count": len(self.tracked), "example": display_path(self.tracked[0])})]

    def _prune_older_generations(self) -> None:
        """Remove entries written by another validator version (never anything else)."""
        self._pruned = True
        current = self.root.name
        try:
            names = os.listdir(self.base)
        except OSError:
            return
        for name in names:
            if name != current and _GENERATION.match(name):
                shutil.rmtree(os.path.join(self.base, name), ignore_errors=True)

    def key(self, kind_folder: str, name: str, raw: bytes) -> str:
        digest = hashlib.sha256(fingerprint())
        digest.update(f"{kind_folder}/{name}".encode() + b"\0")
        digest.update(raw)
        return digest.hexdigest()

    def _path(self, key: str) -> str:
        # A string, not a Path: thousands of look-ups per run, and pathlib is slow at them.
        return os.path.join(self._folder, key[:2], f"{key}.json")

    def get(self, key: str, file: str) -> FileResult | None:
        """The stored result for `key`, with `file` as the place shown, or None."""
        if self.tracked:
            return None
        stored = self._memory.get(key)
        if stored is None:
            try:
                with open(self._path(key), "rb") as stream:
                    blob = stream.read()
            except OSError:
                return None
            stored = decode(blob, key)  # None for anything but a well-formed entry for `key`
            if stored is None:
                return None
            self._memory[key] = stored
        problems, summary = stored
        return FileResult([problem.in_file(file) for problem in problems], summary)

    def put(self, key: str, result: FileResult) -> None:
        if self.tracked:
            return
        if not self._pruned:
            self._prune_older_generations()
        target = Path(self._path(key))
        temporary = None
        try:
            blob = encode(key, result.problems, result.summary)
            self._memory[key] = (result.problems, result.summary)
            target.parent.mkdir(parents=True, exist_ok=True)
            # Written aside and renamed, so a reader never sees half an entry.
            handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as stream:
                stream.write(blob)
            os.replace(temporary, target)
        except (OSError, NotStorable, ValueError):
            # A result this format cannot hold exactly, or a cache that cannot be written,
            # only makes the next run slower.
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)
