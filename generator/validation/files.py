"""Check every record file on its own: from the cache where the file is unchanged, and
on several processors when many files have to be read from scratch."""

from __future__ import annotations

import gc
import multiprocessing
import os
from pathlib import Path

from generator.validation.cache import ValidationCache
from generator.validation.filecheck import FileResult, check_file
from generator.validation.load import display_path, read_limited, refusal
from generator.yamlsource import MAX_FILE_BYTES

# Below this many files to read, starting worker processes costs more than it saves.
PARALLEL_FROM = 200

Checked = tuple[Path, str, FileResult]
"""A file as given, as shown in messages, and what checking it alone found."""


def available_processors() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def check_files(paths: list[Path], cache: ValidationCache | None = None,
                workers: int = 1) -> list[Checked]:
    """Each file's own result, in the order given. With more than one worker, results
    read from scratch come without the schema model (see `Result.catalog`)."""
    named = [(path, display_path(path)) for path in paths]
    results: list[FileResult | None] = []
    for path, file in named:
        refused = refusal(path, file)
        results.append(FileResult(refused, None) if refused else _cached(path, file, cache))
    missing = [index for index, result in enumerate(results) if result is None]
    if workers > 1 and len(missing) >= PARALLEL_FROM:
        jobs = [(*named[index], cache) for index in missing]
        context = multiprocessing.get_context(_start_method())
        # No search for reference cycles in the workers either (see `run.validate`).
        with context.Pool(workers, initializer=gc.disable) as pool:
            fresh = pool.map(_check_in_worker, jobs,
                             chunksize=max(1, len(jobs) // (workers * 8)))
    else:
        fresh = [_check(*named[index], cache) for index in missing]
    for index, result in zip(missing, fresh, strict=True):
        results[index] = result
    return [(path, file, result) for (path, file), result in zip(named, results, strict=True)
            if result is not None]


def _start_method() -> str:
    # Forking shares the imported schema with the workers; elsewhere they import it anew.
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _cached(path: Path, file: str, cache: ValidationCache | None) -> FileResult | None:
    if cache is None:
        return None
    raw = read_limited(path)
    if len(raw) > MAX_FILE_BYTES:
        return None
    return cache.get(cache.key(path.parent.name, path.name, raw), file)


def _check(path: Path, file: str, cache: ValidationCache | None) -> FileResult:
    if cache is None:
        return check_file(path, file)
    # Read again rather than trusting the bytes hashed earlier: the result is stored under
    # the key of exactly the bytes it was computed from, even if the file just changed.
    raw = read_limited(path)
    result = check_file(path, file, raw)
    if len(raw) <= MAX_FILE_BYTES:
        cache.put(cache.key(path.parent.name, path.name, raw), result)
    return result


def _check_in_worker(job: tuple[Path, str, ValidationCache | None]) -> FileResult:
    result = _check(*job)
    result.record = None  # the model stays behind: sending it back costs more than it saves
    return result
