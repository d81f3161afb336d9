"""Symbolic links anywhere in the content folder: refused where they stand, never followed.

A link in place of a kind folder would publish records from outside the repository; one
pointed at /etc would put that folder's file names into the report. Every case must fail
with a message naming the link, leave the previous site alone, and say nothing of what the
link points at.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_build import (
    CONTENT,
    content_copy,
    located,
    previous_site,
    run_build,
    tree_digest,
)

from generator.validation.run import validate

Plant = Callable[[Path], Path]
"""Plants a link in a content folder; returns the link the report must name."""
OUTSIDE = sorted(os.listdir("/etc"))


def _outside_records(folder: Path) -> Path:
    outside = folder / "outside"
    outside.mkdir()
    for record in (CONTENT / "methods").glob("*.yml"):
        (outside / record.name).write_bytes(record.read_bytes())
    return outside


def kind_folder_to_records_outside(content: Path) -> Path:
    outside = _outside_records(content.parent)
    for record in (content / "methods").glob("*.yml"):
        record.unlink()
    (content / "methods").rmdir()
    (content / "methods").symlink_to(outside, target_is_directory=True)
    return content / "methods"


def kind_folder_to_etc(content: Path) -> Path:
    vocabularies = content / "vocabularies"
    vocabularies.rename(content.parent / "vocabularies-moved")
    vocabularies.symlink_to("/etc", target_is_directory=True)
    return vocabularies


def sources_folder_to_etc(content: Path) -> Path:
    for copy in (content / "sources").iterdir():
        copy.unlink()
    (content / "sources").rmdir()
    (content / "sources").symlink_to("/etc", target_is_directory=True)
    return content / "sources"


def new_top_folder(content: Path) -> Path:
    (content / "extra").symlink_to("/etc", target_is_directory=True)
    return content / "extra"


def file_in_sources(content: Path) -> Path:
    (content / "sources" / "copy.txt").symlink_to("/etc/passwd")
    return content / "sources" / "copy.txt"


def link_in_a_subfolder(content: Path) -> Path:
    (content / "projects" / "drafts").mkdir()
    (content / "projects" / "drafts" / "etc").symlink_to("/etc", target_is_directory=True)
    return content / "projects" / "drafts" / "etc"


def folder_among_records(content: Path) -> Path:
    (content / "projects" / "more").symlink_to(_outside_records(content.parent),
                                               target_is_directory=True)
    return content / "projects" / "more"


PLANTS: dict[str, Plant] = {
    "kind-folder-to-records-outside": kind_folder_to_records_outside,
    "kind-folder-to-etc": kind_folder_to_etc,
    "sources-folder-to-etc": sources_folder_to_etc,
    "new-top-folder": new_top_folder,
    "file-in-sources": file_in_sources,
    "link-in-a-subfolder": link_in_a_subfolder,
    "folder-among-records": folder_among_records,
}


@pytest.mark.parametrize("plant", PLANTS.values(), ids=PLANTS.keys())
def test_link_is_refused_named_and_not_followed(tmp_path: Path, plant: Plant) -> None:
    site = previous_site(tmp_path)
    before = tree_digest(site)
    content = content_copy(tmp_path)
    link = plant(content)
    outcome = run_build(tmp_path, content)
    assert outcome.code == 1, outcome.output[-3000:]
    assert located(outcome.output, link, with_line=False), outcome.output[-3000:]
    assert tree_digest(site) == before, "a failed build must not touch the site"
    listed = [name for name in OUTSIDE if f"/{name}" in outcome.output]
    assert listed == [], "a file name from behind the link reached the report"


def test_records_behind_a_linked_kind_folder_are_not_read(tmp_path: Path) -> None:
    content = content_copy(tmp_path)
    link = kind_folder_to_records_outside(content)
    result = validate(content)
    assert not any(file.startswith(str(link) + "/") for file in result.files)
    assert result.catalog.methods == {}
    assert [d.code for d in result.diagnostics if d.file == str(link)] == ["file.symlink_folder"]


def test_linked_content_folder_is_refused_without_reading_it(tmp_path: Path) -> None:
    link = tmp_path / "content-link"
    link.symlink_to(content_copy(tmp_path), target_is_directory=True)
    result = validate(link)
    assert result.files == []
    assert [(d.code, d.file) for d in result.diagnostics][:1] == [
        ("file.symlink_folder", str(link))]
