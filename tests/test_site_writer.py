"""The Markdown writer touches only what changed and removes what is no longer generated."""

from __future__ import annotations

import os
from pathlib import Path

from generator.build.writer import write_tree
from generator.page import Page
from generator.routes import relative, url_of


def test_writes_only_changed_files_and_deletes_stale_ones(tmp_path: Path) -> None:
    first = write_tree([Page("index.md", "# A\n"), Page("projects/x/index.md", "# X\n"),
                        Page("projects/y/index.md", "# Y\n")], tmp_path)
    assert sorted(first.written) == ["index.md", "projects/x/index.md", "projects/y/index.md"]
    os.utime(tmp_path / "index.md", ns=(1, 1))
    second = write_tree([Page("index.md", "# A\n"), Page("projects/x/index.md", "# X2\n")],
                        tmp_path)
    assert second.written == ["projects/x/index.md"]
    assert second.unchanged == ["index.md"]
    assert second.deleted == ["projects/y/index.md"]
    assert (tmp_path / "index.md").stat().st_mtime_ns == 1, "unchanged file not rewritten"
    assert (tmp_path / "projects" / "x" / "index.md").read_text(encoding="utf-8") == "# X2\n"
    write_tree([Page("index.md", "# A\n")], tmp_path)
    assert not (tmp_path / "projects").exists(), "empty folders are removed"


def test_language_neutral_urls_and_relative_links() -> None:
    assert url_of("index.md") == ""
    assert url_of("projects/index.md") == "projects/"
    assert url_of("projects/sin/index.md") == "projects/sin/"
    assert relative("projects/sin/", "methods/supported-employment/") == (
        "../../methods/supported-employment/")
    assert relative("", "methods/x/") == "methods/x/"
    assert relative("projects/sin/", "") == "../../"
    assert relative("", "") == "./"
    assert relative("projects/", "organisations/#org-x") == "../organisations/#org-x"
