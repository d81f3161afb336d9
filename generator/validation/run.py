"""Validate the content tree (plus any extra record files) in one pass."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from generator.catalog import Catalog
from generator.diagnostics import Diagnostic, has_errors
from generator.validation.cache import ValidationCache
from generator.validation.crosscheck import build_catalog, crosscheck
from generator.validation.filecheck import FileResult
from generator.validation.files import check_files
from generator.validation.load import LoadedRecord, display_path, load_record, record_files
from generator.validation.page_paths import reserved_id_problems
from generator.validation.plausible import date_problems
from generator.validation.symlinks import symlink_problems

DEFAULT_CONTENT = Path("content")


@dataclass
class Result:
    diagnostics: list[Diagnostic]
    files: list[str]
    checked: list[tuple[Path, str, FileResult]] = field(default_factory=list, repr=False)

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)

    @property
    def id_positions(self) -> dict[str, tuple[int, int]]:
        """Where each record file gives its id (a vocabulary: its kind)."""
        return {file: result.summary.id_position for _, file, result in self.checked
                if result.summary is not None}

    @cached_property
    def catalog(self) -> Catalog:
        """The valid records as models. Built on first use: a record taken from the cache
        has no model in memory and is read again, which `validate` alone never needs."""
        records: list[LoadedRecord] = []
        for path, file, result in self.checked:
            if result.summary is None:
                continue
            record = result.record or load_record(path, file)[0]
            if record is not None:
                records.append(record)
        return build_catalog(records)


def validate(content_root: Path = DEFAULT_CONTENT, paths: list[Path] | None = None,
             cache: ValidationCache | None = None, workers: int = 1,
             today: dt.date | None = None) -> Result:
    """Check everything under `content_root` together with `paths`.

    With `paths`, only problems in those files are returned, but the whole
    content tree is still loaded so references and duplicate ids are checked
    against the real catalogue. With `cache`, files unchanged since an earlier run
    are not read again; the checks across records always run over every record.
    `workers` > 1 reads many files in that many processes (same result, same order).
    `today` is the day dates are judged against (`plausible`): the real one by default.
    """
    with collector_paused():
        return _validate(content_root, paths, cache, workers, today or dt.date.today())


def _validate(content_root: Path, paths: list[Path] | None, cache: ValidationCache | None,
              workers: int, today: dt.date) -> Result:
    bundled = record_files(content_root)
    known = {display_path(path) for path in bundled}
    chosen = list({display_path(path): path for path in _expand(paths or [])}.values())
    # Anything named that is not already a bundled record is loaded too, even inside the
    # content folder: a mistyped or misplaced path must be reported, not silently skipped.
    extra = [path for path in chosen if display_path(path) not in known]
    checked = check_files([*bundled, *extra], cache, workers)
    diagnostics = [problem for _, _, result in checked for problem in result.problems]
    diagnostics += symlink_problems(content_root)
    summaries = [(file, result.summary) for _, file, result in checked
                 if result.summary is not None]
    diagnostics += crosscheck(summaries)
    diagnostics += reserved_id_problems(summaries)
    diagnostics += [problem for file, summary in summaries
                    for problem in date_problems(file, summary.dates, today)]
    files = [file for _, file, _ in checked]
    if paths:
        wanted = {display_path(path) for path in chosen}
        diagnostics = [d for d in diagnostics if d.file in wanted]
        files = [file for file in files if file in wanted]
    if cache is not None:
        diagnostics += cache.problems()
    diagnostics.sort(key=Diagnostic.sort_key)
    return Result(diagnostics, files, checked)


@contextmanager
def collector_paused() -> Iterator[None]:
    """No search for reference cycles meanwhile. Checking a catalogue makes millions of
    small objects, none in a cycle (measured: nothing to collect afterwards), and Python
    would walk all of them again and again: a quarter of a cold run, most of a warm one."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _expand(paths: list[Path]) -> list[Path]:
    expanded: list[Path] = []
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            nested = [p for p in sorted(path.rglob("*")) if p.suffix in (".yml", ".yaml")]
            expanded.extend(nested)
        else:
            expanded.append(path)
    return expanded
