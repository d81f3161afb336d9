"""Make Pagefind's output the same bytes for the same site.

Pagefind 1.5 writes its filter files and the list of filters and sorts in
each language's metadata file in hash-map order, which changes from run to
run (its maintainer confirms only fragments are stable). Here those lists
are sorted and the files renamed after their new contents, and the metadata
file and the entry file are updated to match. Index and fragment files are
left alone: they are already stable.

Each file is gzip of `pagefind_dcd` followed by CBOR: a filter file is
`[name, [[value, [page, …]], …]]`, a metadata file
`[version, pages, index_chunks, [[filter, file], …], [[sort, pages], …], meta_fields]`.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

from generator.build import cbor

SIGNATURE = b"pagefind_dcd"


class UnexpectedFormat(ValueError):
    """Pagefind wrote something this module does not know: its format has changed."""


def stabilise(bundle: Path) -> None:
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    renamed = {old: new for old, new in map(_stable_filter, sorted(bundle.glob("filter/*")))}
    for language in entry.get("languages", {}).values():
        old_meta = bundle / f"pagefind.{language['hash']}.pf_meta"
        language["hash"] = _stable_meta(old_meta, renamed)
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, sort_keys=True,
                                     separators=(",", ":")), encoding="utf-8")


def _stable_filter(path: Path) -> tuple[str, str]:
    """Sort one filter file's values; return its old and new name (without extension)."""
    name, values = _read(path)
    if not isinstance(name, str) or not isinstance(values, list):
        raise UnexpectedFormat(path.name)
    content = [name, sorted([value, sorted(pages)] for value, pages in values)]
    return path.stem, _write(path, content, _prefix(path.stem), 7, "{}.pf_filter")


def _stable_meta(path: Path, renamed: dict[str, str]) -> str:
    meta = _read(path)
    if not isinstance(meta, list) or len(meta) != 6:
        raise UnexpectedFormat(path.name)
    version, pages, chunks, filters, sorts, fields = meta
    filters = sorted([name, renamed.get(file, file)] for name, file in filters)
    content = [version, pages, chunks, filters, sorted(sorts), sorted(fields)]
    return _write(path, content, _prefix(path.stem.removeprefix("pagefind.")), 10,
                  "pagefind.{}.pf_meta")


def _prefix(stem: str) -> str:
    """The language part of a name like `sv_3cffa16`."""
    return stem.rsplit("_", 1)[0]


def _read(path: Path) -> Any:
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        raise UnexpectedFormat(path.name)
    try:
        return cbor.decode(raw[len(SIGNATURE):])
    except (cbor.CborError, UnicodeDecodeError) as error:
        raise UnexpectedFormat(f"{path.name}: {error}") from error


def _write(path: Path, content: Any, prefix: str, digits: int, file_name: str) -> str:
    """Replace `path` by `content` under a name made from its bytes; return that name."""
    raw = SIGNATURE + cbor.encode(content)
    name = f"{prefix}_{hashlib.sha256(raw).hexdigest()[:digits]}"
    path.unlink()
    path.with_name(file_name.format(name)).write_bytes(gzip.compress(raw, mtime=0))
    return name
