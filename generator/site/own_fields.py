"""The project fields that no page but the project's own shows, so that an edit to them
leaves every other page as it was (site/incremental.py).

A contributor most often mends the wording of a summary or a description. Such an edit
cannot change a list, a count, a comparison or a map: none of them shows these fields. So
after an edit that changed nothing else of any project the preview keeps the pages of
every kind but the project pages, instead of making them again; the project pages (the
edited one, and any other that shows it) and the open-data files are made as after any
edit. tests/test_own_fields.py holds every page to this list: it edits each field of every
fixture project and checks that no other page changes.
"""

from __future__ import annotations

from generator.catalog import Catalog
from generator.schema import Project

OWN_PAGE_FIELDS = frozenset({"summary", "description", "quotes", "contact"})
"""Shown on the project's own page and in the open-data files, nowhere else."""

_OTHER_FIELDS = tuple(name for name in Project.model_fields if name not in OWN_PAGE_FIELDS)

ProjectsSeen = tuple[dict[str, Project], dict[tuple[str, str], str]]
"""The projects of a catalogue and the files they came from."""


def projects_seen(catalog: Catalog) -> ProjectsSeen:
    return (dict(catalog.projects),
            {key: file for key, file in catalog.files.items() if key[0] == "project"})


def only_own_fields_changed(before: ProjectsSeen, now: ProjectsSeen) -> bool:
    """Whether `now` has the projects of `before`, in the same order and from the same
    files, differing at most in OWN_PAGE_FIELDS."""
    (old, old_files), (new, new_files) = before, now
    if list(old) != list(new) or old_files != new_files:
        return False
    return all(_same_but_own(old[key], project) for key, project in new.items())


def _same_but_own(old: Project, new: Project) -> bool:
    return old is new or all(getattr(old, name) == getattr(new, name)
                             for name in _OTHER_FIELDS)

