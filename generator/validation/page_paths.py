"""Record ids that would replace one of the site's own pages, and pages that share a path.

A project with the id `index` used to be written over `projects/index.md`, the list of all
projects, in both languages; a record's page is now `<folder>/<id>/index.md`, but the name of a
folder's own page stays taken, as every name of the site's own in a record folder does. Which ids
are taken is not listed here: every page and file of the site's own is declared once, in
`routes.FIXED`, and each one in a folder where records get pages of their own reserves its
name there (a test holds `routes.FIXED` to what the generator writes for an empty
catalogue). The build checks the other way round as well: every path it is about to write,
in each language, must be written once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache

from generator import routes
from generator.catalog import Catalog
from generator.diagnostics import Diagnostic, format_path
from generator.page import Page
from generator.routes import county_url, method_url, project_url, target_group_url, url_of
from generator.validation.filecheck import Summary
from generator.yamlsource import Position

RECORD_PAGES: dict[str, Callable[[str], str]] = {
    "projects": project_url, "methods": method_url,
    "target-groups": target_group_url, "counties": county_url}
"""Kinds of record with a page each: the catalogue's kind, or the vocabulary's, and the
address of a record's page."""


def _page_kind(summary: Summary) -> str | None:
    if summary.kind in ("project", "method"):
        return f"{summary.kind}s"
    return summary.record_id if summary.record_id in RECORD_PAGES else None


def _folder(kind: str) -> str:
    return RECORD_PAGES[kind]("x").removesuffix("x/")


@cache
def reserved_ids() -> dict[str, dict[str, str]]:
    """Per kind of record page, each id a page of the site itself already has, with the
    address of that page."""
    reserved: dict[str, dict[str, str]] = {kind: {} for kind in RECORD_PAGES}
    for kind in RECORD_PAGES:
        folder = _folder(kind)
        for route in routes.FIXED:
            if route.path.startswith(folder):
                name = route.path.removeprefix(folder).split("/")[0].split(".")[0]
                reserved[kind].setdefault(name, _address(route.path))
    return reserved


def _address(path: str) -> str:
    return url_of(path) if path.endswith(".md") else path


def _record_address(kind: str, identifier: str) -> str:
    return RECORD_PAGES[kind](identifier)


def reserved_id_problems(entries: list[tuple[str, Summary]]) -> list[Diagnostic]:
    problems = []
    for file, summary in entries:
        kind = _page_kind(summary)
        if kind is None:
            continue
        taken = reserved_ids()[kind]
        if summary.kind == "vocabulary":
            for index, (term_id, (line, column)) in enumerate(
                    zip(summary.term_ids, summary.term_positions, strict=False)):
                if term_id in taken:
                    problems.append(Diagnostic(
                        "reserved_id", file, line, column, format_path(("terms", index, "id")),
                        {"id": term_id, "page": taken[term_id]}))
        elif summary.record_id in taken:
            problems.append(Diagnostic("reserved_id", file, *summary.id_position, "id", {
                "id": summary.record_id, "page": taken[summary.record_id]}))
    return problems


def page_path_problems(trees: Mapping[str, list[Page]], catalog: Catalog,
                       positions: Mapping[str, Position]) -> list[Diagnostic]:
    """Pages of one language tree that would be written to the same file or address: each
    record page among them is reported at its record's id (`positions`, by file)."""
    owners = _owners(catalog)
    problems: list[Diagnostic] = []
    for pages in trees.values():
        by_address: dict[str, list[str]] = {}
        for page in pages:
            by_address.setdefault(_address(page.path), []).append(page.path)
        for address, paths in sorted(by_address.items()):
            if len(paths) < 2:
                continue
            file, field = owners.get(address, (paths[0], ""))
            line, column = positions.get(file, (0, 0))
            problem = Diagnostic("page_collision", file, line, column, field,
                                 {"page": address, "paths": ", ".join(paths)})
            if problem not in problems:
                problems.append(problem)
    return problems


def _owners(catalog: Catalog) -> dict[str, tuple[str, str]]:
    """The address of every record page, with the file and field that name it."""
    owners: dict[str, tuple[str, str]] = {}
    for (record_kind, identifier), file in catalog.files.items():
        if record_kind in ("project", "method"):
            owners[_record_address(f"{record_kind}s", identifier)] = (file, "id")
        elif identifier in RECORD_PAGES:
            for index, term_id in enumerate(catalog.vocabularies.get(identifier, {})):
                owners[_record_address(identifier, term_id)] = (
                    file, format_path(("terms", index, "id")))
    return owners
