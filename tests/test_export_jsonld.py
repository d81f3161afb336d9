"""schema.org JSON-LD on project pages: right facts, and no way out of the <script> element."""

from __future__ import annotations

import json
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from conftest import fixture_catalog, soup

from generator.export.jsonld import project_json_ld, project_script, script_json
from generator.schema.common import Prose, Text

CATALOG = fixture_catalog()
HOSTILE = '</script><script>alert(1)</script><!-- & </SCRIPT > \u2028 "quoted"'
MARKDOWN_EXTENSIONS = ["attr_list", "md_in_html", "tables", "def_list", "admonition", "toc"]


def test_script_json_never_contains_markup_characters() -> None:
    text = script_json({"name": HOSTILE})
    assert not {"<", ">", "&", "\u2028"} & set(text)
    assert json.loads(text) == {"name": HOSTILE}


def test_hostile_record_text_stays_inside_the_script_element() -> None:
    # Validation refuses such text; the generator must be safe even if it did not.
    project = CATALOG.projects["goinge-forward"].model_copy(update={
        "name": Text.model_construct(sv=HOSTILE, en=HOSTILE),
        "summary": Prose.model_construct(sv=HOSTILE, en=None)})
    element = project_script(CATALOG, project, "sv")
    for html in (element, markdown.markdown(f"# Rubrik\n\n{element}\n",
                                            extensions=MARKDOWN_EXTENSIONS)):
        page = BeautifulSoup(html, "html.parser")
        scripts = page.find_all("script")
        assert len(scripts) == 1, html
        assert scripts[0].get("type") == "application/ld+json"
        data = json.loads(scripts[0].string or "")
        assert data["name"] == HOSTILE and data["description"] == HOSTILE.strip()


@pytest.mark.parametrize(("lang", "root", "name", "owner"), [
    ("sv", "", "Goinge Forward \u2013 En väg in", "Östra Göinge kommun"),
    ("en", "en/", "Goinge Forward \u2013 En väg in (A way in)",
     "Östra Göinge kommun (Östra Göinge Municipality)")])
def test_project_page_embeds_its_json_ld(
        built_site: Path, lang: str, root: str, name: str, owner: str) -> None:
    page = soup(built_site, root + "projects/goinge-forward/")
    scripts = page.select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    data = json.loads(scripts[0].string or "")
    assert data == project_json_ld(CATALOG, CATALOG.projects["goinge-forward"], lang)
    assert data["@context"] == "https://schema.org" and data["@type"] == "Project"
    assert data["name"] == name and data["founder"]["name"] == owner
    assert data["url"] == "./" and data["foundingDate"] == "2016"
    assert [area["name"] for area in data["areaServed"]] == ["Östra Göinge"]
    assert data["description"].startswith(("Arbetsmarknadsprojekt", "A labour-market project"))


def test_every_project_page_has_valid_json_ld(built_site: Path) -> None:
    for project_id in CATALOG.projects:
        for root in ("", "en/"):
            page = soup(built_site, f"{root}projects/{project_id}/")
            (script,) = page.select('script[type="application/ld+json"]')
            data = json.loads(script.string or "")
            assert data["@type"] == "Project" and data["founder"]["@type"] == "Organization"
