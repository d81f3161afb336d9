"""The baseline: a plain Material for MkDocs site of hand-written-style pages.

For every Markdown page of one of our generated trees it writes a page at the
same path and of about the same size (in bytes), made of what people write by
hand: headings, paragraphs, lists, a small table, links. The config is plain:
`theme: material` with the language set, no custom_dir, no extra CSS or
JavaScript, no Markdown extensions beyond MkDocs' defaults, and no plugins.

No search plugin, on purpose: our site has no MkDocs search either (Pagefind
indexes it afterwards, timed as a stage of its own), so with the search plugin
the baseline would do work ours never does. The nav lists the same section
pages as ours (generator.routes.NAV_PAGES): without a nav MkDocs lists
every page on every page, which grows with the square of the page count and
would make any baseline slow.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from benchmarks.clock import Timing, timed
from generator.build.mkdocs_run import run_mkdocs
from generator.routes import NAV_PAGES

WORDS = {
    "sv": ["deltagare", "arbetsgivare", "praktik", "handledare", "kommun", "samverkan",
           "insats", "stöd", "arbetsförmedlingen", "matchning", "utbildning", "uppföljning",
           "mål", "resultat", "vägen", "till", "arbete", "projektet", "metoden", "erfarenhet",
           "målgrupp", "ungdomar", "nyanlända"],
    "en": ["participant", "employer", "placement", "supervisor", "municipality",
           "cooperation", "effort", "support", "employment", "service", "matching",
           "training", "follow-up", "goal", "result", "path", "to", "work", "project",
           "method", "experience", "target", "group", "young", "newly", "arrived"],
}
EPOCH = 1_735_689_600
"""2025-01-01: fixed, so the baseline's timestamps never change between runs."""


@dataclass(frozen=True)
class PlainBuild:
    language: str
    timing: Timing
    site: Path


def _sentence(words: list[str], seed: int, length: int) -> str:
    chosen = [words[(seed * 7 + step * 3) % len(words)] for step in range(length)]
    return " ".join(chosen).capitalize() + "."


def _paragraph(words: list[str], seed: int) -> str:
    return " ".join(_sentence(words, seed + step, 8 + (seed + step) % 9) for step in range(5))


def _section(words: list[str], seed: int, home: str) -> str:
    """One hand-written section: heading, prose with a link, a list, sometimes a table."""
    parts = [f"## {_sentence(words, seed, 3).rstrip('.')}", "",
             _paragraph(words, seed), "",
             f"{_sentence(words, seed + 1, 6)} [{words[seed % len(words)]}]({home}).", ""]
    parts += [f"- {_sentence(words, seed + item, 5 + item)}" for item in range(5)]
    parts.append("")
    if seed % 3 == 0:
        parts += ["| " + " | ".join(words[(seed + col) % len(words)] for col in range(3)) + " |",
                  "|---|---|---|"]
        parts += ["| " + " | ".join(str(seed * row + col) for col in range(3)) + " |"
                  for row in range(1, 6)]
        parts.append("")
    return "\n".join(parts)


def plain_page(path: str, size: int, lang: str) -> str:
    """A hand-written-style page of at least `size` bytes (and at most one section more)."""
    words = WORDS[lang]
    home = "../" * path.count("/") + "index.md"
    seed = sum(path.encode("utf-8"))
    parts = [f"# {path.removesuffix('.md').replace('/', ' · ')}\n\n{_paragraph(words, seed)}\n\n"]
    # Counted as it grows: the comparison pages run to megabytes at 5,000 projects.
    written = len(parts[0].encode("utf-8"))
    while written < size:
        parts.append(_section(words, seed + len(parts), home) + "\n")
        written += len(parts[-1].encode("utf-8"))
    return "".join(parts)


def plain_config(docs: Path, lang: str, pages: list[str]) -> str:
    nav = [route.path for route in NAV_PAGES if route.path in pages]
    lines = ["# Written by benchmarks/plain_site.py: the plain Material baseline.",
             f"site_name: Plain baseline ({lang})",
             f"docs_dir: {json.dumps(str(docs.resolve()))}",
             "theme:", "  name: material", f"  language: {lang}",
             "plugins: []", "nav:", *(f"  - {page}" for page in nav), ""]
    return "\n".join(lines)


def write_plain_tree(generated: Path, target: Path, lang: str) -> Path:
    """A plain site mirroring the Markdown pages of `generated`; returns its mkdocs.yml."""
    shutil.rmtree(target, ignore_errors=True)
    docs = target / "docs"
    pages = sorted(path.relative_to(generated).as_posix() for path in generated.rglob("*.md"))
    for page in pages:
        size = (generated / page).stat().st_size
        destination = docs / page
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text(plain_page(page, size, lang), encoding="utf-8")
    config = target / "mkdocs.yml"
    config.write_text(plain_config(docs, lang, pages), encoding="utf-8")
    return config


def build_plain(md_tree: Path, work: Path, lang: str) -> PlainBuild:
    """Write and build the baseline for one language's generated tree."""
    config = write_plain_tree(md_tree, work, lang)
    site = work / "site"
    outcome, timing = timed(partial(run_mkdocs, config, site, EPOCH))
    if not outcome.ok:
        raise RuntimeError(f"the plain baseline ({lang}) failed:\n{outcome.output[-3000:]}")
    return PlainBuild(lang, timing, site)
