"""Which files under a build folder git tracks: content a pull request put there.

`build/` is ignored by git, so everything in it was written on this machine, unless a pull
request forced files in (`git add -f`). Such files are not ours: a planted validation cache
entry would tell a reviewer's `validate` that a broken record is fine, and a planted link in
the Markdown tree would make the build write its pages wherever the link points. So the
commands that read or write a build folder first ask git whether it tracks anything there,
and refuse to use the folder if it does.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

_TIMEOUT_SECONDS = 30


def tracked_files(folder: Path) -> list[Path]:
    """Files under `folder` that git tracks, in git's order; none outside a git checkout,
    without git, or when `folder` does not exist (then nothing in it can be used)."""
    if not os.path.lexists(folder):
        return []
    # Asked from the folder itself (or the folder holding a linked one), so the answer is
    # about the checkout the folder is in, whatever the working folder.
    where = folder if folder.is_dir() and not folder.is_symlink() else folder.parent
    target = "." if where == folder else folder.name
    try:
        listing = subprocess.run(
            ["git", "-C", str(where), "ls-files", "-z", "--", target],
            capture_output=True, timeout=_TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    if listing.returncode != 0:  # not a git checkout
        return []
    names = [name for name in listing.stdout.decode("utf-8", "surrogateescape").split("\0")
             if name]
    return [where / name for name in names]
