"""Which pages the browser accessibility tests visit, and how they reach them.

Pages are found in the built site, not listed: every section's index plus the first
detail page of each section (all of them when a section has only a few, such as
compare/), in both languages. A section another engineer adds is covered the day it
lands. The helpers here serve the site over HTTP on 127.0.0.1 and start Debian's
Chromium; the tests below check the discovery itself.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

LANGUAGE_ROOTS = ("", "en/")
SMALL_SECTION = 4
"""A section with at most this many detail pages has pages of different kinds (compare/)."""
RICH_PAGES = ("projects/goinge-forward/", "projects/sin/", "methods/supported-employment/")
"""Pages with every component: outcome tables, goals, quotes, sources."""
_AXE_PACKAGE = importlib.util.find_spec("axe_playwright_python")
assert _AXE_PACKAGE is not None and _AXE_PACKAGE.origin, "install the test extras"
AXE_SCRIPT = Path(_AXE_PACKAGE.origin).parent / "axe.min.js"
"""axe-core as pinned in pyproject.toml (axe-playwright-python ships it)."""


def _has_page(folder: Path) -> bool:
    return folder.is_dir() and (folder / "index.html").is_file()


def _section(folder: Path, url: str) -> list[str]:
    children = sorted(child for child in folder.iterdir() if _has_page(child))
    subsections = [child for child in children if any(map(_has_page, child.iterdir()))]
    details = [child for child in children if child not in subsections]
    chosen = details if len(details) <= SMALL_SECTION else details[:1]
    urls = [url, *(f"{url}{child.name}/" for child in chosen)]
    for child in subsections:
        urls += _section(child, f"{url}{child.name}/")
    return urls


def page_urls(site: Path) -> list[str]:
    """One page of every kind in both languages, as site-relative URLs (`en/projects/`)."""
    urls: list[str] = []
    for root in LANGUAGE_ROOTS:
        base = site / root
        urls.append(root)
        for folder in sorted(base.iterdir()):
            if _has_page(folder) and f"{folder.name}/" not in LANGUAGE_ROOTS:
                urls += _section(folder, f"{root}{folder.name}/")
        urls += [f"{root}{page}" for page in RICH_PAGES if _has_page(base / page)]
        urls += [f"{root}404.html"] if (base / "404.html").is_file() else []
    return list(dict.fromkeys(urls))


def test_discovery_finds_every_section_in_both_languages(built_site: Path) -> None:
    urls = page_urls(built_site)
    for root in LANGUAGE_ROOTS:
        sections = [f"{root}{d.name}/" for d in (built_site / root).iterdir()
                    if _has_page(d) and f"{d.name}/" not in LANGUAGE_ROOTS]
        assert root in urls and set(sections) <= set(urls)
        for kind in ("projects", "methods", "target-groups", "counties"):
            assert any(url.startswith(f"{root}{kind}/") and url.count("/") > root.count("/") + 1
                       for url in urls), f"a {kind} detail page in {root or 'sv'}"


def test_discovery_samples_large_sections(built_site: Path) -> None:
    """Not every project: one per kind keeps the browser tests fast as the catalogue grows."""
    urls = page_urls(built_site)
    projects = [url for url in urls if url.startswith("projects/") and url != "projects/"]
    assert len(projects) <= 1 + len(RICH_PAGES)
