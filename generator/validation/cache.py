"""Remember each file's own validation result, so an unchanged record is not read again.

An entry is keyed by the SHA-256 of the file's bytes, its name and kind folder (the file
name check and the model depend on them), and a fingerprint of everything that decides
the result: the validator's and schema's code, the messages, the library versions. Any
change to either gives a new key, so a stale entry is never used. Entries live in a folder
named after the fingerprint, and the first write of a run removes the folders of older
fingerprints, so a changed validator does not leave megabytes behind.

Entries are pickles in the git-ignored build folder: only ever read from a folder this
checkout wrote. An entry that cannot be read, is cut short or does not match its key is
ignored and rebuilt; the cache can only save time, never change a result.
"""

from __future__ import annotations

import hashlib
import os
import pickle
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
from generator.validation.filecheck import FileResult, Summary

DEFAULT_CACHE = Path("build/cache/validation")
_PACKAGE = Path(__file__).resolve().parent.parent
# Whatever the per-file result depends on (with the versions of the libraries the schema
# uses; the goal-judgement check reads figures with the analysis). Messages do not (they
# are rendered later), but including them costs nothing.
_SOURCES = ("yamlsource.py", "diagnostics.py", "schema", "analysis", "validation", "i18n")
_MAGIC = b"vta-validation-1\n"
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
        return os.path.join(self._folder, key[:2], f"{key}.pickle")

    def get(self, key: str, file: str) -> FileResult | None:
        """The stored result for `key`, with `file` as the place shown, or None."""
        try:
            with open(self._path(key), "rb") as stream:
                blob = stream.read()
            header = _MAGIC + key.encode() + b"\n"
            if not blob.startswith(header):
                return None
            problems, summary = pickle.loads(blob[len(header):])  # trusted: see above
            if not isinstance(problems, list) or not all(
                    isinstance(problem, Diagnostic) for problem in problems) or not (
                    summary is None or isinstance(summary, Summary)):
                return None
        except Exception:  # any damage just means "not cached"
            return None
        return FileResult([problem.in_file(file) for problem in problems], summary)

    def put(self, key: str, result: FileResult) -> None:
        if not self._pruned:
            self._prune_older_generations()
        target = Path(self._path(key))
        temporary = None
        try:
            blob = pickle.dumps((result.problems, result.summary),
                                protocol=pickle.HIGHEST_PROTOCOL)
            target.parent.mkdir(parents=True, exist_ok=True)
            # Written aside and renamed, so a reader never sees half an entry.
            handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as stream:
                stream.write(_MAGIC + key.encode() + b"\n" + blob)
            os.replace(temporary, target)
        except Exception:  # a cache that cannot be written only makes the next run slower
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)
