"""When the preview looks for changes: as soon as the file system reports one, and every
`FALLBACK_SECONDS` anyway.

Looking means comparing every watched file's time and size (`serve.snapshot`): at 1,000
projects that walk costs more than a poll interval is worth, and a poll every 0.2 s made a
saved edit wait 0.1 s on average before anything happened. The operating system's change
notices (inotify on Linux, through watchdog, which MkDocs itself depends on) wake the
preview at once instead; the snapshot still decides what changed, so a notice about
nothing of interest (a file in the build folder) costs one walk and no build. Where the
notices cannot be had (a file system without them, too many folders watched) the preview
polls as before, and a slow poll stays on alongside the notices, for file systems that
drop them.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from pathlib import Path

from watchdog.events import (
    EVENT_TYPE_CLOSED_NO_WRITE,
    EVENT_TYPE_OPENED,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver

FALLBACK_SECONDS = 1.0
"""How often to look without a notice, when notices work."""
POLL_SECONDS = 0.2
"""How often to look when they do not."""
SETTLE_SECONDS = 0.03
"""After a notice, how long to wait for the rest of a save (an editor's write and rename)."""


_READ_ONLY = frozenset({EVENT_TYPE_OPENED, EVENT_TYPE_CLOSED_NO_WRITE})
"""Notices of a file read, not changed: every refresh reads every record."""


class _Wake(FileSystemEventHandler):
    def __init__(self, signal: threading.Event) -> None:
        self._signal = signal

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type not in _READ_ONLY:
            self._signal.set()


class ChangeNotices:
    """Wakes a waiting preview when anything under `roots` may have changed."""

    def __init__(self, roots: list[Path]) -> None:
        self._signal = threading.Event()
        self._observer: BaseObserver | None = None
        observer: BaseObserver | None = None
        try:
            observer = Observer()
            for root in roots:
                if root.is_dir():
                    observer.schedule(_Wake(self._signal), str(root), recursive=True)
                elif root.parent.is_dir():
                    # A file (mkdocs.yml): its folder, not recursively.
                    observer.schedule(_Wake(self._signal), str(root.parent), recursive=False)
            observer.daemon = True
            observer.start()
        except OSError:
            # No notices here (inotify's limit on instances or watched folders reached, or a
            # file system without them): polling alone, and the watches made so far given
            # back, or they would use up the limit that just ran out.
            if observer is not None:
                with contextlib.suppress(Exception):
                    observer.stop()
            return
        self._observer = observer

    @property
    def working(self) -> bool:
        return self._observer is not None

    def wait(self) -> None:
        """Until a notice (then a moment for the rest of the save), or the interval."""
        interval = FALLBACK_SECONDS if self.working else POLL_SECONDS
        if self._signal.wait(interval):
            time.sleep(SETTLE_SECONDS)
        self._signal.clear()

    def stop(self) -> None:
        self._signal.set()  # a watcher waiting for the interval sees it should end
        if self._observer is not None:
            self._observer.stop()
            self._observer.join()


def watch(check: Callable[[], object], notices: ChangeNotices,
          running: Callable[[], bool] = lambda: True) -> None:
    """Call `check` after every notice or interval, while `running()`."""
    while running():
        notices.wait()
        if running():
            check()
