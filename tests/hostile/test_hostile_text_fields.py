"""Script and HTML in every text field of a project and a method, found by walking the model.

Markup is refused at validation, located, and the previous site stays. Text that is
allowed but looks like markup (quotes, braces, entities, `javascript:`) is built and
must come out as plain text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import one, soup
from hostile_build import (
    base_record,
    content_copy,
    located,
    own_scripts,
    previous_site,
    run_build,
    tree_digest,
    unsafe_markup,
    write_record,
)
from pydantic import BaseModel
from schema_walk import get, present, put, text_fields

from generator.schema import Method, Project

MODELS: dict[str, type[BaseModel]] = {"projects": Project, "methods": Method}
FIELDS = [(kind, path, markdown) for kind, model in MODELS.items()
          for path, markdown in text_fields(model)]
MARKUP = ['<script>alert("x")</script>', '<img src=x onerror=alert(1)>',
          "<a href='javascript:alert(1)'>x</a>", "<!-- x -->", "<svg/onload=alert(1)>"]
# Allowed by the validator in every text field, yet each would be markup if not escaped.
LOOKALIKES = {
    "quote-breakout": "Ett \"citat\" ' onmouseover='alert(1)' \" onfocus=\"alert(2)",
    "attr-list": "Text {: onclick=alert(1) } och { #fake-id .md-button } och {onload=x}",
    "entities": "&lt;script&gt;alert(1)&lt;/script&gt; &#60;b&#62; &amp;lt;i&amp;gt;",
    "bare-scheme": "javascript:alert(1) data:text/html,x vbscript:msgbox(1)",
    "markdown-syntax": "**fet** _kursiv_ `kod` # rubrik | tabell | ~~x~~ \\ [a] ==",
}


def test_every_text_field_is_attacked() -> None:
    """The complete example records fill in every text field the models have."""
    missing = [(kind, path) for kind, path, _ in FIELDS
               if not present(base_record(kind), path[:-1])]
    assert len(FIELDS) > 40 and not missing, missing


# Each field gets one of the markup samples in turn: every field and every sample is used.
CASES = [(kind, path, MARKUP[index % len(MARKUP)])
         for index, (kind, path, _) in enumerate(FIELDS)]


@pytest.mark.parametrize(("kind", "path", "markup"), CASES,
                         ids=[f"{k}.{'.'.join(map(str, p))}" for k, p, _ in CASES])
def test_markup_in_a_text_field_is_refused_and_located(
        tmp_path: Path, kind: str, path: tuple[str | int, ...], markup: str) -> None:
    site = previous_site(tmp_path)
    before = tree_digest(site)
    record = base_record(kind)
    original = get(record, path) if present(record, path) else "Text"
    put(record, path, f"{original} {markup}" if isinstance(original, str) else markup)
    written = write_record(content_copy(tmp_path), record, kind)
    outcome = run_build(tmp_path, written.parent.parent)
    assert outcome.code == 1, outcome.output
    assert located(outcome.output, written), outcome.output
    assert tree_digest(site) == before, "a failed build must not touch the site"


@pytest.mark.parametrize("payload", LOOKALIKES.values(), ids=LOOKALIKES.keys())
def test_markup_lookalikes_in_every_field_come_out_as_text(
        tmp_path: Path, built_site: Path, payload: str) -> None:
    content = content_copy(tmp_path)
    for kind in MODELS:
        record = base_record(kind)
        for field_kind, path, _ in FIELDS:
            if field_kind == kind and path[-1] != "archived_copy":
                put(record, path, payload)
        write_record(content, record, kind)
    outcome = run_build(tmp_path, content)
    assert outcome.code == 0, outcome.output
    assert unsafe_markup(outcome.site, own_scripts(built_site)) == []
    for kind in MODELS:
        page = soup(outcome.site, f"en/{kind}/{base_record(kind)['id']}/")
        heading = one(page, "article h1").get_text(" ", strip=True)
        assert heading.startswith(" ".join(payload.split())), "shown exactly as written"
