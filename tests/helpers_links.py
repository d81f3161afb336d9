"""The link checker: every reference on every page of a built site resolves, and English pages
stay in the English tree. Used on both engines' builds (tests/test_links.py for MkDocs and
the real catalogue, tests/test_zensical.py for Zensical and the fixture catalogue)."""

from __future__ import annotations

import html
import posixpath
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

REFERENCES = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src",
              "iframe": "src", "form": "action", "area": "href", "use": "href"}
@cache
def ids(page: Path) -> frozenset[str]:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    return frozenset({str(element["id"]) for element in soup.select("[id]")} |
                     {str(element["name"]) for element in soup.select("a[name]")})


def page_url(site: Path, page: Path) -> str:
    """The URL path a file is served at: `/en/projects/sin/` for en/projects/sin/index.html."""
    relative = page.relative_to(site).as_posix()
    return "/" + (relative.removesuffix("index.html") if relative.endswith("index.html")
                  else relative)


def references(site: Path) -> Iterator[tuple[Path, str, str]]:
    """(page, tag, reference) for every link and resource on every page."""
    for page in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag, attribute in REFERENCES.items():
            for element in soup.find_all(tag):
                value = element.get(attribute) or element.get("xlink:href")
                if isinstance(value, str):
                    yield page, tag, html.unescape(value).strip()


def target_file(site: Path, page: Path, path: str) -> Path | None:
    """The file a site-internal path leads to, or None when it leaves the site."""
    base = page_url(site, page)
    joined = path if path.startswith("/") else posixpath.join(posixpath.dirname(base), path)
    if not path.startswith("/") and posixpath.normpath(
            posixpath.join(posixpath.dirname(base).lstrip("/"), path)).startswith(".."):
        return None  # climbs above the site root: breaks when served under a sub-path
    # Browsers stop `..` at the root, as normpath does for absolute paths (404 pages).
    normal = posixpath.normpath(unquote(joined))
    file = site / normal.lstrip("/")
    return file / "index.html" if file.is_dir() or joined.endswith("/") else file


def broken_references(site: Path) -> list[str]:
    """Every internal reference that leads to no file, leaves the site, or names an id
    the target page lacks."""
    problems = []
    for page, tag, reference in references(site):
        parts = urlsplit(reference)
        if parts.scheme or parts.netloc:
            continue  # links out: tests/test_links.py judges them
        where = page.relative_to(site).as_posix()
        target = target_file(site, page, parts.path) if parts.path else page
        if target is None:
            problems.append(f"{where}: <{tag}> {reference} leaves the site")
        elif not target.is_file():
            problems.append(f"{where}: <{tag}> {reference} -> missing {target}")
        elif parts.fragment and target.suffix == ".html" and \
                unquote(parts.fragment) not in ids(target):
            problems.append(f"{where}: <{tag}> {reference} -> no id {parts.fragment!r}")
    return problems


def cross_language_links(site: Path, folder: str = "en") -> list[str]:
    """References from a page in `folder` to a page outside it, but for the ones that must
    name the other language: the language switch and the hreflang links."""
    problems = []
    for page in sorted((site / folder).rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for element in soup.select("a[href], link[href], form[action]"):
            if "vta-language__link" in (element.get("class") or []) or (
                    element.name == "link" and element.get("hreflang")):
                continue
            reference = html.unescape(str(element.get("href") or element.get("action")))
            parts = urlsplit(reference)
            if parts.scheme or parts.netloc or not parts.path:
                continue
            target = target_file(site, page, parts.path)
            if target is not None and target.suffix == ".html" and \
                    not target.resolve().is_relative_to((site / folder).resolve()):
                problems.append(f"{page.relative_to(site).as_posix()}: <{element.name}> "
                                f"{reference} leads out of {folder}/")
    return problems
