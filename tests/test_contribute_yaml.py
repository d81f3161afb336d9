"""The form's YAML writer and its GitHub link, run in Chromium on the built site's own
modules: what YAML reads back is what was typed, and long records fall back to copying."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from form_browser import fill_required, open_form, record_yaml
from playwright.sync_api import Page

pytestmark = pytest.mark.browser

TRICKY = ["0180", "yes", "No", "on", "null", "007", "12", "1e3", "a: b", "#hash", "- dash",
          "Final report: part 1", "e.g.", "goinge-forward", "s1", "at_least", "2019-06",
          "[list]", "{map}", "'single'", '"double"', "tab\there", "ends with space ",
          "Göinge", "~", "@home", "`tick`", "*star", "&amp", "!tag", "%pct", "|pipe", ">gt"]


def to_yaml(page: Page, record: dict[str, Any], days: tuple[str, ...] = ()) -> str:
    script = """async ([record, days]) => {
      const { toYaml, Day } = await import(new URL("../assets/javascripts/record-yaml.js",
                                                    location.href));
      for (const key of days) record[key] = new Day(record[key]);
      return toYaml(record, "# header");
    }"""
    text: str = page.evaluate(script, [record, list(days)])
    return text


def test_strings_read_back_as_typed(site_url: str, page: Page) -> None:
    open_form(page, f"{site_url}contribute/")
    record = {f"k{index}": value for index, value in enumerate(TRICKY)}
    text = to_yaml(page, record)
    assert text.startswith("# header\n")
    assert yaml.safe_load(text) == record
    assert "k14: s1\n" in text and "k13: goinge-forward\n" in text, "ids stay bare"


def test_blocks_numbers_and_days(site_url: str, page: Page) -> None:
    open_form(page, f"{site_url}contribute/")
    record = {"added": "2026-12-01", "count": 246, "share": 55.5,
              "prose": {"sv": "Ett.\n\nTvå: tre.\n", "en": "  indented first\nsecond"},
              "items": [{"id": "s1", "text": {"sv": "ja"}}, {"id": "s2"}],
              "codes": ["0180", "01"]}
    text = to_yaml(page, record, days=("added",))
    assert "added: 2026-12-01\n" in text and "count: 246\n" in text
    read = yaml.safe_load(text)
    assert str(read.pop("added")) == "2026-12-01"
    del record["added"]
    assert read == record


def test_github_link_and_long_records(site_url: str, page: Page) -> None:
    open_form(page, f"{site_url}contribute/")
    script = """async ([yamlText]) => {
      const { updateSending } = await import(new URL("../assets/javascripts/record-send.js",
                                                      location.href));
      const root = document.createElement("div");
      root.innerHTML = '<span data-file-name></span><a data-send-github hidden></a>' +
        '<p data-send-how hidden></p><p data-send-too-long hidden></p>';
      updateSending(root, { repo: "https://github.com/owner/repo",
                            folder: "content/projects/" }, yamlText, "ny-post");
      const link = root.querySelector("a");
      return { href: link.getAttribute("href"), link: !link.hidden,
               tooLong: !root.querySelector("[data-send-too-long]").hidden,
               file: root.querySelector("[data-file-name]").textContent };
    }"""
    short = "id: ny-post\nname:\n  sv: \"Å & ä: 100 %\"\n"
    shown = page.evaluate(script, [short])
    parts = urlsplit(shown["href"])
    assert (parts.netloc, parts.path) == ("github.com", "/owner/repo/new/main")
    query = parse_qs(parts.query)
    assert query == {"filename": ["content/projects/ny-post.yml"], "value": [short]}
    assert shown["link"] and not shown["tooLong"] and shown["file"] == "ny-post.yml"
    long = page.evaluate(script, ["description: " + "ö" * 3000])
    assert not long["link"] and long["tooLong"]


def test_without_a_repository_the_page_says_so(site_url: str, page: Page) -> None:
    """The fixture site's mkdocs.yml sets no repo_url: no GitHub link, copy and download."""
    open_form(page, f"{site_url}en/contribute/")
    fill_required(page, "ny-post")
    assert page.locator("[data-send-github]").count() == 0
    assert "repo_url" in page.locator("[data-form-output]").inner_text()
    with page.expect_download() as download:
        page.click("[data-send-download]")
    assert download.value.suggested_filename == "ny-post.yml"
    path = download.value.path()
    assert path.read_text(encoding="utf-8") == record_yaml(page)


def test_copy_puts_the_record_on_the_clipboard(site_url: str, page: Page) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"],
                                   origin=site_url.rstrip("/"))
    open_form(page, f"{site_url}contribute/")
    fill_required(page, "ny-post")
    page.click("[data-send-copy]")
    page.locator("[data-send-status]").filter(has_text="kopierad").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == record_yaml(page)
