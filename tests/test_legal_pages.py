"""The accessibility statement, Contact and feedback, and each project page's "report an
error in this record" link, from the publisher's settings (extra.vta_feedback)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from test_generate_pure import PROJECT, fixture_records_catalog

from generator.build.feedback import BadFeedback, feedback_settings
from generator.catalog import Catalog
from generator.i18n import t
from generator.routes import ACCESSIBILITY, CONTACT, project
from generator.site.context import Feedback
from generator.site.format.dates import partial_date
from generator.site.generate import generate

SETTINGS = Feedback(issues="https://git.example.org/catalogue/issues",
                    email="katalogen@example.org", assessed="2026-11-30")


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    return fixture_records_catalog(tmp_path_factory.mktemp("legal-catalogue"))


def page(catalog: Catalog, lang: str, path: str, feedback: Feedback = SETTINGS) -> BeautifulSoup:
    pages = {made.path: made.markdown for made in generate(catalog, lang, feedback)}
    return BeautifulSoup(pages[path], "html.parser")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_statement_has_every_part_of_diggs_model(catalog: Catalog, lang: str) -> None:
    statement = page(catalog, lang, ACCESSIBILITY.path)
    text = statement.get_text(" ")
    for key in ("how_accessible", "cannot_use", "report", "supervision", "technical",
                "not_accessible", "not_covered", "method"):
        assert t(lang, f"legal.accessibility.heading.{key}") in text, key
    assert statement.select_one("a[href='https://www.digg.se/tdosanmalan']"), "Digg's form"
    date = partial_date(SETTINGS.assessed, lang)
    assert t(lang, "legal.accessibility.assessed", date=date) in text, "when it was assessed"
    assert statement.select_one(f"a[href='{SETTINGS.issues}']"), "how to report a problem"
    anchor = statement.select_one("a[href='#not-accessible']")
    assert anchor is not None and "{ #not-accessible }" in str(statement)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_contact_page_names_the_tracker_and_the_mailbox(catalog: Catalog, lang: str) -> None:
    contact = page(catalog, lang, CONTACT.path)
    assert contact.select_one(f"a[href='{SETTINGS.issues}']")
    assert contact.select_one(f"a[href='mailto:{SETTINGS.email}']")
    assert contact.select_one("a[href='../accessibility/']")


def test_without_settings_the_pages_say_so(catalog: Catalog) -> None:
    contact = page(catalog, "sv", CONTACT.path, Feedback())
    assert t("sv", "legal.contact.none") in contact.get_text(" ")
    assert not contact.select("a[href^='mailto:']")
    statement = page(catalog, "en", ACCESSIBILITY.path, Feedback())
    assert t("en", "legal.accessibility.not_assessed") in statement.get_text(" ")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_report_link_opens_an_issue_naming_the_records_file(catalog: Catalog,
                                                            lang: str) -> None:
    link = page(catalog, lang, project(PROJECT).path).select_one(".vta-report a")
    assert link is not None and link.get_text() == t(lang, "legal.report.link")
    address = urlsplit(str(link["href"]))
    assert f"{address.scheme}://{address.netloc}{address.path}" == SETTINGS.issues + "/new"
    fields = parse_qs(address.query)
    assert f"content/projects/{PROJECT}.yml" in fields["title"][0]
    assert f"content/projects/{PROJECT}.yml" in fields["body"][0]


def test_without_a_tracker_the_report_link_leads_to_the_contact_page(catalog: Catalog) -> None:
    link = page(catalog, "sv", project(PROJECT).path, Feedback()).select_one(".vta-report a")
    assert link is not None and link["href"] == "../../contact/#report-error"


def _settings(folder: Path, text: str) -> Path:
    (folder / "mkdocs.yml").write_text(text, encoding="utf-8")
    return folder


def test_settings_are_read_from_mkdocs_yml(tmp_path: Path) -> None:
    folder = _settings(tmp_path, "site_name: x\nextra:\n  vta_feedback:\n"
                       f"    issues: {SETTINGS.issues}\n    email: {SETTINGS.email}\n"
                       "    assessed: 2026-11-30\n  other: !ENV [HOME]\n")
    assert feedback_settings(folder, "sv") == SETTINGS
    assert feedback_settings(_settings(tmp_path, "site_name: x\n"), "sv") == Feedback()


@pytest.mark.parametrize(("settings", "key"), [
    ("issues: javascript:alert(1)", "issues"), ("issues: https://x.org/i?a=1", "issues"),
    ("email: not an address", "email"), ("assessed: 1 december", "assessed"),
    ("assessed: 2026-13-01", "assessed"), ("isues: https://x.org/", "isues")])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_bad_setting_stops_the_build_with_its_key(tmp_path: Path, settings: str, key: str,
                                                   lang: str) -> None:
    folder = _settings(tmp_path, f"extra:\n  vta_feedback:\n    {settings}\n")
    with pytest.raises(BadFeedback) as problem:
        feedback_settings(folder, lang)
    assert key in str(problem.value) and "vta_feedback" in str(problem.value)
