"""The report (`python -m generator report`) and the site's translation coverage count
untranslated text with one walk, so they list the same fields."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import yaml

from generator.reporting.collect import collect
from generator.reporting.translation import bilingual_texts, untranslated
from generator.schema.common import Prose, Text
from generator.site.coverage import untranslated_fields
from generator.validation.run import validate

CONTENT = Path(__file__).resolve().parent / "fixtures" / "catalogue"
PROJECT = "arbetsmarknadscenter"


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


def test_report_and_site_list_the_same_untranslated_fields(tmp_path: Path) -> None:
    content = content_without_some_english(tmp_path)
    report = collect(content, dt.date(2026, 11, 30), 2)
    reported = {(f"{record.kind}s/{record.id}", field)
                for record in report.coverage if record.kind != "vocabulary"
                for field in record.missing}
    shown = {(record, field) for record, field in untranslated_fields(validate(content).catalog)
             if not record.startswith("vocabularies/")}
    assert reported == shown
    assert (f"projects/{PROJECT}", "summary") in shown
