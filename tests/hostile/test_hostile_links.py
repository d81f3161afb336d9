"""Dangerous URLs in source links and in Markdown: refused with a location, or defused.

Either way no `javascript:`, `data:` or `vbscript:` link and no image from another host
may reach the built site. The Markdown cases include the tricks a regular expression
misses: nested brackets, escaped brackets, reference definitions inside list items.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hostile_build import (
    base_record,
    content_copy,
    located,
    own_scripts,
    previous_site,
    run_build,
    tree_digest,
    unsafe_markup,
    write_record,
)
from schema_walk import put

SOURCE_URLS = [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)",
    "//evil.example/x", "https://x.example/\" onmouseover=\"alert(1)",
    "https://x.example/{:onclick=alert(1)}", "file:///etc/passwd", "https:javascript:alert(1)",
]
MARKDOWN = [
    "[x](javascript:alert(1))", "[x](data:text/html,x)", "[x](vbscript:msgbox(1))",
    "[x](JAVASCRIPT:alert(1))", "[x](<javascript:alert(1)>)", "<javascript:alert(1)>",
    "[x][r]\n\n[r]: javascript:alert(1)", "[x][r]\n\n[r]:\n  javascript:alert(1)",
    "![pixel](https://tracker.example/p.png)", "![pixel][p]\n\n[p]: https://tracker.example/p.png",
    "[![pixel](https://tracker.example/p.png)](https://example.org)",
    # Nested and escaped brackets: Python-Markdown reads these as links.
    "[a [b] c](javascript:alert(1))", "[a [b] c](data:text/html,x)",
    "![a [b] c](https://tracker.example/p.png)", "[\\]](javascript:alert(1))",
    "[`]`](javascript:alert(1))",
    # Reference definitions indented inside a list item or a definition.
    "- item\n\n    [r]: javascript:alert(1)\n\n    see [x][r]",
    "- a\n    - b\n\n        [r]: javascript:alert(1)\n\n        [c][r]",
    "Term\n: [x][r]\n\n    [r]: javascript:alert(1)",
    # Entity and comment tricks.
    "[x](javascript&#58;alert(1))", "[x](&#106;avascript:alert(1))", "<!-- <script> -->",
    "&lt;script&gt;alert(1)&lt;/script&gt;", "[x](https://example.org){: onclick=alert(1) }",
    "Rubrik { #x .md-button onclick=alert(1) }\n===",
    "[x](javascript&colon;alert(1))", "[x](java&Tab;script:alert(1))",
    # Parentheses, angle brackets and backslashes in the address; definitions in a quote.
    "[x](javascript:alert((1)))", "[x](<data:text/html,x>)", "[x](\\\\\\\\evil.example/x)",
    "> [r]: javascript:alert(1)\n\n[x][r]", "![x][logo]\n\n[logo]: https://tracker.example/p",
    # A carriage return is a line break to Python-Markdown: it must not start a heading.
    "Text\r# Rubrik\r===",
    # Relative links: MkDocs --strict refused a link to a .md file it does not have.
    "[x](page.md)", "[x](../x)", "[x](sub/page.md#del)", "[x][r]\n\n[r]: ../page.md",
    "[x](<page.md>)", "[x](2019:1)",
]
PLACES = {"summary": ("summary", "sv"), "outcome-note": ("outcomes", 0, "note", "en")}


def judge(tmp_path: Path, built_site: Path, record: dict[str, Any]) -> None:
    site = previous_site(tmp_path)
    before = tree_digest(site)
    written = write_record(content_copy(tmp_path), record)
    outcome = run_build(tmp_path, written.parent.parent)
    if outcome.code == 1:
        assert located(outcome.output, written), outcome.output
        assert tree_digest(site) == before, "a failed build must not touch the site"
    else:
        assert outcome.code == 0, outcome.output
        assert unsafe_markup(outcome.site, own_scripts(built_site)) == []


@pytest.mark.parametrize("url", SOURCE_URLS)
@pytest.mark.parametrize("field", [("sources", 0, "url"), ("contact", "url")],
                         ids=["source", "contact"])
def test_dangerous_record_url(tmp_path: Path, built_site: Path, url: str,
                              field: tuple[str | int, ...]) -> None:
    record = base_record()
    put(record, field, url)
    judge(tmp_path, built_site, record)


@pytest.mark.parametrize("markdown", MARKDOWN)
@pytest.mark.parametrize("place", PLACES.values(), ids=PLACES.keys())
def test_dangerous_markdown(tmp_path: Path, built_site: Path, markdown: str,
                            place: tuple[str | int, ...]) -> None:
    record = base_record()
    put(record, place, f"Inledning.\n\n{markdown}\n\nSlut.\n")
    judge(tmp_path, built_site, record)
