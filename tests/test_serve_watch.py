"""When the preview looks for changes (commands/serve_watch.py): woken by the file system's
notices for a folder and for a single watched file, polling where there are none."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from generator.commands import serve_watch
from generator.commands.serve_watch import ChangeNotices, watch

NEVER = 600.0
"""An interval no test waits for: whatever wakes the watcher is a notice."""


def _woken_by(change: Path, roots: list[Path], monkeypatch: pytest.MonkeyPatch) -> bool:
    monkeypatch.setattr(serve_watch, "FALLBACK_SECONDS", NEVER)
    notices = ChangeNotices(roots)
    assert notices.working
    checked = threading.Event()
    stop = threading.Event()
    watcher = threading.Thread(target=watch, args=(checked.set, notices,
                                                   lambda: not stop.is_set()), daemon=True)
    watcher.start()
    try:
        change.write_text("changed", encoding="utf-8")
        return checked.wait(30)
    finally:
        stop.set()
        notices.stop()


def test_a_saved_record_wakes_the_watcher(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    content = tmp_path / "content" / "projects"
    content.mkdir(parents=True)
    assert _woken_by(content / "new.yml", [tmp_path / "content"], monkeypatch)


def test_a_watched_file_wakes_the_watcher(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\n", encoding="utf-8")
    assert _woken_by(config, [config, tmp_path / "missing-folder"], monkeypatch)


def test_reading_a_file_does_not_wake_the_watcher(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Every refresh reads every record: that must not look like a change."""
    monkeypatch.setattr(serve_watch, "FALLBACK_SECONDS", NEVER)
    record = tmp_path / "record.yml"
    record.write_text("id: x\n", encoding="utf-8")
    notices = ChangeNotices([tmp_path])
    try:
        assert notices.working
        woken = threading.Event()

        def wake() -> None:
            notices.wait()
            woken.set()
        probe = threading.Thread(target=wake, daemon=True)
        record.read_bytes()
        probe.start()
        assert not woken.wait(0.5)
        record.write_text("id: y\n", encoding="utf-8")
        assert woken.wait(30)
    finally:
        notices.stop()


class _NoWatches:
    """An observer when inotify's limit on watched folders is reached."""

    daemon = False
    stopped = False

    def schedule(self, *args: object, **kwargs: object) -> None:
        raise OSError(28, "inotify watch limit reached")

    def stop(self) -> None:
        _NoWatches.stopped = True


def _no_instance() -> None:
    raise OSError(24, "inotify instance limit reached")


@pytest.mark.parametrize("observer", [_NoWatches, _no_instance], ids=["watches", "instances"])
def test_without_notices_it_polls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  observer: object) -> None:
    monkeypatch.setattr(serve_watch, "Observer", observer)
    monkeypatch.setattr(serve_watch, "POLL_SECONDS", 0.01)
    monkeypatch.setattr(serve_watch, "FALLBACK_SECONDS", NEVER)
    _NoWatches.stopped = False
    notices = ChangeNotices([tmp_path])
    assert not notices.working
    # The watches made before the limit was reached are given back.
    assert _NoWatches.stopped == (observer is _NoWatches)
    looks = []
    watch(lambda: looks.append(1), notices, lambda: len(looks) < 3)
    assert len(looks) == 3
    notices.stop()
