"""Record ids that would replace one of the site's own pages, and pages sharing an address.

A project, method or target group with the id `index` used to be written over the section's
listing page in both languages. The reserved ids come from the site's own pages as
`routes.FIXED` declares them, and the build refuses, with a located message, any two pages
bound for one address.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import fixture_catalog
from hostile_build import (
    base_record,
    content_copy,
    located,
    previous_site,
    run_build,
    tree_digest,
    write_record,
)

from generator import routes
from generator.build import pipeline
from generator.catalog import Catalog
from generator.page import Page
from generator.routes import Route
from generator.site.generate import generate_all
from generator.validation import page_paths
from generator.validation.page_paths import page_path_problems, reserved_ids

Plant = Callable[[Path], Path]


def record_with_id(kind: str, identifier: str) -> Plant:
    def plant(content: Path) -> Path:
        record = base_record(kind)
        record["id"] = identifier
        return write_record(content, record, kind)
    return plant


def target_group_term(identifier: str) -> Plant:
    def plant(content: Path) -> Path:
        path = content / "vocabularies" / "target-groups.yml"
        vocabulary = yaml.safe_load(path.read_text(encoding="utf-8"))
        vocabulary["terms"].append({"id": identifier, "label": {"sv": "Alla", "en": "All"}})
        path.write_text(yaml.safe_dump(vocabulary, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")
        return path
    return plant


PLANTS = {"project-index": record_with_id("projects", "index"),
          "method-index": record_with_id("methods", "index"),
          "target-group-index": target_group_term("index")}


@pytest.mark.parametrize("plant", PLANTS.values(), ids=PLANTS.keys())
def test_an_id_of_the_sites_own_page_is_refused(tmp_path: Path, plant: Plant) -> None:
    site = previous_site(tmp_path)
    before = tree_digest(site)
    content = content_copy(tmp_path)
    named = plant(content)
    outcome = run_build(tmp_path, content)
    assert outcome.code == 1
    assert located(outcome.output, named), outcome.output[-3000:]
    assert 'The id "index" is taken by one of the site\'s own pages' in outcome.output
    assert tree_digest(site) == before


def test_every_page_of_the_sites_own_is_declared_in_routes() -> None:
    """The reserved ids come from `routes.FIXED`: a page added to a section tomorrow must be
    declared there, or this fails (the generator's pages for a catalogue without records are
    the site's own pages and one page per county and target group, apart from the schema
    files in their own folder)."""
    vocabularies = fixture_catalog().vocabularies
    written = {page.path for tree in generate_all(Catalog(vocabularies=vocabularies)).values()
               for page in tree}
    term_pages = {route.path for kind, route_of in (("counties", routes.county),
                                                    ("target-groups", routes.target_group))
                  for term in vocabularies.get(kind, {}) for route in [route_of(term)]}
    declared = {route.path for route in routes.FIXED}
    assert {path for path in written - term_pages if not path.startswith("data/schema/")} \
        == declared


def test_a_page_in_a_record_folder_reserves_its_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(routes, "FIXED", (*routes.FIXED, Route("projects/feed.md"),
                                          Route("methods/archive/2024.md")))
    reserved_ids.cache_clear()
    try:
        taken = reserved_ids()
    finally:
        reserved_ids.cache_clear()
    assert taken["projects"] == {"index": "projects/", "feed": "projects/feed/"}
    assert taken["methods"]["archive"] == "methods/archive/2024/"


def test_every_section_index_is_reserved() -> None:
    assert all("index" in ids for ids in reserved_ids().values())


def test_a_collision_the_validator_did_not_foresee_stops_the_build_at_the_record(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Should a page of the site's own come to share a record page's address without being
    among the reserved ids, the build still refuses to write two pages to one address, and
    names the record."""
    monkeypatch.setattr(page_paths, "reserved_ids",
                        lambda: {kind: {} for kind in page_paths.RECORD_PAGES})

    def with_a_page_of_its_own_at(record_page: str) -> Callable[..., dict[str, list[Page]]]:
        def generated(*args: Any, **kwargs: Any) -> dict[str, list[Page]]:
            trees = generate_all(*args, **kwargs)
            return {lang: [*pages, Page(record_page, "# Ours\n")]
                    for lang, pages in trees.items()}
        return generated

    monkeypatch.setattr(pipeline, "generate_all",
                        with_a_page_of_its_own_at(routes.project("index").path))
    site = previous_site(tmp_path)
    before = tree_digest(site)
    content = content_copy(tmp_path)
    named = record_with_id("projects", "index")(content)
    outcome = run_build(tmp_path, content)
    assert outcome.code == 1
    assert located(outcome.output, named), outcome.output[-3000:]
    assert "The site would write two pages to the same address projects/index/ " \
        "(projects/index/index.md, projects/index/index.md)." in outcome.output
    assert tree_digest(site) == before
    assert not (tmp_path / "md").exists(), "nothing written before the check"


def test_pages_that_share_an_address_without_a_record_are_reported_too() -> None:
    trees = {"sv": [Page("about.md", "a"), Page("about/index.md", "b"), Page("x.md", "c")]}
    [problem] = page_path_problems(trees, Catalog(), {})
    assert (problem.code, problem.file, problem.params) == (
        "page_collision", "about.md", {"page": "about/", "paths": "about.md, about/index.md"})
