"""`python -m generator serve`: build, serve site/ locally, update it as sources change.

A change to a record or vocabulary updates only the pages whose Markdown changed (and
every page that shows the change: every page that can show it is generated again,
build/preview.py and site/incremental.py); a
change to the theme, the strings or the MkDocs configuration builds everything again.
Open pages reload by themselves; while the last change does not build, they show its
problems (serve_http.py) and the last good site stays.
"""

from __future__ import annotations

import argparse
import gc
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

from generator.build.pipeline import BuildOptions, Say
from generator.build.preview import Preview
from generator.commands.build import add_build_options, options_from
from generator.commands.serve_http import PreviewState, handler_for
from generator.commands.serve_watch import ChangeNotices, watch
from generator.i18n import strings, t
from generator.site.format.text import fixed_string

WATCHED = ("theme", "generator/i18n", "mkdocs.yml", "mkdocs.en.yml")
"""Files every page may depend on: a change to one builds the whole site again."""
Snapshot = dict[str, tuple[int, int]]


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "serve", help="preview the site locally / förhandsvisa webbplatsen",
        description="Build the site, serve it over HTTP and update it when content, theme, "
                    "strings or MkDocs configuration change; open pages reload by "
                    "themselves and show the problems of a change that does not build.")
    add_build_options(parser)
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument("--host", default="127.0.0.1", help="address (default 127.0.0.1)")
    parser.set_defaults(run=run)


def snapshot(roots: list[Path]) -> Snapshot:
    """Modification time and size of every file under `roots`."""
    state: Snapshot = {}
    for root in roots:
        files = [root] if root.is_file() else sorted(root.rglob("*")) if root.is_dir() else []
        for path in files:
            if path.is_file():
                stat = path.stat()
                state[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return state


def shared_roots(options: BuildOptions) -> list[Path]:
    return [options.project_root / name for name in WATCHED]


def watched_roots(options: BuildOptions) -> list[Path]:
    """Everything `Session.check` compares: the content and the shared files."""
    return [options.content, *shared_roots(options)]


class Session:
    """One preview: the site, what the pages are told, and the files last seen."""

    def __init__(self, options: BuildOptions, say: Say = print) -> None:
        self.options = options
        self.say = say
        self.preview = Preview(options, say)
        self.state = PreviewState(options.lang)
        self.content_seen = snapshot([options.content])
        self.shared_seen = snapshot(shared_roots(options))

    def first_build(self) -> None:
        self._refresh(everything=True)

    def check(self) -> bool:
        """Rebuild if anything changed since the last look; True if something did."""
        content = snapshot([self.options.content])
        shared = snapshot(shared_roots(self.options))
        if content == self.content_seen and shared == self.shared_seen:
            return False
        everything = shared != self.shared_seen
        if everything:
            # The strings are read once per process; a changed message file is read again,
            # and the page generator's copies of strings without parameters are dropped.
            strings.cache_clear()
            fixed_string.cache_clear()
        self.content_seen, self.shared_seen = content, shared
        self.say(t(self.options.lang, "site.serve.rebuilding"))
        if not self._refresh(everything=everything):
            self.say(t(self.options.lang, "site.serve.kept"))
        return True

    def _refresh(self, *, everything: bool) -> bool:
        ok = self.preview.refresh(everything=everything)
        # The pages reload first; the search index follows in the background.
        self.state.finished(self.preview.problems)
        if ok:
            self.preview.indexer.request()
        return ok


def keep_for_the_session() -> None:
    """After the first build, in the preview's own process: what is loaded then (modules,
    templates, the catalogue, the kept pages) lives as long as the preview. Frozen, it is
    left out of Python's full collections, which at 1,000 projects took 0.5 s every few
    edits; what of it later becomes garbage in a cycle stays, one first build's worth."""
    gc.collect()
    gc.freeze()


def run(args: argparse.Namespace) -> int:
    options = options_from(args)
    session = Session(options)
    try:
        server = ThreadingHTTPServer((args.host, args.port),
                                     handler_for(options.site_dir, session.state))
    except OSError as error:
        print(f"{args.host}:{args.port}: {error.strerror}", file=sys.stderr)
        return 1
    server.daemon_threads = True
    session.first_build()
    keep_for_the_session()
    if session.preview.problems and not options.site_dir.is_dir():
        print(t(options.lang, "site.serve.no_site"))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(t(options.lang, "site.serve.url", url=f"http://{args.host}:{args.port}/"))
    notices = ChangeNotices(watched_roots(options))
    try:
        watch(session.check, notices)
    except KeyboardInterrupt:
        pass
    finally:
        notices.stop()
        server.shutdown()
    return 0
