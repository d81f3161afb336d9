"""HTML bytes per page, grouped by kind of page (home, project, compare, …).

The kind comes from the page's address, so our site and the plain baseline,
which mirrors our paths, are grouped the same way.
"""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass
from pathlib import Path

SKIPPED_FOLDERS = {"assets", "pagefind", "search"}
DETAIL_KINDS = {"projects": "project", "methods": "method", "compare": "compare",
                "counties": "county", "target-groups": "target group",
                "organisations": "organisation", "data": "data"}
"""Pages one level below a section are the section's detail pages."""
SECTION_KINDS = {"projects": "projects index", "methods": "methods index",
                 "counties": "counties index", "target-groups": "target groups index",
                 "organisations": "organisations index", "data": "data index"}
ALL_PAGES = "(all pages)"


@dataclass(frozen=True)
class KindBytes:
    pages: int
    median: int
    max: int
    total: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def page_kind(relative: str) -> str:
    """`projects/x/index.html` -> `project`, `projects/index.html` -> `projects index`, …"""
    folders = relative.split("/")[:-1]
    if not folders:
        return "home" if relative == "index.html" else relative.removesuffix(".html")
    if len(folders) == 1:
        return SECTION_KINDS.get(folders[0], folders[0])
    return DETAIL_KINDS.get(folders[0], folders[0])


def html_pages(site: Path, other_languages: tuple[str, ...] = ()) -> dict[str, int]:
    """Bytes of every page of one language's build, by path from that build's root.

    `other_languages` are folders holding other builds (the English site sits
    inside the Swedish one) and are left out.
    """
    skipped = SKIPPED_FOLDERS | set(other_languages)
    return {path.relative_to(site).as_posix(): path.stat().st_size
            for path in sorted(site.rglob("*.html"))
            if path.relative_to(site).parts[0] not in skipped}


def bytes_by_kind(pages: dict[str, int]) -> dict[str, KindBytes]:
    kinds: dict[str, list[int]] = {ALL_PAGES: list(pages.values())}
    for relative, size in pages.items():
        kinds.setdefault(page_kind(relative), []).append(size)
    return {kind: KindBytes(len(sizes), int(statistics.median(sizes)), max(sizes), sum(sizes))
            for kind, sizes in sorted(kinds.items())}
