"""The second engine: `build --engine zensical` builds the same site, with every link resolving.

Zensical reads a relative link in a page's HTML from the page's source folder, MkDocs from
its address; the Zensical tree holds every page in its own folder so both read the same
links alike (generator/build/zensical_run.py). The same link checker runs on both builds.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURE_CONTENT, REPO, fixture_catalog
from helpers_links import broken_references, cross_language_links
from playwright.sync_api import Browser

from benchmarks.browser import serve
from generator.build import zensical_run
from generator.build.pipeline import BuildOptions, build, mkdocs_extra
from generator.cli import main
from generator.routes import url_of
from generator.site.generate import generate_all

pytestmark = pytest.mark.zensical


def zensical_build(folder: Path, content: Path) -> Path:
    output: list[str] = []
    options = BuildOptions(content=content, md_root=folder / "md", site_dir=folder / "site",
                           project_root=REPO, lang="en", engine="zensical")
    assert build(options, say=output.append), "\n".join(output)
    assert any(line.startswith("Zensical en: done") for line in output), output
    return folder / "site"


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture catalogue, built with Zensical."""
    return zensical_build(tmp_path_factory.mktemp("zensical-fixture"), FIXTURE_CONTENT)


@pytest.fixture(scope="module")
def zensical_catalogue_site(tmp_path_factory: pytest.TempPathFactory,
                            catalogue_content: Path) -> Path:
    """The bundled catalogue, built with Zensical."""
    return zensical_build(tmp_path_factory.mktemp("zensical-catalogue"), catalogue_content)


def pages(site: Path) -> set[str]:
    return {page.relative_to(site).as_posix() for page in site.rglob("*.html")}


def test_zensical_writes_the_pages_mkdocs_writes(zensical_site: Path, built_site: Path) -> None:
    assert pages(zensical_site) == pages(built_site)
    assert (zensical_site / "pagefind" / "pagefind.js").is_file()
    assert not (zensical_site / "search.json").exists()  # its own search is off
    # Zensical copies static templates as they are; the build renders them as MkDocs does.
    assert (zensical_site / "robots.txt").read_bytes() == (built_site / "robots.txt").read_bytes()
    assert not (zensical_site / "en" / "robots.txt").exists()


def article(site: Path, page: str) -> str:
    """A page's content, whitespace aside (the engines indent differently), without the
    skip link's target, which Zensical puts inside it."""
    soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
    content = soup.select_one("article")
    assert content is not None, page
    for target in content.select("#__skip"):
        target.decompose()
    return re.sub(r"\s+", " ", str(content)).replace("> <", "><").strip()


def test_every_page_says_the_same_in_both_engines(zensical_site: Path,
                                                  built_site: Path) -> None:
    differ = [page for page in sorted(pages(built_site))
              if article(zensical_site, page) != article(built_site, page)]
    assert differ == []


@pytest.mark.parametrize("engine", ["zensical", "mkdocs"])
def test_every_relative_link_resolves(engine: str, zensical_site: Path,
                                      built_site: Path) -> None:
    site = zensical_site if engine == "zensical" else built_site
    problems = broken_references(site)
    assert not problems, f"{len(problems)} broken:\n" + "\n".join(problems[:40])


@pytest.mark.parametrize("engine", ["zensical", "mkdocs"])
def test_no_english_page_links_into_the_swedish_site(engine: str, zensical_site: Path,
                                                      built_site: Path) -> None:
    site = zensical_site if engine == "zensical" else built_site
    problems = cross_language_links(site)
    assert not problems, "\n".join(problems[:40])


def test_bundled_catalogue_builds_with_every_link_resolving(
        zensical_catalogue_site: Path) -> None:
    assert not broken_references(zensical_catalogue_site)
    assert not cross_language_links(zensical_catalogue_site)


def test_flat_config_per_language(tmp_path: Path) -> None:
    config = json.loads(zensical_run.flat_config(
        REPO, tmp_path, "en", mkdocs_extra("en", {})).read_text(encoding="utf-8")
        .split("\n", 1)[1])
    # Lists replaced as MkDocs' INHERIT does, not appended: two languages, not four.
    assert [entry["lang"] for entry in config["extra"]["vta_languages"]] == ["sv", "en"]
    assert config["theme"]["language"] == "en"
    assert (config["docs_dir"], config["site_dir"]) == ("en", "site-en")
    assert config["plugins"] == {"search": {"enabled": False}}
    assert config["theme"]["variant"] == "classic"
    assert "INHERIT" not in config
    assert all(path.endswith("index.md") for path in config["nav"])


def test_every_page_is_the_index_of_the_folder_it_is_served_from() -> None:
    """What makes a relative link mean the same in both engines (routes.py): the trees
    Zensical builds are MkDocs' own, not a rearranged copy."""
    pages = [page for page in generate_all(fixture_catalog())["en"]
             if page.path.endswith(".md")]
    assert pages
    assert all(page.path == url_of(page.path) + "index.md" for page in pages)


def test_missing_engine_is_a_message_not_a_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zensical_run, "available", lambda: False)
    for lang, expected in (("en", "the engine Zensical is not installed"),
                           ("sv", "motorn Zensical är inte installerad")):
        output: list[str] = []
        options = BuildOptions(content=FIXTURE_CONTENT, md_root=tmp_path / "md",
                               site_dir=tmp_path / "site", project_root=REPO, lang=lang,
                               engine="zensical")
        assert not build(options, say=output.append)
        assert len(output) == 1 and expected in output[0]
        assert zensical_run.INSTALL in output[0]
        assert not (tmp_path / "site").exists() and not (tmp_path / "md").exists()


@pytest.mark.browser
def test_pages_load_everything_from_the_site_itself(zensical_site: Path,
                                                    browser: Browser) -> None:
    """Zensical's bundle knows addresses of other hosts (mermaid, pyodide …): none is asked."""
    with serve(zensical_site) as root:
        context = browser.new_context()
        try:
            page = context.new_page()
            requested: list[str] = []
            failed: list[str] = []
            page.on("request", lambda request: requested.append(request.url))
            page.on("requestfailed", lambda request: failed.append(request.url))
            for path, lang in (("", "sv"), ("en/projects/sin/", "en"), ("en/explore/", "en"),
                               ("compare/", "sv")):
                response = page.goto(root + path, wait_until="networkidle")
                assert response is not None and response.ok, path
                assert page.locator("html").get_attribute("lang") == lang
            assert requested and not failed, failed
            assert [url for url in requested if not url.startswith(root)] == []
        finally:
            context.close()


def test_cli_without_the_engine_exits_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(zensical_run, "available", lambda: False)
    code = main(["build", "--engine", "zensical", "--lang", "en",
                 "--content", str(FIXTURE_CONTENT), "--markdown-dir", str(tmp_path / "md"),
                 "--site-dir", str(tmp_path / "site")])
    printed = capsys.readouterr()
    assert code == 1 and "Traceback" not in printed.out + printed.err
    assert "the engine Zensical is not installed" in printed.out
