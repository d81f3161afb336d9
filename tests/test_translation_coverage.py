"""The report (`python -m generator report`) lists the texts without English that the
English site shows in Swedish, marked `lang="sv"`."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import markdown
import yaml
from bs4 import BeautifulSoup
from conftest import one

from generator.reporting.collect import collect
from generator.reporting.translation import bilingual_texts, untranslated
from generator.schema.common import Prose, Text
from generator.site.generate import generate
from generator.validation.run import validate

CONTENT = Path(__file__).resolve().parent / "fixtures" / "catalogue"
PROJECT = "arbetsmarknadscenter"
EXTENSIONS = ["attr_list", "md_in_html", "tables", "def_list", "admonition", "toc"]


def content_without_some_english(folder: Path) -> Path:
    """A copy of the fixture catalogue whose project has no English summary and name."""
    content = folder / "content"
    shutil.copytree(CONTENT, content)
    path = content / "projects" / f"{PROJECT}.yml"
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    del record["summary"]["en"], record["name"]["en"]
    path.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), "utf-8")
    return content


def test_walk_finds_short_and_long_texts_in_reading_order(tmp_path: Path) -> None:
    catalog = validate(content_without_some_english(tmp_path)).catalog
    project = catalog.projects[PROJECT]
    texts = bilingual_texts(project)
    assert [path for path, _ in texts][:2] == [("name",), ("summary",)]
    assert all(isinstance(text, (Text, Prose)) for _, text in texts)
    assert untranslated(project) == [("name",), ("summary",)]


def test_what_the_report_lists_the_english_site_shows_in_swedish(tmp_path: Path) -> None:
    content = content_without_some_english(tmp_path)
    report = collect(content, dt.date(2026, 11, 30), 2)
    missing = {field for record in report.coverage if record.kind != "vocabulary"
               for field in record.missing if record.id == PROJECT}
    assert missing == {"name", "summary"}
    project = validate(content).catalog.projects[PROJECT]
    page = next(page for page in generate(validate(content).catalog, "en")
                if page.path == f"projects/{PROJECT}/index.md")
    html = BeautifulSoup(markdown.markdown(page.markdown, extensions=EXTENSIONS), "html.parser")
    assert one(html, 'h1 span[lang="sv"]').get_text() == project.name.sv
    assert project.summary.sv.split()[0] in one(html, '.vta-lead div[lang="sv"]').get_text()
