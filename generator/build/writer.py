"""Write a Markdown tree, touching only files whose bytes changed."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, field
from pathlib import Path

from generator.page import Page


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)


def write_tree(pages: list[Page], root: Path, same: Set[str] = frozenset(),
               held: Set[str] | None = None) -> WriteReport:
    """Make `root` hold exactly `pages`.

    Unchanged files keep their modification time, so a watching server or a
    later incremental step sees only real changes. The paths in `same` are known to
    hold the bytes written last time (the preview's reused pages): not read again.
    `held`: the paths `root` held after this process last wrote it (the preview's); then
    only those no longer wanted are deleted, instead of walking thousands of folders to
    find what else is there.
    """
    report = WriteReport()
    wanted: set[Path] = set()
    for page in pages:
        target = root / page.path
        wanted.add(target)
        if page.path in same and target.is_file():
            report.unchanged.append(page.path)
            continue
        data = page.markdown.encode("utf-8")
        if target.is_file() and target.read_bytes() == data:
            report.unchanged.append(page.path)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        report.written.append(page.path)
    if held is not None:
        _delete(root, sorted(held - {page.path for page in pages}), report)
    elif root.is_dir():
        for existing in sorted(root.rglob("*"), reverse=True):
            if existing.is_file() and existing not in wanted:
                existing.unlink()
                report.deleted.append(existing.relative_to(root).as_posix())
            elif existing.is_dir() and not any(existing.iterdir()):
                existing.rmdir()
    return report


def _delete(root: Path, paths: list[str], report: WriteReport) -> None:
    for path in paths:
        target = root / path
        target.unlink(missing_ok=True)
        report.deleted.append(path)
        folder = target.parent
        while folder != root and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
