"""Shared fixtures: the real site, built once per test session with the real pipeline.

`built_site` is the site folder (Swedish at the root, English under en/);
`markdown_trees` is the generated Markdown (sv/ and en/). Both are read-only:
tests that change anything must copy them first.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from playwright.sync_api import Browser, Page

from benchmarks.browser import chromium, serve
from benchmarks.synthetic import write_catalogue
from generator.build.pipeline import BuildOptions, build

REPO = Path(__file__).resolve().parent.parent
CONTENT = REPO / "content"
if str(REPO) not in sys.path:
    # `benchmarks` (the synthetic catalogue) is not an installed package.
    sys.path.insert(0, str(REPO))


def catalogue_with_seeds(count: int, folder: Path) -> Path:
    """`count` synthetic projects plus the real seed projects, in `folder/content`."""
    content = write_catalogue(count, folder / "content")
    for record in (CONTENT / "projects").glob("*.yml"):
        shutil.copy(record, content / "projects" / record.name)
    return content


def build_into(folder: Path, content: Path = CONTENT) -> tuple[bool, list[str]]:
    """Build `content` into `folder/site` (Markdown in `folder/md`); return success and output."""
    output: list[str] = []
    options = BuildOptions(content=content, md_root=folder / "md", site_dir=folder / "site",
                           project_root=REPO, lang="en")
    return build(options, say=output.append), output


@pytest.fixture(scope="session")
def _real_build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("real-build")
    ok, output = build_into(folder)
    assert ok, "\n".join(output)
    yield folder


@pytest.fixture(scope="session")
def built_site(_real_build: Path) -> Path:
    """The real catalogue's site, built with `mkdocs build --strict` (both languages)."""
    return _real_build / "site"


@pytest.fixture(scope="session")
def markdown_trees(_real_build: Path) -> Path:
    """The generated Markdown of the real catalogue: `<path>/sv/…` and `<path>/en/…`."""
    return _real_build / "md"


def soup(site: Path, url: str) -> BeautifulSoup:
    """The page at a site-relative URL such as `en/projects/sin/`."""
    path = site / url / "index.html" if url.endswith("/") or not url else site / url
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def one(page: Tag, selector: str) -> Tag:
    """The single element a selector must find."""
    found = page.select_one(selector)
    assert found is not None, f"nothing matches {selector}"
    return found


def attr(element: Tag, name: str) -> str:
    value = element.get(name)
    assert isinstance(value, str), f"<{element.name}> has no {name}"
    return value


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The real site served over HTTP on 127.0.0.1 (browser tests), root URL ending in /."""
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Debian Chromium for every browser test (Playwright never downloads one)."""
    with chromium() as running:
        yield running


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page in its own context: no cookies, storage or cache shared between tests."""
    context = browser.new_context()
    try:
        yield context.new_page()
    finally:
        context.close()
