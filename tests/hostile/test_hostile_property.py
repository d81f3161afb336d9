"""Property: any text as a project's name or summary is refused with a location, or shown
as text. Hypothesis mixes arbitrary Unicode with fragments that mean something to HTML,
Markdown, attr_list, YAML or the bidi algorithm.

A full MkDocs build per example would take seconds, so each example is validated and its
page generated and rendered in-process with the site's Markdown extensions; the real build
command is exercised on the same kinds of input by the other hostile tests.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import markdown
from bs4 import BeautifulSoup
from hostile_build import CONTENT, base_record, dangerous_url, data_block, write_record
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.site.generate import generate
from generator.validation.report import format_text
from generator.validation.run import validate

EXTENSIONS = ["attr_list", "md_in_html", "tables", "def_list", "admonition", "toc"]
FRAGMENTS = ["<script>alert(1)</script>", "<", ">", "&", "&amp;", "&#60;", '"', "'", "`",
             "[x](javascript:alert(1))", "[a [b] c](data:x)", "![i](https://t.example/p)",
             "](", "[", "]", "{: onclick=alert(1) }", "{ #id .cls }", "#", "\n", "\n\n",
             "*", "_", "|", "\\", "javascript:", "\u202e", "\u200b", "\x00", "<!--", "-->",
             "---", "===", "    [r]: javascript:x\n", ": ", "- ", "!!python/object", "&x;",
             "\r", "\u2028", "\x85", "\ufeff", "\u2060", "\u061c", "&#106;avascript:", "&colon;",
             "[x](<javascript:x>)", "![x][r]", "> [r]: ", "(", ")", "<https://x.example>"]
TEXT = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(FRAGMENTS)), max_size=12).map(
    "".join)
RECORD_ID = "fixture-complete-project"
LOCATED = re.compile(rf"{RECORD_ID}\.yml:\d+:\d+: ")


def check(field: str, value: str) -> None:
    record = base_record()
    record[field] = {"sv": value, "en": value}
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "projects").mkdir()
        result = validate(CONTENT, [write_record(Path(folder), record)])
        if not result.ok:
            report = format_text(result.diagnostics, "en")
            assert all(LOCATED.search(line) for line in report.splitlines()
                       if not line.startswith(" ")), report
            return
    for lang in ("sv", "en"):
        page = next(p for p in generate(result.catalog, lang)
                    if p.path == f"projects/{RECORD_ID}/index.md")
        html = BeautifulSoup(markdown.markdown(page.markdown, extensions=EXTENSIONS),
                             "html.parser")
        assert html.find(["img", "iframe", "object", "embed", "style"]) is None
        assert all(data_block(script) for script in html.find_all("script"))
        for element in html.find_all(True):
            assert not any(name.startswith("on") for name in element.attrs), element
            assert not dangerous_url(str(element.get("href", ""))), element
        if field == "name":
            heading = html.find("h1")
            assert heading is not None
            shown = " ".join(heading.get_text(" ").split())
            assert shown.startswith(" ".join(value.split())), "shown as written"


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_name_is_refused_with_a_location_or_shown_as_written(value: str) -> None:
    check("name", value)


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_summary_is_refused_with_a_location_or_rendered_harmless(value: str) -> None:
    check("summary", value)
