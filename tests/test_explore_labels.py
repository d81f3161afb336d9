"""explore/facet-labels.json pairs every facet label with its other-language label.

Checked, on the real catalogue's site, against what it really carries: the Pagefind filters on
each project page (paired by position, in both languages) and the explorer's
checkboxes, whose values are the labels the address holds.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from bs4 import BeautifulSoup
from conftest import soup

from generator.i18n import LANGUAGES
from generator.site.lookups.own_terms import OWN_FILTERS


def table(site: Path, root: str = "") -> dict[str, object]:
    data: dict[str, object] = json.loads(
        (site / root / "explore" / "facet-labels.json").read_text(encoding="utf-8"))
    return data


def pairs(site: Path) -> dict[str, set[tuple[str, str]]]:
    facets = table(site)["facets"]
    assert isinstance(facets, dict)
    return {facet: {(sv, en) for sv, en in values} for facet, values in facets.items()}


def filters(page: BeautifulSoup) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for span in page.select(".vta-search-data [data-pagefind-filter]"):
        facet, label = str(span["data-pagefind-filter"]).split(":", 1)
        found[facet].append(label)
    return found


def test_the_same_file_in_both_languages(catalogue_site: Path) -> None:
    built_site = catalogue_site
    assert table(built_site) == table(built_site, "en")
    assert table(built_site)["languages"] == list(LANGUAGES)


def test_pairs_match_the_filters_on_every_project_page(catalogue_site: Path) -> None:
    built_site = catalogue_site
    known = pairs(built_site)
    missing = []
    for html in sorted((built_site / "projects").glob("*/index.html")):
        url = html.parent.relative_to(built_site).as_posix() + "/"
        swedish, english = filters(soup(built_site, url)), filters(soup(built_site, "en/" + url))
        assert set(swedish) == set(english), url
        # A twin filter of a facet's own terms holds labels of that facet: not carried across.
        for facet in swedish.keys() - {"kind", *OWN_FILTERS.values()}:
            for pair in zip(swedish[facet], english[facet], strict=True):
                if pair not in known.get(facet, set()):
                    missing.append(f"{url} {facet}: {pair}")
    assert not missing, "\n".join(missing)


def test_every_checkbox_of_both_explorers_can_be_carried_across(catalogue_site: Path) -> None:
    built_site = catalogue_site
    known = pairs(built_site)
    for column, root in enumerate(("", "en/")):
        for box in soup(built_site, f"{root}explore/").select(
                ".vta-explore__form input[type=checkbox]"):
            labels = {pair[column] for pair in known.get(str(box["name"]), set())}
            assert box["value"] in labels, f"{root}explore/: {box['name']}={box['value']}"
