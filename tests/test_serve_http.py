"""What the preview's server adds to a page: the reload script, and the problems, if any."""

from __future__ import annotations

import socket
import struct
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.commands.serve_http import PreviewState, handler_for, with_preview
from generator.i18n import t

PAGE = (b'<!doctype html><html lang="en"><head></head><body class="x"><main>Text</main>'
        b"</body></html>")


def test_a_page_without_problems_gets_only_the_reload_script() -> None:
    state = PreviewState("sv")
    soup = BeautifulSoup(with_preview(PAGE, state), "html.parser")
    assert not soup.select(".vta-preview-errors")
    [script] = soup.select("body > script")
    assert "/.vta-preview/wait?after=" in (script.string or "")
    assert soup.select_one("main") is not None and soup.get_text() == "Text"


def test_problems_are_shown_escaped_in_the_pages_language() -> None:
    state = PreviewState("sv")
    state.finished('content/projects/x.yml:3:1: error: <script>alert("x")</script>')
    soup = BeautifulSoup(with_preview(PAGE, state), "html.parser")
    banner = soup.select_one("body > .vta-preview-errors[role=alert]")
    assert banner is not None and banner["lang"] == "en"
    heading = banner.select_one("h2")
    assert heading is not None and heading.get_text() == t("en", "site.serve.banner.title")
    quoted = banner.select_one("pre")
    assert quoted is not None and quoted["lang"] == "sv", "the terminal's language"
    assert '<script>alert("x")</script>' in quoted.get_text()
    assert len(soup.select("script")) == 1, "the record's text is not a script"


def test_a_finished_rebuild_wakes_every_waiting_page() -> None:
    state = PreviewState("en")
    answers: list[int] = []
    waiting = [threading.Thread(target=lambda: answers.append(state.wait_after(0, 60)))
               for _ in range(3)]
    for thread in waiting:
        thread.start()
    state.finished("")
    for thread in waiting:
        thread.join(60)
    assert answers == [1, 1, 1]
    assert state.wait_after(0, 60) == 1, "a page that missed the rebuild learns of it at once"


def test_a_browser_leaving_mid_answer_is_no_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A reload or a click while a large file is still being sent closes the connection;
    the terminal shows the build's output, not a traceback of the server."""
    (tmp_path / "big.bin").write_bytes(b"x" * 20_000_000)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(tmp_path, PreviewState("en")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        client = socket.create_connection(("127.0.0.1", server.server_port))
        client.sendall(b"GET /big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert client.recv(64).startswith(b"HTTP/1.0 200")
        # Closed with a reset, as a browser abandoning the request does.
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        client.close()
    finally:
        server.shutdown()
        server.server_close()  # waits for the request's thread
    assert "Traceback" not in capsys.readouterr().err
