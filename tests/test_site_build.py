"""The build pipeline: strict, deterministic, and all-or-nothing."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from conftest import FIXTURE_CONTENT, build_into

from generator import routes
from generator.build import pipeline


def tree_digest(root: Path) -> dict[str, str]:
    return {path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(root.rglob("*")) if path.is_file()}


def test_strict_build_of_the_real_catalogue_has_both_languages(catalogue_site: Path) -> None:
    assert (catalogue_site / "index.html").is_file()
    assert (catalogue_site / "en" / "index.html").is_file()
    assert (catalogue_site / "assets" / "stylesheets" / "vta.css").is_file()
    assert not any(catalogue_site.parent.glob(".site.*")), "no temporary folders left behind"


def test_same_input_gives_identical_bytes(catalogue_site: Path, catalogue_content: Path,
                                          tmp_path: Path) -> None:
    ok, output = build_into(tmp_path, catalogue_content)
    assert ok, "\n".join(output)
    assert tree_digest(tmp_path / "site") == tree_digest(catalogue_site)


def markdown_paths(tree: Path) -> set[Path]:
    return {path.relative_to(tree) for path in tree.rglob("*") if path.is_file()}


def test_markdown_trees_have_identical_paths(catalogue_markdown: Path,
                                             catalogue_content: Path) -> None:
    swedish = markdown_paths(catalogue_markdown / "sv")
    assert swedish == markdown_paths(catalogue_markdown / "en")
    projects = {Path(routes.project(path.stem).path)
                for path in (catalogue_content / "projects").glob("*.yml")}
    assert projects <= swedish


@pytest.fixture
def previous_site(built_site: Path, tmp_path: Path) -> Path:
    shutil.copytree(built_site, tmp_path / "site")
    return tmp_path / "site"


def test_invalid_record_stops_the_build_and_keeps_the_site(
        previous_site: Path, tmp_path: Path) -> None:
    before = tree_digest(previous_site)
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    record = content / "projects" / "sin.yml"
    record.write_text(record.read_text(encoding="utf-8").replace("owner:", "ownr:", 1),
                      encoding="utf-8")
    ok, output = build_into(tmp_path, content)
    assert not ok
    assert any("sin.yml" in line for line in output), "the validator's report is shown"
    assert tree_digest(previous_site) == before
    assert not (tmp_path / "md").exists(), "nothing generated"


def test_failing_late_step_keeps_the_site(previous_site: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    before = tree_digest(previous_site)

    def failing_step(site: Path, lang: str) -> str:
        assert (site / "en" / "index.html").is_file(), "runs after both MkDocs builds"
        return "search index failed"

    monkeypatch.setattr(pipeline, "POST_STEPS", [("pagefind", failing_step)])
    ok, output = build_into(tmp_path)
    assert not ok and "search index failed" in output
    assert tree_digest(previous_site) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == []
