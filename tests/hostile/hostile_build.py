"""Run the real `build` command on a hostile content folder and judge what came out.

Every hostile case ends in one of two acceptable ways: the build refuses with a
located message (exit 1) and leaves the previous site byte for byte, or it
succeeds (exit 0) and nothing the record said became a script, a handler, an
external resource or a dangerous link.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from io import StringIO
from pathlib import Path
from typing import Any

import yaml
from bs4 import BeautifulSoup, Tag

from generator.cli import main

REPO = Path(__file__).resolve().parents[2]
CONTENT = REPO / "tests" / "fixtures" / "catalogue"
"""The frozen fixture catalogue: hostile cases never depend on what content/ holds."""
VALID = REPO / "tests" / "fixtures" / "valid"
# Complete example records: every field of each model is filled in.
BASE_RECORDS = {"projects": VALID / "projects" / "fixture-complete-project.yml",
                "methods": VALID / "methods" / "fixture-complete-method.yml"}
TRACEBACK = "Traceback (most recent call last)"
# Browsers drop these before reading a URL's scheme, so `java\tscript:` is still javascript.
_URL_NOISE = re.compile(r"[\x00-\x20\t\n\r]")
DANGEROUS_SCHEMES = ("javascript:", "data:", "vbscript:", "file:")
_RELATIVE_BASE = re.compile(r'(?:\.\./)+|(?<=")(?:\.\.|\.|/)(?=")|(?<=")/')
_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster",
                   "srcset", "background", "ping"}
_FORBIDDEN_TAGS = ("iframe", "object", "embed", "base", "meta[http-equiv]")


@dataclass(frozen=True)
class Outcome:
    code: int
    output: str
    site: Path


@contextmanager
def _in_repo() -> Iterator[None]:
    # The build finds mkdocs.yml and theme/ relative to the working folder, as from a checkout.
    before = Path.cwd()
    os.chdir(REPO)
    try:
        yield
    finally:
        os.chdir(before)


def content_copy(folder: Path) -> Path:
    """A private copy of the fixture catalogue to spoil."""
    content = folder / "content"
    shutil.copytree(CONTENT, content)
    return content


def base_record(kind: str = "projects") -> dict[str, Any]:
    data = yaml.safe_load(BASE_RECORDS[kind].read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def write_record(content: Path, data: dict[str, Any], kind: str = "projects",
                 name: str | None = None) -> Path:
    path = content / kind / f"{name or data['id']}.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000),
                    encoding="utf-8")
    return path


def previous_site(folder: Path) -> Path:
    """A stand-in for yesterday's site, which a failed build must leave alone."""
    site = folder / "site"
    (site / "en" / "projects").mkdir(parents=True)
    (site / "index.html").write_text("<html lang=sv>previous</html>", encoding="utf-8")
    (site / "en" / "projects" / "index.html").write_bytes(b"<html lang=en>\xc3\xa5</html>")
    return site


def tree_digest(root: Path) -> dict[str, str]:
    return {path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(root.rglob("*")) if path.is_file()}


def located(output: str, file: Path, *, with_line: bool = True) -> bool:
    """The report names the file, and the line and column when the problem is inside it."""
    where = r":\d+:\d+" if with_line else r"(?::\d+:\d+)?"
    return re.search(rf"{re.escape(file.name)}{where}: error", output) is not None


def run_build(folder: Path, content: Path) -> Outcome:
    """`python -m generator build` in-process, into `folder/site`; any exception fails."""
    site = folder / "site"
    argv = ["build", "--content", str(content), "--site-dir", str(site),
            "--markdown-dir", str(folder / "md"), "--lang", "en"]
    out = StringIO()
    with _in_repo(), redirect_stdout(out), redirect_stderr(out):
        try:
            code = main(argv)
        except SystemExit as stop:  # argparse refusing an option is still a clean exit
            code = stop.code if isinstance(stop.code, int) else 1
    output = out.getvalue()
    assert TRACEBACK not in output, output[-3000:]
    return Outcome(code, output, site)


def dangerous_url(value: str) -> bool:
    cleaned = _URL_NOISE.sub("", value).lower()
    return cleaned.startswith(DANGEROUS_SCHEMES)


def script_signature(script: Tag) -> str:
    """Same for the same script on any page: file name, or the inline code with the
    page's relative base path (`..`, `../..`) taken out."""
    src = script.get("src")
    if src:
        return os.path.basename(str(src))
    code = _RELATIVE_BASE.sub("", script.get_text())
    return "inline:" + hashlib.sha256(code.encode()).hexdigest()[:16]


def own_scripts(site: Path) -> set[str]:
    """Every script of a clean build: the theme's and ours, nothing from records."""
    return {script_signature(script) for html in sorted(site.rglob("*.html"))
            for script in _page(html).find_all("script")}


def _theme_base(html: Path, page: BeautifulSoup) -> bool:
    """The one <base> the theme writes: first in the head of a 404 page (theme/404.html),
    where no record text goes, so it resolves the page's links from the site root."""
    bases = page.select("base")
    head = page.select_one("head")
    return html.name == "404.html" and len(bases) == 1 and head is not None \
        and head.find("base") is bases[0]


def unsafe_markup(site: Path, allowed_scripts: set[str]) -> list[str]:
    """Everything in the built HTML that a record could have smuggled in."""
    problems: list[str] = []
    for html in sorted(site.rglob("*.html")):
        where = html.relative_to(site).as_posix()
        page = _page(html)
        problems += [f"{where}: unknown <script> {script.get_text()[:80]!r}"
                     for script in page.find_all("script")
                     if script_signature(script) not in allowed_scripts
                     and not data_block(script)]
        for element in page.find_all(True):
            for name, value in element.attrs.items():
                text = " ".join(value) if isinstance(value, list) else str(value)
                if name.lower().startswith("on") or (
                        name.lower() in _URL_ATTRIBUTES and dangerous_url(text)):
                    problems.append(f"{where}: <{element.name} {name}={text[:60]!r}>")
        problems += [f"{where}: <{tag}>" for tag in _FORBIDDEN_TAGS for _ in page.select(tag)
                     if not (tag == "base" and _theme_base(html, page))]
        problems += [f"{where}: <img src={img.get('src')!r}>" for img in page.find_all("img")
                     if "//" in str(img.get("src", ""))]
    return problems


def data_block(script: Tag) -> bool:
    """JSON (such as JSON-LD) that browsers never run, and that no record text broke out of."""
    if script.get("type") not in ("application/json", "application/ld+json"):
        return False
    try:
        json.loads(script.get_text())
    except ValueError:
        return False
    return True


def _page(html: Path) -> BeautifulSoup:
    return BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
