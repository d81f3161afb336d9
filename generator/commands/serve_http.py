"""The preview's web server: the site's files, with a reload script and the last errors.

Every HTML page it serves gets a small inline script that waits (one long request to
this server, nothing else) for the next finished rebuild and then reloads the page, and,
while the last change could not be built, a banner with the problems at the top of the
page. The files on disk stay exactly what `build` would write; only the answer differs.
"""

from __future__ import annotations

import html
import re
import threading
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from generator.i18n import LANGUAGES, t

WAIT_PATH = "/.vta-preview/wait"
WAIT_SECONDS = 25.0
"""How long one waiting request is held before the page asks again."""
_LANG = re.compile(rb'<html[^>]*\blang="([a-z]{2})"')
_BODY = re.compile(rb"<body[^>]*>")


class PreviewState:
    """How many rebuilds have finished, and what the last one said if it failed."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        """The language of the terminal's messages, which the banner quotes."""
        self.version = 0
        self.problems = ""
        self._changed = threading.Condition()

    def finished(self, problems: str) -> None:
        """A rebuild finished (`problems` empty when it succeeded): every page reloads."""
        with self._changed:
            self.version += 1
            self.problems = problems
            self._changed.notify_all()

    def wait_after(self, version: int, timeout: float = WAIT_SECONDS) -> int:
        with self._changed:
            self._changed.wait_for(lambda: self.version != version, timeout)
            return self.version


def reload_script(version: int) -> str:
    # A page served during a rebuild asks for the version after its own, so a rebuild
    # that finishes between the answer and the request is not missed.
    return ("<script>(function(){var seen=" + str(version) + ";function wait(){"
            f"fetch('{WAIT_PATH}?after='+seen,{{cache:'no-store'}})"
            ".then(function(r){return r.text();}).then(function(v){"
            "if(Number(v)!==seen){location.reload();}else{wait();}})"
            ".catch(function(){setTimeout(wait,1000);});}wait();})();</script>")


def banner(problems: str, page_lang: str, message_lang: str) -> str:
    """The problems of the last change, at the top of a page in `page_lang`."""
    return (f'<div class="vta-preview-errors" role="alert" lang="{page_lang}" style="'
            "background:#fff4e5;color:#000;border:3px solid #b35900;padding:1rem;"
            'margin:0;font:1rem/1.5 system-ui,sans-serif;position:relative;z-index:10">'
            f'<h2 style="margin:0 0 .5rem;font-size:1.25rem">'
            f'{html.escape(t(page_lang, "site.serve.banner.title"))}</h2>'
            f'<p style="margin:0 0 .5rem">{html.escape(t(page_lang, "site.serve.banner.text"))}'
            f'</p><pre lang="{message_lang}" style="white-space:pre-wrap;margin:0;'
            f'font-size:.875rem">{html.escape(problems)}</pre></div>')


def with_preview(page: bytes, state: PreviewState) -> bytes:
    """`page` with the reload script, and the banner while there are problems."""
    version, problems = state.version, state.problems
    found = _LANG.search(page)
    page_lang = found.group(1).decode() if found else LANGUAGES[0]
    if page_lang not in LANGUAGES:
        page_lang = LANGUAGES[0]
    body = _BODY.search(page)
    if body is None:
        return page
    insert = (banner(problems, page_lang, state.lang) if problems else "") + reload_script(
        version)
    return page[:body.end()] + insert.encode("utf-8") + page[body.end():]


def _empty_page(lang: str) -> bytes:
    title = html.escape(t(lang, "site.serve.banner.title"))
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{title}</title></head><body><main></main></body></html>").encode()


class QuietHandler(SimpleHTTPRequestHandler):
    """Files from a folder, with nothing in the terminal but what went wrong."""

    def log_message(self, format: str, *args: Any) -> None:
        """Requests are not news; build output is."""

    def handle(self) -> None:
        # A browser that leaves a page before it has loaded (a reload, a click) closes the
        # connection mid-answer: nothing went wrong, so no traceback in the terminal.
        try:
            super().handle()
        except ConnectionError:
            self.close_connection = True


class PreviewHandler(QuietHandler):
    """Files from the site folder; HTML pages with the preview's additions."""

    state: PreviewState

    def do_GET(self) -> None:
        address = urlsplit(self.path)
        if address.path == WAIT_PATH:
            self._answer_wait(address.query)
            return
        target = Path(self.translate_path(self.path))
        if target.is_dir() and address.path.endswith("/"):
            target = target / "index.html"
        if target.suffix == ".html" and not target.is_file() and self.state.problems:
            # Nothing has built yet: the problems are the page.
            self._send(200, "text/html; charset=utf-8", with_preview(_empty_page(
                self.state.lang), self.state))
            return
        if target.suffix != ".html" or not target.is_file():
            super().do_GET()
            return
        self._send(200, "text/html; charset=utf-8", with_preview(target.read_bytes(), self.state))

    def _answer_wait(self, query: str) -> None:
        try:
            after = int(parse_qs(query).get("after", ["-1"])[0])
        except ValueError:
            after = -1
        version = self.state.wait_after(after)
        self._send(200, "text/plain; charset=utf-8", str(version).encode())

    def _send(self, status: int, kind: str, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)


def handler_for(site_dir: Path, state: PreviewState) -> type[PreviewHandler]:
    """A handler class serving `site_dir` with `state` (the server makes one per request)."""

    class Bound(PreviewHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(site_dir), **kwargs)

    Bound.state = state
    return Bound
