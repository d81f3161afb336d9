"""Smoke test of the pipeline benchmark's writers (benchmarks/pipeline.py); no timing."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import FIXTURE_CONTENT

from benchmarks.page_bytes import ALL_PAGES, bytes_by_kind, page_kind
from benchmarks.pipeline_stages import write_markdown_trees
from benchmarks.plain_site import write_plain_tree
from benchmarks.synthetic import write_catalogue
from generator.i18n import LANGUAGES
from generator.routes import NAV_PAGES
from generator.validation.run import validate

PROJECTS = 3


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("benchmark-pipeline")
    result = validate(write_catalogue(PROJECTS, folder / "content", FIXTURE_CONTENT))
    assert result.ok
    write_markdown_trees(result.catalog, folder / "md")
    for lang in LANGUAGES:
        write_plain_tree(folder / "md" / lang, folder / "plain" / lang, lang)
    return folder


def _pages(root: Path) -> list[str]:
    return sorted(path.relative_to(root).as_posix() for path in root.rglob("*.md"))


def test_the_catalogue_has_the_asked_number_of_projects(trees: Path) -> None:
    projects = sorted((trees / "content" / "projects").glob("*.yml"))
    assert [path.stem for path in projects] == [f"synthetic-0000{n}" for n in (1, 2, 3)]
    for lang in LANGUAGES:
        generated = _pages(trees / "md" / lang)
        assert [page for page in generated if page.startswith("projects/")] == [
            "projects/index.md", *(f"projects/synthetic-0000{n}/index.md" for n in (1, 2, 3))]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_baseline_mirrors_every_page_at_about_its_size(trees: Path, lang: str) -> None:
    generated, plain = trees / "md" / lang, trees / "plain" / lang / "docs"
    assert _pages(plain) == _pages(generated)
    for page in _pages(generated):
        size = (generated / page).stat().st_size
        written = (plain / page).stat().st_size
        # At least the size, and at most one hand-written section (about 2 kB) more.
        assert size <= written <= size + 3000, page
        text = (plain / page).read_text(encoding="utf-8")
        assert text.startswith("# ") and "<" not in text, page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_baseline_config_is_plain_material(trees: Path, lang: str) -> None:
    config = yaml.safe_load((trees / "plain" / lang / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["theme"] == {"name": "material", "language": lang}
    assert config["plugins"] == []
    assert "markdown_extensions" not in config and "extra_css" not in config
    assert config["nav"] == [route.path for route in NAV_PAGES
                             if (trees / "md" / lang / route.path).is_file()]


def test_the_same_count_writes_the_same_catalogue(tmp_path: Path) -> None:
    first = write_catalogue(PROJECTS, tmp_path / "a", FIXTURE_CONTENT)
    second = write_catalogue(PROJECTS, tmp_path / "b", FIXTURE_CONTENT)
    assert {path.relative_to(first): path.read_bytes() for path in first.rglob("*.yml")} == {
        path.relative_to(second): path.read_bytes() for path in second.rglob("*.yml")}


@pytest.mark.parametrize(("path", "kind"), [
    ("index.html", "home"), ("404.html", "404"), ("projects/index.html", "projects index"),
    ("projects/x/index.html", "project"), ("compare/methods/index.html", "compare"),
    ("explore/index.html", "explore")])
def test_pages_are_grouped_by_kind(path: str, kind: str) -> None:
    assert page_kind(path) == kind


def test_every_page_counts_once_per_kind_and_once_in_all() -> None:
    kinds = bytes_by_kind({"index.html": 10, "projects/a/index.html": 20,
                           "projects/b/index.html": 40})
    assert kinds[ALL_PAGES].pages == 3 and kinds[ALL_PAGES].max == 40
    assert (kinds["project"].pages, kinds["project"].median, kinds["home"].total) == (2, 30, 10)
