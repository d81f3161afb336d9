"""Every link and resource on every page of the real catalogue's site, both languages.

Internal references resolve to a file inside the site and every #fragment to an id on
the target page; the language switch leads to the same page in the other language; the
only links out of the site are web addresses and e-mail addresses that records give,
and those are well-formed (they are not fetched).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from helpers_links import broken_references, page_url, references, target_file

from generator.catalog import Catalog

SITE_LINKS = {"https://creativecommons.org/licenses/by/4.0/": "the open data's licence (data/)",
              "https://www.digg.se/tdosanmalan": "Digg's form for reporting a lack of "
                                                 "accessibility (accessibility/, by law)"}
"""Links out that the site itself makes, each with its reason."""
RECORD_URL = re.compile(r"https?://[^\s<>()\"'`\]]+")


def record_addresses(catalog: Catalog) -> set[str]:
    """Every web and e-mail address the records contain, as the site may link them."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            found.update(RECORD_URL.findall(value))
            if re.fullmatch(r"[^@\s]+@[^@\s]+", value):
                found.add(f"mailto:{value}")
            found.update(re.findall(r"mailto:[^\s)>\]]+", value))

    for record in [*catalog.projects.values(), *catalog.methods.values()]:
        walk(record.model_dump(mode="json"))
    return found


def test_every_internal_reference_and_fragment_resolves(catalogue_site: Path) -> None:
    problems = broken_references(catalogue_site)
    assert not problems, f"{len(problems)} broken:\n" + "\n".join(problems[:40])


def test_only_record_addresses_lead_out_of_the_site(catalogue_site: Path,
                                                     catalogue_catalog: Catalog) -> None:
    built_site = catalogue_site
    allowed = record_addresses(catalogue_catalog)
    problems = []
    for page, tag, reference in references(built_site):
        parts = urlsplit(reference)
        if not (parts.scheme or parts.netloc):
            continue
        where = page.relative_to(built_site).as_posix()
        if tag != "a":
            problems.append(f"{where}: <{tag}> loads {reference} from outside the site")
        elif reference not in allowed and reference not in SITE_LINKS:
            problems.append(f"{where}: {reference} is not an address from a record")
        elif parts.scheme in ("http", "https") and (
                not parts.netloc or any(char.isspace() for char in reference)):
            problems.append(f"{where}: {reference} is not a well-formed web address")
        elif parts.scheme not in ("http", "https", "mailto"):
            problems.append(f"{where}: {reference} has scheme {parts.scheme!r}")
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:40])


def test_language_switch_leads_to_the_same_page(catalogue_site: Path) -> None:
    built_site = catalogue_site
    problems = []
    for page in sorted(built_site.rglob("index.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for link in soup.select("a.vta-language__link"):
            here = page_url(built_site, page)
            other = str(link.get("hreflang"))
            expected = here.removeprefix("/en") if other == "sv" else "/en" + here
            target = target_file(built_site, page, str(link.get("href")))
            if target is None or page_url(built_site, target) != expected:
                problems.append(f"{here}: switch to {other} -> {link.get('href')}")
            elif not target.is_file():
                problems.append(f"{here}: switch to {other} -> missing {target}")
    assert not problems, "\n".join(problems[:40])
