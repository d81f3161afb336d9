"""Text without English: Swedish on the English page, marked lang="sv" and listed for the report."""

from __future__ import annotations

import copy

import markdown
from bs4 import BeautifulSoup
from conftest import fixture_catalog

from generator.catalog import Catalog
from generator.diagnostics import format_path
from generator.reporting.translation import untranslated
from generator.schema.common import Prose, Text
from generator.site.generate import generate

EXTENSIONS = ["attr_list", "md_in_html", "tables", "def_list", "admonition", "toc"]


def catalogue_missing_translations() -> Catalog:
    catalog = copy.copy(fixture_catalog())
    catalog.projects = dict(catalog.projects)
    sin = catalog.projects["sin"]
    catalog.projects["sin"] = sin.model_copy(update={
        "summary": Prose(sv=sin.summary.sv),
        "partners": [
            sin.partners[0].model_copy(update={"role": Text(sv="Projektägare i samverkan")}),
            *sin.partners[1:]],
    })
    return catalog


def render(lang: str, path: str, catalog: Catalog) -> BeautifulSoup:
    page = next(p for p in generate(catalog, lang) if p.path == path)
    return BeautifulSoup(markdown.markdown(page.markdown, extensions=EXTENSIONS), "html.parser")


def test_missing_prose_is_swedish_marked_and_labelled() -> None:
    catalog = catalogue_missing_translations()
    page = render("en", "projects/sin/index.md", catalog)
    block = page.select_one('.vta-lead div[lang="sv"]')
    assert block is not None
    assert catalog.projects["sin"].summary.sv.split()[0] in block.get_text()
    badge = block.select_one(".vta-untranslated")
    assert badge is not None and "not yet translated" in badge.get_text()


def test_missing_short_text_is_swedish_marked() -> None:
    page = render("en", "projects/sin/index.md", catalogue_missing_translations())
    span = next(s for s in page.select('dl.vta-facts span[lang="sv"]')
                if s.get_text() == "Projektägare i samverkan")
    assert span.find_next_sibling(class_="vta-untranslated") is not None


def test_swedish_page_has_no_marks() -> None:
    page = render("sv", "projects/sin/index.md", catalogue_missing_translations())
    assert page.select(".vta-untranslated") == []
    assert page.select(".vta-fallback") == []


def test_the_report_walk_finds_the_fields_shown_in_swedish() -> None:
    fields = [format_path(path)
              for path in untranslated(catalogue_missing_translations().projects["sin"])]
    assert "summary" in fields
    assert "partners[0].role" in fields
