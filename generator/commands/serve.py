"""`python -m generator serve`: build, serve site/ locally, rebuild when sources change."""

from __future__ import annotations

import argparse
import functools
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from generator.build.pipeline import BuildOptions, build
from generator.commands.build import add_build_options, options_from
from generator.i18n import t

WATCHED = ("theme", "generator/i18n", "mkdocs.yml", "mkdocs.en.yml")
POLL_SECONDS = 1.0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "serve", help="preview the site locally / förhandsvisa webbplatsen",
        description="Build the site, serve it over HTTP and rebuild when content, theme, "
                    "strings or MkDocs configuration change.")
    add_build_options(parser)
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument("--host", default="127.0.0.1", help="address (default 127.0.0.1)")
    parser.set_defaults(run=run)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Requests are not news; build output is."""


def snapshot(options: BuildOptions) -> dict[str, tuple[int, int]]:
    """Modification time and size of every watched file."""
    state: dict[str, tuple[int, int]] = {}
    for root in (options.content, *(options.project_root / name for name in WATCHED)):
        files = [root] if root.is_file() else sorted(root.rglob("*")) if root.is_dir() else []
        for path in files:
            if path.is_file():
                stat = path.stat()
                state[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return state


def run(args: argparse.Namespace) -> int:
    options = options_from(args)
    built = build(options)
    if not built and not options.site_dir.is_dir():
        print(t(options.lang, "site.serve.no_site"))
    handler = functools.partial(QuietHandler, directory=str(options.site_dir))
    try:
        server = ThreadingHTTPServer((args.host, args.port), handler)
    except OSError as error:
        print(f"{args.host}:{args.port}: {error.strerror}", file=sys.stderr)
        return 1
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(t(options.lang, "site.serve.url", url=f"http://{args.host}:{args.port}/"))
    try:
        watch(options)
    finally:
        server.shutdown()
    return 0


def watch(options: BuildOptions) -> None:
    seen = snapshot(options)
    while True:
        time.sleep(POLL_SECONDS)
        current = snapshot(options)
        if current == seen:
            continue
        seen = current
        print(t(options.lang, "site.serve.rebuilding"))
        if not build(options):
            print(t(options.lang, "site.serve.kept"))
