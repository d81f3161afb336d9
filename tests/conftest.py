"""Shared fixtures: two catalogues, each built once per test session with the real pipeline.

Contributors add records all the time, so no test may depend on what `content/` happens
to hold. Two catalogues therefore:

- the fixture catalogue (`tests/fixtures/catalogue/`, a frozen copy of the six seed
  projects): `built_site`, `markdown_trees`, `fixture_catalog()`. Tests of exact figures,
  orders and particular records use these.
- the real catalogue (`content/`): `catalogue_site`, `catalogue_markdown`,
  `catalogue_catalog`, `catalogue_content`. Tests using them check only what holds for any
  catalogue, and are marked `catalogue` automatically, so `pytest -m catalogue` runs every
  test that reads `content/` (tests/test_newcomer.py does, on a copy with a new project).

Sites are folders (Swedish at the root, English under en/), Markdown trees hold sv/ and
en/. All are read-only: tests that change anything must copy them first.
"""

from __future__ import annotations

import shutil
import sys
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from playwright.sync_api import Browser, Page

from benchmarks.browser import chromium, serve
from benchmarks.synthetic import write_catalogue
from generator.build.pipeline import BuildOptions, build
from generator.catalog import Catalog
from generator.validation.run import validate

REPO = Path(__file__).resolve().parent.parent
FIXTURE_CONTENT = REPO / "tests" / "fixtures" / "catalogue"
"""The frozen fixture catalogue: exact figures are tested on it."""
_REAL_CONTENT = REPO / "content"
CATALOGUE_FIXTURES = frozenset({"catalogue_site", "catalogue_markdown", "catalogue_catalog",
                                "catalogue_content"})
"""Fixtures that read the real catalogue; a test using one is marked `catalogue`."""
if str(REPO) not in sys.path:
    # `benchmarks` (the synthetic catalogue) is not an installed package.
    sys.path.insert(0, str(REPO))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if CATALOGUE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.catalogue)


@cache
def fixture_catalog() -> Catalog:
    """The fixture catalogue, validated (the same records `built_site` shows)."""
    result = validate(FIXTURE_CONTENT)
    assert result.ok, result.diagnostics
    return result.catalog


def catalogue_with_seeds(count: int, folder: Path) -> Path:
    """`count` synthetic projects cloned from the fixture catalogue, plus its own projects,
    in `folder/content`."""
    content = write_catalogue(count, folder / "content", FIXTURE_CONTENT)
    for record in (FIXTURE_CONTENT / "projects").glob("*.yml"):
        shutil.copy(record, content / "projects" / record.name)
    return content


def build_into(folder: Path, content: Path = FIXTURE_CONTENT) -> tuple[bool, list[str]]:
    """Build `content` into `folder/site` (Markdown in `folder/md`); return success and output."""
    output: list[str] = []
    options = BuildOptions(content=content, md_root=folder / "md", site_dir=folder / "site",
                           project_root=REPO, lang="en")
    return build(options, say=output.append), output


def _built(tmp_path_factory: pytest.TempPathFactory, name: str, content: Path) -> Path:
    folder = tmp_path_factory.mktemp(name)
    ok, output = build_into(folder, content)
    assert ok, "\n".join(output)
    return folder


@pytest.fixture(scope="session")
def _fixture_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _built(tmp_path_factory, "fixture-build", FIXTURE_CONTENT)


@pytest.fixture(scope="session")
def built_site(_fixture_build: Path) -> Path:
    """The fixture catalogue's site, built with `mkdocs build --strict` (both languages)."""
    return _fixture_build / "site"


@pytest.fixture(scope="session")
def markdown_trees(_fixture_build: Path) -> Path:
    """The generated Markdown of the fixture catalogue: `<path>/sv/…` and `<path>/en/…`."""
    return _fixture_build / "md"


@pytest.fixture(scope="session")
def catalogue_content() -> Path:
    """The real content folder. Only for checks that hold whatever records it holds."""
    return _REAL_CONTENT


@pytest.fixture(scope="session")
def catalogue_catalog(catalogue_content: Path) -> Catalog:
    """The real catalogue, validated."""
    result = validate(catalogue_content)
    assert result.ok, result.diagnostics
    return result.catalog


@pytest.fixture(scope="session")
def _catalogue_build(tmp_path_factory: pytest.TempPathFactory, catalogue_content: Path) -> Path:
    return _built(tmp_path_factory, "catalogue-build", catalogue_content)


@pytest.fixture(scope="session")
def catalogue_site(_catalogue_build: Path) -> Path:
    """The real catalogue's site, built like `built_site`."""
    return _catalogue_build / "site"


@pytest.fixture(scope="session")
def catalogue_markdown(_catalogue_build: Path) -> Path:
    """The generated Markdown of the real catalogue."""
    return _catalogue_build / "md"


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


def explorer_facet_counts(page: Tag) -> Counter[tuple[str, str]]:
    """The explorer's static facet counts: (facet, value) -> the projects its label counts."""
    shown: Counter[tuple[str, str]] = Counter()
    for box in page.select(".vta-explore__form input[type=checkbox]"):
        label = box.find_parent("label")
        assert label is not None
        # "(5)", or "(5, varav 2 via smalare)" where narrower target groups brought some.
        count = one(label, ".vta-facet__count").get_text(strip=True).strip("()").split(",")[0]
        shown[(attr(box, "name"), attr(box, "value"))] = int(count)
    return shown


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
