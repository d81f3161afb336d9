"""The explorer in real headless Chromium: facets, counts, the address, sorting.

Expected projects and counts are computed from the catalogue with the same
facet labels the generator writes, never written down here.
"""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from conftest import fixture_catalog
from playwright.sync_api import Browser, Page
from search_browser import explorer_links

from generator.site.lookups.cards import sort_values
from generator.site.lookups.facets import facet_values

pytestmark = pytest.mark.browser

CATALOG = fixture_catalog()
ROOTS = {"sv": "", "en": "en/"}


def labels(lang: str) -> dict[str, set[tuple[str, str]]]:
    """Each project's (facet, label) pairs in `lang`."""
    return {project_id: {(value.facet, value.label)
                         for value in facet_values(CATALOG, lang, project)}
            for project_id, project in CATALOG.projects.items()}


def having(values: dict[str, set[tuple[str, str]]], *wanted: tuple[str, str]) -> set[str]:
    return {project for project, pairs in values.items() if set(wanted) <= pairs}


def busiest_pair(values: dict[str, set[tuple[str, str]]]) -> tuple[tuple[str, str], ...]:
    """A method and a target group that together narrow the list without emptying it."""
    pairs = set().union(*values.values())
    candidates = [(len(having(values, method, group)), method, group)
                  for method in sorted(p for p in pairs if p[0] == "method")
                  for group in sorted(p for p in pairs if p[0] == "target_group")
                  if 0 < len(having(values, method, group)) < len(having(values, method))]
    assert candidates, "the catalogue has a method and a target group that narrow the list"
    _, method, group = max(candidates)
    return method, group


def choose(page: Page, facet: str, label: str) -> None:
    group = page.locator(f"details[data-facet={facet}]")
    if not group.evaluate("details => details.open"):
        group.locator("summary").click()
    group.locator(f"input[type=checkbox][value={json.dumps(label, ensure_ascii=False)}]").check()


def shown_counts(page: Page, facet: str) -> dict[str, int]:
    counts = {}
    for label in page.locator(f"details[data-facet={facet}] label").all():
        value = str(label.locator("input").get_attribute("value"))
        text = str(label.locator(".vta-facet__count").text_content())
        # "(5)", or "(5, varav 2 via smalare)" where narrower target groups brought some.
        counts[value] = int(text.strip("()").split(",")[0])
    return counts


def urls(project_ids: set[str], root: str = "") -> set[str]:
    return {f"/{root}projects/{project_id}/" for project_id in project_ids}


def test_method_and_target_group_narrow_the_list(site_url: str, page: Page) -> None:
    values = labels("sv")
    method, group = busiest_pair(values)
    page.goto(f"{site_url}explore/")
    assert set(explorer_links(page)) == urls(set(CATALOG.projects))
    choose(page, *method)
    assert set(explorer_links(page)) == urls(having(values, method))
    counties = {pair for pairs in values.values() for pair in pairs if pair[0] == "county"}
    assert shown_counts(page, "county") == {
        label: len(having(values, method, ("county", label))) for _, label in counties}
    choose(page, *group)
    expected = having(values, method, group)
    assert set(explorer_links(page)) == urls(expected)
    assert page.locator(".vta-explore__status").inner_text().startswith(f"{len(expected)} ")
    # Within a facet any value may match, so its counts ignore its own choice.
    for facet, other in (("method", group), ("target_group", method)):
        pairs = {pair for pairs in values.values() for pair in pairs if pair[0] == facet}
        assert shown_counts(page, facet) == {
            label: len(having(values, (facet, label), other)) for _, label in pairs}


def test_the_address_reproduces_the_view(site_url: str, browser: Browser, page: Page) -> None:
    values = labels("sv")
    method, group = busiest_pair(values)
    page.goto(f"{site_url}explore/")
    explorer_links(page)
    choose(page, *method)
    explorer_links(page)
    choose(page, *group)
    links = set(explorer_links(page))
    address = page.url
    assert f"{method[0]}={quote(method[1], safe='').replace('%20', '+')}" in address

    fresh = browser.new_page()
    fresh.goto(address)
    assert set(explorer_links(fresh)) == links
    checked = fresh.locator(".vta-explore__form input:checked").evaluate_all(
        "boxes => boxes.map(box => [box.name, box.value])")
    assert sorted(map(tuple, checked)) == sorted([method, group])
    fresh.close()

    page.go_back()
    expected = urls(having(values, method))
    assert set(explorer_links(page, expected)) == expected
    assert page.locator(".vta-explore__form input:checked").count() == 1


def test_the_english_explorer_links_english_pages(site_url: str, page: Page) -> None:
    values = labels("en")
    county = sorted(pair for pairs in values.values() for pair in pairs if pair[0] == "county")[0]
    page.goto(f"{site_url}en/explore/?county={quote(county[1])}")
    assert set(explorer_links(page)) == urls(having(values, county), "en/")
    titles = page.locator(".vta-card__title a").all_inner_texts()
    assert all(CATALOG.projects[link.split("/")[-2]].name.en in titles
               for link in explorer_links(page) if CATALOG.projects[link.split("/")[-2]].name.en)


def test_sorting_by_participants_leaves_out_projects_without_the_figure(
        site_url: str, page: Page) -> None:
    participants = {project_id: int(sorts["participants"])
                    for project_id, project in CATALOG.projects.items()
                    if "participants" in (sorts := sort_values("sv", project))}
    page.goto(f"{site_url}explore/?sort=participants")
    expected = sorted(participants, key=lambda project_id: -participants[project_id])
    assert explorer_links(page) == [f"/projects/{project_id}/" for project_id in expected]
    missing = len(CATALOG.projects) - len(participants)
    if missing:
        assert f"{missing} av dem visas inte" in page.locator(".vta-explore__status").inner_text()


def test_free_text_narrows_to_matching_projects(site_url: str, page: Page) -> None:
    page.goto(f"{site_url}explore/")
    explorer_links(page)
    page.get_by_label("Sök bland projekten").fill("Skellefteå")
    assert explorer_links(page) == ["/projects/sin/"]
    assert "q=Skellefte%C3%A5" in page.url


def test_browsing_without_text_fetches_no_word_index(site_url: str, page: Page) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{site_url}explore/")
    explorer_links(page)
    choose(page, *busiest_pair(labels("sv"))[0])
    explorer_links(page)
    assert not [url for url in requested if "/pagefind/index/" in url]
    page.get_by_label("Sök bland projekten").fill("Skellefteå")
    explorer_links(page)
    assert [url for url in requested if "/pagefind/index/" in url], "text needs the word index"
