"""Build step: index the finished site with Pagefind, one index per language.

Pagefind reads `<html lang>` and writes a separate index for Swedish (with
Swedish stemming) and English into `pagefind/` at the site root; a page loads
only its own language's index. Only the article content is indexed: the theme
marks it `data-pagefind-body`, so menus, header and footer stay out. Pagefind's
filter lists come out in a different order on every run; pagefind_stable.py
sorts them so the same site gives the same bytes.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from generator.build.pagefind_stable import UnexpectedFormat, stabilise
from generator.i18n import LANGUAGES, t

BUNDLE = "pagefind"
UNUSED_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js",
                "pagefind-modular-ui.css", "pagefind-component-ui.js",
                "pagefind-component-ui.css", "pagefind-highlight.js")
"""Pagefind's ready-made interfaces: the site has its own, so they are not published."""


def index_site(site: Path, lang: str, *, in_background: bool = False) -> str | None:
    """Write the search bundle into `site`; an error text (in `lang`) when indexing failed.

    `in_background`: at a lower priority (the preview's index, made after the pages are
    served), so that the next edit's pages are not kept waiting for it.
    """
    command = [sys.executable, "-m", "pagefind", "--site", str(site.resolve()),
               "--output-subdir", BUNDLE, "--quiet"]
    if in_background and (nice := shutil.which("nice")):
        command = [nice, "-n", "10", *command]
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    output = (completed.stdout + completed.stderr).strip()
    entry = site / BUNDLE / "pagefind-entry.json"
    if completed.returncode != 0 or not entry.is_file():
        return t(lang, "search.build.failed", output=output)
    try:
        stabilise(site / BUNDLE)
    except (UnexpectedFormat, OSError) as error:
        return t(lang, "search.build.unexpected", detail=str(error))
    languages = sorted(json.loads(entry.read_text(encoding="utf-8")).get("languages", {}))
    missing = [language for language in LANGUAGES if language not in languages]
    if missing:
        return t(lang, "search.build.missing_language", languages=", ".join(missing))
    for name in UNUSED_FILES:
        (site / BUNDLE / name).unlink(missing_ok=True)
    for name in ("pagefind.js", "pagefind-worker.js"):
        _no_word_index_without_words(site / BUNDLE / name)
    return None


WORD_CHUNKS = "let index_resp=this.backend.request_indexes(ptr,term);"
NO_WORD_CHUNKS = 'let index_resp=term?this.backend.request_indexes(ptr,term):"[]";'


def _no_word_index_without_words(script: Path) -> None:
    """Filter-only searches (the explorer without text) fetch no word index.

    Pagefind 1.5.2 asks for every word-index chunk when the search text is
    empty: 2.9 MB at 5,000 projects before the explorer can show anything,
    though a search without words never reads them. Pagefind fixed this after
    1.5.2 (pull request 1317); until the pin moves, the same one-line change
    is made here. A newer Pagefind without the line is left as it is, and
    tests/test_search_explore.py notices if the chunks come back.
    """
    code = script.read_text(encoding="utf-8")
    if code.count(WORD_CHUNKS) == 1:
        script.write_text(code.replace(WORD_CHUNKS, NO_WORD_CHUNKS), encoding="utf-8")

