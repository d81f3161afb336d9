"""The contribution form's own checks, in Chromium: the validator's wording, an error
summary that leads to each field, errors tied to their inputs, and no axe violation with
the errors shown. Both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURE_CONTENT, fixture_catalog
from form_browser import add, control, fill, fill_required, open_form, record_yaml, validate_with
from playwright.sync_api import Page
from test_a11y_axe import describe, violations

from generator.i18n import t
from generator.validation.report import render

pytestmark = pytest.mark.browser
ROOTS = {"sv": "", "en": "en/"}


def check(page: Page) -> None:
    page.click("#vta-record-form button[type=submit]")
    page.wait_for_selector("[data-summary]:not([hidden])")


def error_of(page: Page, path: str) -> str:
    return page.locator(f'[data-path="{path}"] > [data-error]').first.inner_text()


def validator_says(diagnostic_field: str, code: str, text: str, tmp_path: Path,
                   lang: str) -> str:
    """The validator's message and what it expected for one problem in `text`, worded as
    the form words it."""
    result, _ = validate_with(FIXTURE_CONTENT, tmp_path, "ny-post.yml", text)
    found = [d for d in result.diagnostics if d.field == diagnostic_field and d.code == code]
    assert found, [(d.field, d.code) for d in result.diagnostics]
    parts = render(found[0], lang)
    return f"{parts['message']} {t(lang, 'report.expected')}: {parts['expected']}."


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_wording_is_the_validators(site_url: str, page: Page, tmp_path: Path,
                                   lang: str) -> None:
    open_form(page, f"{site_url}{ROOTS[lang]}contribute/")
    fill_required(page, "ny-post")
    fill(page, "period.start", "2019-05")
    fill(page, "period.end", "2018")
    add(page, "outcomes")
    fill(page, "outcomes.*.source", "s1")
    fill(page, "outcomes.*.status", "final")
    fill(page, "outcomes.*.participants.count", "20")
    fill(page, "outcomes.*.into_work.count", "25")
    check(page)
    text = record_yaml(page)
    assert error_of(page, "period.end") == validator_says(
        "period.end", "end_before_start", text, tmp_path / "period", lang)
    assert error_of(page, "outcomes.*.into_work.count") == validator_says(
        "outcomes[0].into_work.count", "part_over_participants", text, tmp_path / "work", lang)
    control(page, "owner").fill("")
    check(page)
    assert error_of(page, "owner") == validator_says(
        "owner", "missing", record_yaml(page), tmp_path / "owner", lang)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_summary_links_to_fields(site_url: str, page: Page, lang: str) -> None:
    taken = sorted(fixture_catalog().projects)[0]
    open_form(page, f"{site_url}{ROOTS[lang]}contribute/")
    fill_required(page, taken)
    add(page, "outcomes")
    fill(page, "outcomes.*.status", "final")
    fill(page, "outcomes.*.participants.count", "-3")
    fill(page, "outcomes.*.participants.percent", "150")
    fill(page, "sources.*.date", "2019-13")
    check(page)
    assert page.evaluate("document.activeElement.id") == "vta-form-summary"
    summary = page.locator("[data-summary] li a")
    texts = summary.all_inner_texts()
    expected = [
        t(lang, "check.duplicate_id.message", id=taken,
          other_file=f"content/projects/{taken}.yml"),
        t(lang, "check.missing.message", name="source"),
        t(lang, "check.too_small.message"),
        t(lang, "check.too_large.message"),
        t(lang, "check.partial_date.message"),
    ]
    assert len(texts) == len(expected), texts
    for text, message in zip(texts, expected, strict=True):
        assert message in text
    places = [text.split(": ")[0] for text in texts]
    assert places == ["id", "outcomes[0].source", "outcomes[0].participants.count",
                      "outcomes[0].participants.percent", "sources[0].date"], \
        "each error where the validator would place it"
    summary.nth(2).click()
    focused = page.evaluate("document.activeElement.id")
    field = control(page, "outcomes.*.participants.count")
    assert focused == field.get_attribute("id")
    assert field.get_attribute("aria-invalid") == "true"
    error_id = page.locator('[data-path="outcomes.*.participants.count"] > [data-error]') \
        .get_attribute("id")
    assert error_id in (field.get_attribute("aria-describedby") or "").split()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_no_axe_violation_with_errors_shown(site_url: str, page: Page, lang: str) -> None:
    open_form(page, f"{site_url}{ROOTS[lang]}contribute/")
    add(page, "partners")
    add(page, "outcomes")
    add(page, "outcomes.*.goals")
    fill(page, "id", "Inte ett id")
    check(page)
    assert page.locator("[data-summary] li").count() > 3
    found = violations(page)
    assert not found, describe(f"{ROOTS[lang]}contribute/ (errors shown)", found)


def test_lists_work_from_the_keyboard(site_url: str, page: Page) -> None:
    open_form(page, f"{site_url}en/contribute/")
    page.locator('[data-path="partners"] > [data-add]').focus()
    page.keyboard.press("Enter")
    first = control(page, "partners.*.organisation")
    assert page.evaluate("document.activeElement.id") == first.get_attribute("id")
    remove = page.locator('[data-path="partners"] [data-remove]')
    assert remove.inner_text() == t("en", "contribute.remove", what="Partners", number=1)
    remove.focus()
    page.keyboard.press("Enter")
    assert page.locator('[data-path="partners"] [data-item]').count() == 0
    assert page.evaluate("document.activeElement.dataset.add") == ""


def test_errors_follow_corrections(site_url: str, page: Page) -> None:
    open_form(page, f"{site_url}contribute/")
    fill_required(page, "Fel id")
    check(page)
    assert page.locator("[data-summary] li").count() == 1
    id_field = control(page, "id")
    id_field.fill("ratt-id")
    assert page.locator("[data-summary] li").count() == 0
    assert page.locator('[data-path="id"] > [data-error]').is_hidden()
    assert id_field.get_attribute("aria-invalid") is None
    assert page.evaluate("document.activeElement.id") == "vta-f-id"
    assert one_text(page) == t("sv", "contribute.summary.clean")


def one_text(page: Page) -> str:
    return page.locator("[data-summary-title]").inner_text()
