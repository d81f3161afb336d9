"""A generated page and the language-neutral addresses pages link to."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """One Markdown file of a language tree: `path` is relative to the tree's root."""

    path: str
    markdown: str

    @property
    def url(self) -> str:
        return url_of(self.path)


def url_of(path: str) -> str:
    """`projects/x.md` -> `projects/x/`, `projects/index.md` -> `projects/`, `index.md` -> ``."""
    stem = path.removesuffix(".md")
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def relative(from_url: str, to_url: str) -> str:
    """Link from one directory URL to another, relative so the site works under any sub-path."""
    depth = from_url.count("/")
    target = "../" * depth + to_url
    fragment = ""
    if "#" in target:
        target, fragment = target.split("#", 1)
        fragment = "#" + fragment
    if not target:
        return (fragment or "./") if from_url == "" else "./" + fragment
    return posixpath.normpath(target) + ("/" if target.endswith("/") else "") + fragment


def project_url(project_id: str) -> str:
    return f"projects/{project_id}/"


def method_url(method_id: str) -> str:
    return f"methods/{method_id}/"


def target_group_url(term_id: str) -> str:
    return f"target-groups/{term_id}/"


def county_url(code: str) -> str:
    return f"counties/{code}/"


def organisation_url(organisation_id: str) -> str:
    return f"organisations/{organisation_id}/"
