"""The contribution form in Chromium: what it writes is what the validator accepts.

Filled with only the required fields, or with everything (partners, two sources, an
outcome with goals), the YAML the page shows is written into a copy of the fixture
catalogue and validated; its project page shows what was typed. A fixture record loaded
with ?edit= and written out again validates and renders the same page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURE_CONTENT, fixture_catalog
from form_browser import (
    add,
    catalog_of,
    fill,
    fill_required,
    open_form,
    record_yaml,
    tick,
    validate_with,
)
from playwright.sync_api import Page

from generator.catalog import Catalog
from generator.site.context import Context
from generator.site.lookups.index import build_index
from generator.site.pages.project import project_page

pytestmark = pytest.mark.browser
ROOTS = {"sv": "", "en": "en/"}


def project_markdown(project_id: str, lang: str, catalog: Catalog | None = None) -> str:
    """The project's page as generated from `catalog` (the fixture catalogue if none)."""
    catalog = catalog or fixture_catalog()
    ctx = Context(catalog, build_index(catalog), lang)
    return project_page(ctx, catalog.projects[project_id]).markdown


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_required_fields_only_validate(site_url: str, page: Page, tmp_path: Path,
                                       lang: str) -> None:
    open_form(page, f"{site_url}{ROOTS[lang]}contribute/")
    fill_required(page, "ny-vag-in")
    text = record_yaml(page)
    assert text.startswith("# yaml-language-server: $schema=../../schema/project.schema.json\n")
    assert "added: 2026-12-01\n" in text, "a date the validator reads as a date: bare"
    result, _ = validate_with(FIXTURE_CONTENT, tmp_path, "ny-vag-in.yml", text)
    project = catalog_of(result, lang).projects["ny-vag-in"]
    assert project.name.sv == "Nytt projekt: en väg in"
    assert project.summary.sv == "Ett projekt för nyanlända.\n\nDet andra stycket."
    assert [source.id for source in project.sources] == ["s1"]


def _fill_everything(page: Page) -> None:
    fill_required(page, "hela-vagen")
    fill(page, "name.en", "A whole new way")
    fill(page, "summary.en", "A project for newcomers.")
    for nth, (organisation, role) in enumerate((("arbetsformedlingen", "Samverkanspart"),
                                                ("forsakringskassan", "Handläggare"))):
        add(page, "partners")
        fill(page, "partners.*.organisation", organisation, nth)
        fill(page, "partners.*.role.sv", role, nth)
    tick(page, "municipalities", "0180")
    tick(page, "counties", "01")
    fill(page, "esf_case_id", "2018/00123")
    fill(page, "budget.source", "s1")
    fill(page, "budget.currency", "SEK")
    fill(page, "budget.total", "12 000 000")
    fill(page, "period.start", "2019-01")
    fill(page, "period.end", "2021")
    add(page, "sources")
    fill(page, "sources.*.id", "s2", 1)
    fill(page, "sources.*.title", "Lägesrapport: år 2", 1)
    fill(page, "sources.*.publisher", "Kommunen", 1)
    fill(page, "sources.*.date", "2022-03", 1)
    add(page, "outcomes")
    fill(page, "outcomes.*.source", "s2")
    fill(page, "outcomes.*.status", "final")
    fill(page, "outcomes.*.participants.count", "246")
    fill(page, "outcomes.*.into_work.count", "100")
    fill(page, "outcomes.*.into_work.precision", "just_over")
    fill(page, "outcomes.*.into_work.wording", "drygt 100 personer gått vidare i arbete")
    for nth, (measure, count) in enumerate((("work", "90"), ("participants", "200"))):
        add(page, "outcomes.*.goals")
        fill(page, "outcomes.*.goals.*.text.sv", f"Mål för {measure}", nth)
        fill(page, "outcomes.*.goals.*.measure", measure, nth)
        fill(page, "outcomes.*.goals.*.count", count, nth)
    fill(page, "continued_after_funding.status", "yes")
    fill(page, "contact.organisation", "arbetsformedlingen")
    fill(page, "contact.email", "arbetsmarknad@example.org")


def test_everything_round_trips(site_url: str, page: Page, tmp_path: Path) -> None:
    open_form(page, f"{site_url}contribute/")
    _fill_everything(page)
    text = record_yaml(page)
    assert 'municipalities: ["0180"]' in text, "a code with a leading zero stays text"
    assert 'status: "yes"' in text, "yes would be read as true"
    assert "total: 12000000\n" in text, "a number as people write it, bare in the YAML"
    result, _ = validate_with(FIXTURE_CONTENT, tmp_path, "hela-vagen.yml", text)
    catalog = catalog_of(result)
    project = catalog.projects["hela-vagen"]
    assert [p.organisation for p in project.partners] == ["arbetsformedlingen",
                                                          "forsakringskassan"]
    assert [s.id for s in project.sources] == ["s1", "s2"]
    outcome = project.outcomes[0]
    assert outcome.participants and outcome.participants.count == 246
    assert outcome.into_work and outcome.into_work.precision == "just_over"
    assert [goal.count for goal in outcome.goals] == [90, 200]
    assert project.budget and project.budget.total == 12_000_000
    markdown = project_markdown("hela-vagen", "sv", catalog)
    for shown in ("Nytt projekt: en väg in", "246", "Mål för work", "Lägesrapport: år 2",
                  "2018/00123", "arbetsmarknad@example.org"):
        assert shown in markdown, shown


@pytest.mark.parametrize("project_id", sorted(fixture_catalog().projects))
def test_edit_regenerates_the_same_record(site_url: str, page: Page, tmp_path: Path,
                                          project_id: str) -> None:
    open_form(page, f"{site_url}contribute/?edit={project_id}")
    page.wait_for_function(
        "id => document.querySelector('[data-edit-status]').textContent.includes(id)",
        arg=project_id)
    text = record_yaml(page)
    result, _ = validate_with(FIXTURE_CONTENT, tmp_path, f"{project_id}.yml", text,
                              replace=f"{project_id}.yml")
    catalog = catalog_of(result)
    assert catalog.projects[project_id] == fixture_catalog().projects[project_id]
    for lang in ("sv", "en"):
        assert project_markdown(project_id, lang, catalog) == project_markdown(project_id, lang)


def test_edit_of_an_unknown_record_says_so(site_url: str, page: Page) -> None:
    open_form(page, f"{site_url}en/contribute/?edit=no-such-project")
    status = page.locator("[data-edit-status]")
    status.filter(has_text="no-such-project").wait_for()
    assert "There is no project record" in status.inner_text()
