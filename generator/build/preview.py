"""The preview's builds (`python -m generator serve`, issue #18): fast after an edit, never wrong.

After a change to a record or vocabulary the whole catalogue is validated again (from the
validation cache, so unchanged files are not checked again) and the pages are generated
in memory again, those that cannot have changed taken from the last time
(site/incremental.py: a project page whose project and every answer it read are the same;
nothing after a change to a method, a vocabulary or a string). The writer compares only
the pages made again and touches only the Markdown files whose bytes changed,
and MkDocs, kept in this process (mkdocs_live.py), renders only those. Everything else
gets a full build, into a folder beside the site and swapped in like `build` does: the
first build, a change to the theme, the strings or mkdocs.yml (`refresh(everything=True)`),
a page that disappeared, a changed MkDocs configuration, and whatever follows a failed
MkDocs build. A change that does not validate changes nothing in the site.

Pagefind indexes the whole site again after the pages are served (`Reindexer`), in the
background: search may lag the pages by a few seconds, the pages never do.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
import time
from pathlib import Path

from generator.build.mkdocs_live import LiveMkDocs, menu_titles
from generator.build.mkdocs_run import derived_config
from generator.build.pagefind import BUNDLE, index_site
from generator.build.pipeline import (
    BuildOptions,
    Generated,
    Say,
    generate,
    mkdocs_extra,
    swap,
    write_trees,
)
from generator.catalog import Catalog
from generator.i18n import LANGUAGES, t
from generator.routes import language_folder
from generator.safe_output import shown_lines
from generator.site.incremental import IncrementalPages
from generator.validation.cache import ValidationCache
from generator.validation.crosscheck import build_catalog
from generator.validation.load import LoadedRecord, load_record, read_limited
from generator.validation.run import Result


class Preview:
    """The preview site of one content folder, kept up to date one change at a time."""

    def __init__(self, options: BuildOptions, say: Say = print) -> None:
        self.options = options
        self._say = say
        # Beside the Markdown: build/cache/validation with the default folders, the
        # cache `python -m generator validate` keeps too.
        self.cache = ValidationCache(options.md_root.parent / "cache" / "validation")
        self.mkdocs = {language: LiveMkDocs(options.md_root / f"mkdocs.{language}.preview.yml")
                       for language in LANGUAGES}
        self.indexer = Reindexer(options.site_dir, options.lang, say)
        self.records = KeptRecords()
        self.pages = IncrementalPages()
        self._full_needed = True
        self.held: dict[str, set[str]] | None = None
        """Each Markdown tree's paths after the last write; None: not known, walk it."""
        self.problems = ""
        """What the last refresh said when it failed (the page shows it); empty after a
        refresh that succeeded."""

    def refresh(self, *, everything: bool = False) -> bool:
        """Bring the site up to date with the content; True when it is.

        `everything`: something every page may show changed (theme, strings, mkdocs.yml),
        so every page is built again.
        """
        said: list[str] = []

        def say(text: str) -> None:
            said.append(text)
            self._say(text)

        if everything:
            self._full_needed = True
            # The strings or the theme changed: every page is made again, none reused.
            self.pages = IncrementalPages()
            self.held = None
            for live in self.mkdocs.values():
                live.forget()
        ok = self._refresh(say)
        self.problems = "" if ok else "\n".join(said)
        return ok

    def _refresh(self, say: Say) -> bool:
        started = time.perf_counter()
        generated = generate(self.options, say, self.cache, self.records.catalog, self.pages)
        if generated is None:
            return False
        # Before a full build (the first, or after a failure) the folder is walked: whatever
        # else may be there (a `build` into the same folder) goes.
        held, self.held = (None if self._full_needed else self.held), None
        reports = write_trees(self.options, generated.trees, say, generated.reused, held)
        self.held = {language: {page.path for page in pages}
                      for language, pages in generated.trees.items()}
        if any(report.deleted for report in reports.values()):
            # MkDocs' dirty build never removes a page: a full build does.
            self._full_needed = True
        self._write_configs(generated)
        # A changed config (the menu's titles, the site address) rebuilds every page; done
        # in place, MkDocs' full build would empty the site folder while it is served.
        if not self.options.site_dir.is_dir() or any(
                live.stale() for live in self.mkdocs.values()):
            self._full_needed = True
        full = self._full_needed
        if full:
            say(t(self.options.lang, "site.serve.full"))
        # Marked before building: a build that fails half way leaves pages of both
        # versions, and only a full build is sure to replace them all.
        self._full_needed = True
        ok = self._full(generated, say) if full else self._dirty(generated, say)
        if not ok:
            return False
        self._full_needed = False
        written = sum(len(report.written) for report in reports.values())
        say(t(self.options.lang, "site.serve.updated", written=written,
              seconds=f"{time.perf_counter() - started:.1f}"))
        return True

    def _write_configs(self, generated: Generated) -> None:
        """The configs MkDocs reads, written only when they changed (then `stale`)."""
        for language in LANGUAGES:
            derived_config(self.options.project_root, self.options.md_root / language,
                           language, self.mkdocs[language].config_file,
                           mkdocs_extra(language, generated.roots),
                           site_url=generated.roots.get(language),
                           nav_titles=menu_titles(generated.trees[language]))

    def _dirty(self, generated: Generated, say: Say) -> bool:
        for language in LANGUAGES:
            target = self.options.site_dir / language_folder(language)
            outcome = self.mkdocs[language].build(target, dirty=True, epoch=generated.epoch)
            if not outcome.ok:
                say(shown_lines(outcome.output))
                say(t(self.options.lang, "site.build.failed_mkdocs", lang=language))
                return False
        return True

    def _full(self, generated: Generated, say: Say) -> bool:
        site_dir = self.options.site_dir
        work = site_dir.with_name(f".{site_dir.name}.preview-{os.getpid()}")
        shutil.rmtree(work, ignore_errors=True)
        try:
            for language in LANGUAGES:
                outcome = self.mkdocs[language].build(
                    work / language_folder(language), dirty=False, epoch=generated.epoch)
                if not outcome.ok:
                    say(shown_lines(outcome.output))
                    say(t(self.options.lang, "site.build.failed_mkdocs", lang=language))
                    return False
            # The last search index stays until the new one is made, after the swap.
            self.indexer.wait()
            if (site_dir / BUNDLE).is_dir():
                (site_dir / BUNDLE).rename(work / BUNDLE)
            swap(work, site_dir)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return True


class KeptRecords:
    """The records parsed by the last refresh, by file and content.

    With the cache, validation does not parse an unchanged file, and `Result.catalog`
    parses every file again to make the catalogue: longer than validating without the
    cache. The preview parses only files whose bytes changed since its last refresh.
    """

    def __init__(self) -> None:
        self._kept: dict[str, tuple[bytes, LoadedRecord]] = {}

    def catalog(self, result: Result) -> Catalog:
        """What `result.catalog` gives, parsing only new or changed files."""
        kept: dict[str, tuple[bytes, LoadedRecord]] = {}
        records: list[LoadedRecord] = []
        for path, file, checked in result.checked:
            if checked.summary is None:
                continue
            raw = read_limited(path)
            digest = hashlib.sha256(raw).digest()
            previous = self._kept.get(file)
            record = checked.record or (previous[1] if previous and previous[0] == digest
                                        else load_record(path, file, raw)[0])
            if record is not None:
                kept[file] = (digest, record)
                records.append(record)
        self._kept = kept
        return build_catalog(records)


class Reindexer:
    """Pagefind over the whole site, in a thread of its own, once more after every request."""

    def __init__(self, site_dir: Path, lang: str, say: Say) -> None:
        self.site_dir = site_dir
        self.lang = lang
        self._say = say
        self._lock = threading.Lock()
        self._wanted = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._thread: threading.Thread | None = None
        self.failed = False

    def request(self) -> None:
        with self._lock:
            self._idle.clear()
            self._wanted.set()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, daemon=True,
                                                name="pagefind")
                self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Until no index is being made or wanted; False if `timeout` ran out first."""
        return self._idle.wait(timeout)

    def _run(self) -> None:
        while True:
            self._wanted.wait()
            self._wanted.clear()
            started = time.perf_counter()
            error = index_site(self.site_dir, self.lang, in_background=True)
            self.failed = error is not None
            if error:
                self._say(shown_lines(error))
                self._say(t(self.lang, "site.serve.index_failed"))
            else:
                self._say(t(self.lang, "site.serve.indexed",
                            seconds=f"{time.perf_counter() - started:.1f}"))
            with self._lock:
                if not self._wanted.is_set():
                    self._idle.set()
