"""Property: every record that validates builds.

The probe found records the validator accepted that then broke every later build: a date in
2206 (timestamps past gzip's 2106), a budget beyond what a float holds, a relative link
MkDocs --strict refuses, text nested past Python's recursion limit. Hypothesis varies the
complete example records (record_strategies.py); whatever validates must generate in both
languages without an error, render with Python-Markdown with stack to spare, give the build
timestamps gzip can hold, publish JSON without NaN or Infinity and CSV without formulas, and
put every page on an address of its own. A few generated records also go through the real
build, MkDocs and Pagefind included.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import markdown
import yaml
from hostile_build import (
    CONTENT,
    base_record,
    own_scripts,
    run_build,
    unsafe_markup,
    write_record,
)
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from record_strategies import TODAY, records
from test_hostile_nesting import little_stack

from generator.build.pipeline import source_date_epoch
from generator.catalog import Catalog
from generator.export.csv_safety import is_formula
from generator.page import Page
from generator.site.generate import generate_all
from generator.validation.page_paths import page_path_problems
from generator.validation.run import validate

EXTENSIONS = ["attr_list", "md_in_html", "tables", "def_list", "admonition", "toc"]
GZIP_LATEST = 2**32 - 1
_MD_LINK = re.compile(r'href="[^"#?]*\.md(?:[#?"])')


def small_content(folder: Path) -> Path:
    """The vocabularies, every method and the projects the example records lead to by
    `predecessor`: what they refer to, without the rest of the catalogue."""
    content = folder / "content"
    shutil.copytree(CONTENT / "vocabularies", content / "vocabularies")
    shutil.copytree(CONTENT / "methods", content / "methods")
    (content / "projects").mkdir()
    wanted = base_record("projects").get("predecessor")
    while isinstance(wanted, str) and not (content / "projects" / f"{wanted}.yml").exists():
        source = CONTENT / "projects" / f"{wanted}.yml"
        shutil.copy(source, content / "projects" / source.name)
        wanted = yaml.safe_load(source.read_text(encoding="utf-8")).get("predecessor")
    return content


def valid_catalogue(folder: Path, written: list[tuple[str, dict[str, Any]]]) -> Catalog | None:
    content = small_content(folder)
    for kind, record in written:
        write_record(content, record, kind)
    result = validate(content, today=TODAY)
    return result.catalog if result.ok else None


def no_constants(name: str) -> None:
    raise AssertionError(f"{name} in published JSON")


def check_builds(catalog: Catalog, kind: str, record_id: str) -> None:
    trees = generate_all(catalog)
    assert page_path_problems(trees, catalog, {}) == []
    assert 0 <= source_date_epoch(catalog) <= GZIP_LATEST
    for language, pages in trees.items():
        for page in pages:
            if page.path.endswith(".json"):
                json.loads(page.markdown, parse_constant=no_constants)
            elif page.path.endswith(".csv"):
                rows = csv.reader(io.StringIO(page.markdown.removeprefix("\ufeff")))
                assert not any(is_formula(cell) for row in rows for cell in row)
        own = next(page for page in pages if page.path == f"{kind}/{record_id}/index.md")
        html = render(own)
        assert _MD_LINK.search(html) is None, f"{language}: a link MkDocs would refuse"


def render(page: Page) -> str:
    with little_stack(150):
        html: str = markdown.markdown(page.markdown, extensions=EXTENSIONS)
    return html


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.sampled_from(["projects", "methods"]).flatmap(
    lambda kind: st.tuples(st.just(kind), records(kind))))
@example(("projects", base_record("projects")))
@example(("methods", base_record("methods")))
def test_every_record_that_validates_generates(drawn: tuple[str, dict[str, Any]]) -> None:
    kind, record = drawn
    with tempfile.TemporaryDirectory() as folder:
        catalog = valid_catalogue(Path(folder), [(kind, record)])
    if catalog is not None:
        check_builds(catalog, kind, str(record["id"]))


def test_the_records_referred_to_are_valid_on_their_own(tmp_path: Path) -> None:
    """Otherwise no generated record could validate, and the property would hold vacuously."""
    assert validate(small_content(tmp_path), today=TODAY).ok
    assert valid_catalogue(tmp_path / "again", [("projects", base_record("projects")),
                                                 ("methods", base_record("methods"))])


@settings(max_examples=1, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.tuples(records("projects", changes=4), records("projects", changes=4),
                 records("methods", changes=4)))
def test_generated_records_go_through_the_real_build(
        tmp_path_factory: Any, built_site: Path, drawn: tuple[dict[str, Any], ...]) -> None:
    """One real build (MkDocs --strict both languages, Pagefind) of three generated records
    that validate together."""
    projects, methods = list(drawn[:2]), [drawn[2]]
    for number, record in enumerate([*projects, *methods]):
        record["id"] = f"{record['id']}-{number}" if record["id"] != "index" else f"r{number}"
    written = [("projects", record) for record in projects] + [("methods", methods[0])]
    folder = tmp_path_factory.mktemp("generated")
    assume(valid_catalogue(folder / "check", written) is not None)
    content = small_content(folder)
    for kind, record in written:
        write_record(content, record, kind)
    outcome = run_build(folder, content)
    assert outcome.code == 0, outcome.output[-3000:]
    assert unsafe_markup(outcome.site, own_scripts(built_site)) == []
