"""Symbolic links anywhere in the content folder: refused, never followed.

A pull request can commit a link. One in place of `content/methods` would make the build
publish records from outside the repository, and pointed at `/etc` the listing alone would
put that folder's file names into messages. So the content folder is walked without
following any link, each link is reported where it stands, and nothing behind one is
listed, opened or even looked at (the link's own entry is all that is read).

Record files directly in a kind folder are not reported here: `load.refusal` reports
each of those (`file.symlink`) together with the record's other checks.
"""

from __future__ import annotations

import os
from pathlib import Path

from generator.diagnostics import Diagnostic
from generator.validation.load import KIND_FOLDERS, display_path


def symlink_problems(content_root: Path) -> list[Diagnostic]:
    """Every link under `content_root` (and the folder itself, if it is one), in path order.

    The content folder and the folders directly in it (projects, methods, vocabularies,
    sources) are folders by their place, so a link there is reported as a linked folder;
    deeper down a link is reported as a file, whatever it points at, since telling would
    mean following it."""
    if os.path.islink(content_root):
        return [Diagnostic("file.symlink_folder", display_path(content_root))]
    problems: list[Diagnostic] = []
    _walk(content_root, problems, depth=0, records=False)
    return sorted(problems, key=Diagnostic.sort_key)


def _walk(folder: Path, problems: list[Diagnostic], *, depth: int, records: bool) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:  # missing or unreadable: the checks that need it say so
        return
    for entry in entries:
        path = folder / entry.name
        if entry.is_symlink():
            if depth == 0:
                problems.append(Diagnostic("file.symlink_folder", display_path(path)))
            elif not records:  # a link among a kind folder's records: `refusal` reports it
                problems.append(Diagnostic("file.symlink", display_path(path)))
        elif entry.is_dir(follow_symlinks=False):
            _walk(path, problems, depth=depth + 1,
                  records=depth == 0 and entry.name in KIND_FOLDERS)

