"""Validate the content tree (plus any extra record files) in one pass."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.catalog import Catalog
from generator.diagnostics import Diagnostic, has_errors
from generator.validation.crosscheck import build_catalog, crosscheck
from generator.validation.load import display_path, load_records, record_files

DEFAULT_CONTENT = Path("content")


@dataclass
class Result:
    catalog: Catalog
    diagnostics: list[Diagnostic]
    files: list[str]

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)


def validate(content_root: Path = DEFAULT_CONTENT, paths: list[Path] | None = None) -> Result:
    """Check everything under `content_root` together with `paths`.

    With `paths`, only problems in those files are returned, but the whole
    content tree is still loaded so references and duplicate ids are checked
    against the real catalogue.
    """
    bundled = record_files(content_root)
    known = {display_path(path) for path in bundled}
    chosen = list({display_path(path): path for path in _expand(paths or [])}.values())
    # Anything named that is not already a bundled record is loaded too, even inside the
    # content folder: a mistyped or misplaced path must be reported, not silently skipped.
    extra = [path for path in chosen if display_path(path) not in known]
    loaded = load_records([*bundled, *extra])
    catalog, problems = build_catalog(loaded.records)
    diagnostics = loaded.diagnostics + problems + crosscheck(loaded.records, catalog)
    files = loaded.files
    if paths:
        wanted = {display_path(path) for path in chosen}
        diagnostics = [d for d in diagnostics if d.file in wanted]
        files = [file for file in files if file in wanted]
    diagnostics.sort(key=Diagnostic.sort_key)
    return Result(catalog, diagnostics, files)


def _expand(paths: list[Path]) -> list[Path]:
    expanded: list[Path] = []
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            nested = [p for p in sorted(path.rglob("*")) if p.suffix in (".yml", ".yaml")]
            expanded.extend(nested)
        else:
            expanded.append(path)
    return expanded
