"""Detail pages must not grow with the catalogue: ~300 synthetic projects vs the fixture six."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURE_CONTENT, build_into, catalogue_with_seeds

SYNTHETIC_PROJECTS = 300
ALLOWED_GROWTH_BYTES = 1500
"""Room for the capped "related projects" list filling up; anything more is growth."""


@pytest.fixture(scope="module")
def large_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("large-build")
    content = catalogue_with_seeds(SYNTHETIC_PROJECTS, folder)
    ok, output = build_into(folder, content)
    assert ok, "\n".join(output)
    return folder / "site"


@pytest.mark.parametrize("page", [
    "projects/goinge-forward/index.html", "en/projects/goinge-forward/index.html",
    "projects/sin/index.html", "en/projects/steget-vidare/index.html",
    "index.html", "en/index.html"])
def test_page_size_does_not_grow_with_the_catalogue(
        built_site: Path, large_site: Path, page: str) -> None:
    small = (built_site / page).stat().st_size
    large = (large_site / page).stat().st_size
    assert large - small < ALLOWED_GROWTH_BYTES, f"{page}: {small} -> {large} bytes"


def test_the_large_catalogue_has_every_project_page(large_site: Path) -> None:
    pages = list((large_site / "en" / "projects").glob("*/index.html"))
    seeds = list((FIXTURE_CONTENT / "projects").glob("*.yml"))
    assert len(pages) == SYNTHETIC_PROJECTS + len(seeds)
