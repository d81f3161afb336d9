"""Where every page and file of the site lives, stated once.

A route is a file of a language tree (`projects/sin/index.md`, `data/projects.csv`);
its address is what links point at (`projects/sin/`), the same in both
languages. Every page is the `index.md` of the folder it is served from, so the page's
source folder and its address are one folder: a relative link in a page's HTML means the
same to an engine that reads it from the source file (Zensical) as to one that reads it
from the address (MkDocs), and both build the same trees. Pages are written at
`route.path`, linked to through `route.url`
(or `route.at(anchor)`), so a page's address is never spelled a second time.
Nothing here imports the rest of the generator but the list of languages: page
generation (site/), open data (export/) and the build (build/) all stand on it.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from urllib.parse import urlencode

from generator.i18n import LANGUAGES


@dataclass(frozen=True)
class Route:
    path: str
    """The file in each language tree, relative to the tree's root."""

    @property
    def url(self) -> str:
        return url_of(self.path)

    def at(self, anchor: str) -> str:
        """The address of a place on the page: `compare/#caveats`."""
        return f"{self.url}#{anchor}"


def url_of(path: str) -> str:
    """`projects/x/index.md` -> `projects/x/`, `index.md` -> ``; `about.md` -> `about/`.

    A file that is not a page (`data/projects.csv`) is at its own path.
    """
    if not path.endswith(".md"):
        return path
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


def language_folder(lang: str) -> str:
    """Where a language's tree sits in the site: the first language at the root, the
    others in `<lang>/`. Links between pages never need it: they are relative."""
    return "" if lang == LANGUAGES[0] else f"{lang}/"


def top_folders(lang: str, *, beside: tuple[str, ...] = ("assets", "pagefind")) -> list[str]:
    """The folders at the top of `lang`'s build, in menu order: each menu page's first
    folder, then (in the first language's build) the other languages', then `beside`
    (the theme's assets, the search bundle). The 404 page finds the site root by them."""
    folders = [route.url.split("/")[0] for route in NAV_PAGES if route.url]
    if not language_folder(lang):
        folders += [language_folder(other).rstrip("/") for other in LANGUAGES if other != lang]
    return list(dict.fromkeys([*folders, *beside]))


def in_folder(route: Route, base: Route) -> str:
    """`route`'s address from the folder of `base`: a page's own folder (`data/`), or the one
    a file is in (`data/projects.json`). `schema/project.schema.json` from either."""
    return posixpath.relpath(route.url, posixpath.dirname(base.url) or ".")


# --- Pages of their own -------------------------------------------------------------------

HOME = Route("index.md")
PROJECTS = Route("projects/index.md")
EXPLORE = Route("explore/index.md")
COMPARE = Route("compare/index.md")
COMPARE_METHODS = Route("compare/methods/index.md")
COMPARE_FACTORS = Route("compare/success-factors/index.md")
SIDE_BY_SIDE = Route("compare/side-by-side/index.md")
METHODS = Route("methods/index.md")
TARGET_GROUPS = Route("target-groups/index.md")
COUNTIES = Route("counties/index.md")
ORGANISATIONS = Route("organisations/index.md")
HOW_TO_READ = Route("how-to-read/index.md")
DATA = Route("data/index.md")
ABOUT = Route("about/index.md")
ACCESSIBILITY = Route("accessibility/index.md")
"""The accessibility statement the law asks for; linked from every page's footer."""
CONTACT = Route("contact/index.md")
"""Contact and feedback: reporting errors, suggesting projects; linked from the footer."""
CONTRIBUTE = Route("contribute/index.md")
"""The form that writes a project record; linked from the home page and About."""
FIELD_REFERENCE = Route("contribute/fields/index.md")
"""Every field a record can have, generated from the schema; linked from the form."""
FOOTER_PAGES = {"accessibility": ACCESSIBILITY, "contact": CONTACT}
"""The pages the theme's footer links to (extra.vta_footer)."""

NAV_PAGES = (HOME, PROJECTS, EXPLORE, COMPARE, METHODS, TARGET_GROUPS, COUNTIES,
             ORGANISATIONS, HOW_TO_READ, DATA, ABOUT)
"""The menu, in order: section pages only, so it never grows with the catalogue.
The build hands it to MkDocs (build/mkdocs_run.py); titles come from each page."""
COMPARE_SECTION = (COMPARE, COMPARE_METHODS, COMPARE_FACTORS, SIDE_BY_SIDE, DATA)
"""The pages that share the comparison's entry in the menu and link to each other."""

# --- Files beside the pages ---------------------------------------------------------------

FACET_LABELS = Route("explore/facet-labels.json")
"""Next to the explorer in both trees, so each language's explorer finds it."""
SIDE_BY_SIDE_DATA = Route("compare/side-by-side.json")
PROJECTS_JSON = Route("data/projects.json")
PROJECTS_CSV = Route("data/projects.csv")
METHODS_JSON = Route("data/methods.json")
MAP_SPRITE = Route("assets/maps/municipalities.svg")
"""Every municipality's outline, which the project pages' locator maps draw by reference."""


def schema_file(name: str) -> Route:
    return Route(f"data/schema/{name}.schema.json")


FIXED = (*NAV_PAGES, *FOOTER_PAGES.values(), CONTRIBUTE, FIELD_REFERENCE, COMPARE_METHODS,
         COMPARE_FACTORS, SIDE_BY_SIDE, FACET_LABELS, SIDE_BY_SIDE_DATA, PROJECTS_JSON,
         PROJECTS_CSV, METHODS_JSON, MAP_SPRITE)
"""Every page and file of the site's own, whatever the catalogue holds (the schema files,
in `data/schema/`, share no folder with records). A record whose page would land on one of
them is refused (validation/page_paths.py); a test holds this list to what the generator
writes for a catalogue without records."""


# --- One page per record or term ----------------------------------------------------------

def project(project_id: str) -> Route:
    return Route(f"projects/{project_id}/index.md")


def method(method_id: str) -> Route:
    return Route(f"methods/{method_id}/index.md")


def target_group(term_id: str) -> Route:
    return Route(f"target-groups/{term_id}/index.md")


def county(code: str) -> Route:
    return Route(f"counties/{code}/index.md")


def project_url(project_id: str) -> str:
    return project(project_id).url


def method_url(method_id: str) -> str:
    return method(method_id).url


def target_group_url(term_id: str) -> str:
    return target_group(term_id).url


def county_url(code: str) -> str:
    return county(code).url


# --- Places on shared pages ---------------------------------------------------------------

CAVEATS_ANCHOR = "caveats"
"""On the comparison page: what every caveat (flag) means."""
COMPARE_TABLE_ANCHOR = "table"
"""On the comparison page: the table of every project."""
COMPARING_ANCHOR = "comparing"
"""On the how-to-read page: what to keep in mind when comparing figures."""
CONTRIBUTE_ANCHOR = "contribute"
"""On the about page: how to add or correct a record."""
REPORT_ERROR_ANCHOR = "report-error"
"""On the contact page: how to report an error in a record."""


def organisation_anchor(organisation_id: str) -> str:
    return f"org-{organisation_id}"


def organisation_url(organisation_id: str) -> str:
    """An organisation has no page: its entry on the organisations index."""
    return ORGANISATIONS.at(organisation_anchor(organisation_id))


def flag_anchor(flag: str) -> str:
    return f"flag-{flag}"


def flag_url(flag: str) -> str:
    """A caveat's explanation on the comparison page."""
    return COMPARE.at(flag_anchor(flag))


def method_comparison_anchor(method_id: str) -> str:
    return f"method-{method_id}"


def method_comparison_url(method_id: str) -> str:
    return COMPARE_METHODS.at(method_comparison_anchor(method_id))


def contribute_edit_url(project_id: str) -> str:
    """The form with a project's record loaded into it (contribute-edit.js reads `edit`)."""
    return f"{CONTRIBUTE.url}?{urlencode({'edit': project_id})}"


def explore_filter_url(facet: str, label: str) -> str:
    """The explorer with one facet value chosen, in the address format explore-state.js reads.

    `label` must be the facet label in the linking page's language (as facet_values
    gives it), since the explorer matches labels, not ids.
    """
    return f"{EXPLORE.url}?{urlencode({facet: label})}"
