"""Page generation on its own: a fixture catalogue in, both Markdown trees out.

No MkDocs and no Pagefind, so these run in a second or two; the built site's
HTML is tested in the test_site_* files. The catalogue is the made-up records
of tests/fixtures/valid with the bundled vocabularies and methods, so the
figures asserted here do not change when contributors add records.
"""

from __future__ import annotations

import html
import posixpath
import re
import shutil
from pathlib import Path
from typing import get_args

import pytest
import yaml

from generator.catalog import Catalog
from generator.export.table import COLUMNS
from generator.i18n import LANGUAGES
from generator.page import Page
from generator.routes import COMPARE_SECTION, NAV_PAGES, url_of
from generator.schema.project import Continuation, Period, Project
from generator.schema.words import description, label
from generator.site.format.dates import period_with_status
from generator.site.generate import generate, generate_all
from generator.site.lookups.facets import CONTINUED_ORDER
from generator.site.markup import escape
from generator.site.pages.compare_data import schema_doc
from generator.validation.run import validate

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "valid"
PROJECT = "fixture-complete-project"
LINK = re.compile(r'(?:href|action|data-src)="([^"]*)"')
ANCHOR = re.compile(r'\{ #([\w-]+) \}|\bid="([^"]+)"')


def fixture_content(folder: Path) -> Path:
    """The fixture records with the bundled vocabularies and methods they refer to.

    Predecessors are left out: they name bundled projects, which are not copied.
    """
    content = folder / "content"
    for kind in ("vocabularies", "methods"):
        shutil.copytree(REPO / "content" / kind, content / kind)
    shutil.copy(FIXTURES / "methods" / "fixture-complete-method.yml", content / "methods")
    (content / "projects").mkdir()
    for path in sorted((FIXTURES / "projects").glob("*.yml")):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        record.pop("predecessor", None)
        (content / "projects" / path.name).write_text(
            yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return content


def fixture_records_catalog(folder: Path) -> Catalog:
    """`fixture_content` in `folder`, validated: the catalogue of a test module's pages."""
    result = validate(fixture_content(folder))
    assert result.ok, result.diagnostics
    return result.catalog


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    return fixture_records_catalog(tmp_path_factory.mktemp("fixture-catalogue"))


@pytest.fixture(scope="module")
def trees(catalog: Catalog) -> dict[str, dict[str, Page]]:
    return {lang: {page.path: page for page in pages}
            for lang, pages in generate_all(catalog).items()}


def page_text(trees: dict[str, dict[str, Page]], lang: str, path: str) -> str:
    return html.unescape(trees[lang][path].markdown)


def test_both_trees_have_the_same_paths(trees: dict[str, dict[str, Page]]) -> None:
    assert set(trees) == set(LANGUAGES)
    assert trees["sv"].keys() == trees["en"].keys()


def test_files_that_are_not_pages_are_the_same_bytes_in_both_trees(
        trees: dict[str, dict[str, Page]]) -> None:
    files = [path for path in trees["sv"] if not path.endswith(".md")
             and path != "compare/side-by-side.json"]  # worded in the page's language
    assert "data/projects.csv" in files and "explore/facet-labels.json" in files
    assert all(trees["sv"][path].markdown == trees["en"][path].markdown for path in files)


def test_every_page_of_the_menu_and_the_comparison_is_generated(
        trees: dict[str, dict[str, Page]]) -> None:
    for route in (*NAV_PAGES, *COMPARE_SECTION):
        assert route.path in trees["sv"], route


def test_one_language_alone_is_that_language_of_both(
        catalog: Catalog, trees: dict[str, dict[str, Page]]) -> None:
    alone = {page.path: page for page in generate(catalog, "en")}
    assert alone == trees["en"]


def resolve(page_url: str, href: str) -> tuple[str, str]:
    """The address and the fragment a relative link on the page at `page_url` leads to."""
    target, _, fragment = href.partition("#")
    target = target.partition("?")[0]
    if not target:
        return page_url, fragment
    joined = posixpath.normpath(posixpath.join(page_url or ".", target))
    address = "" if joined == "." else joined + ("/" if target.endswith("/") else "")
    return address, fragment


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_link_between_pages_leads_to_a_generated_page_and_place(
        trees: dict[str, dict[str, Page]], lang: str) -> None:
    by_address = {url_of(path): page for path, page in trees[lang].items()}
    anchors = {address: {a or b for a, b in ANCHOR.findall(page.markdown)}
               for address, page in by_address.items()}
    broken = []
    for address, page in by_address.items():
        for href in map(html.unescape, LINK.findall(page.markdown)):
            if re.match(r"[a-z]+:", href):
                continue
            target, fragment = resolve(address, href)
            if target not in by_address or (fragment and fragment not in anchors[target]):
                broken.append((address, href))
    assert broken == []


def test_the_link_resolver_reads_relative_addresses() -> None:
    assert resolve("projects/x/", "../../methods/y/#z") == ("methods/y/", "z")
    assert resolve("", "./") == ("", "")
    assert resolve("compare/side-by-side/", "../side-by-side.json") == (
        "compare/side-by-side.json", "")
    assert resolve("methods/m/", "../../explore/?method=A") == ("explore/", "")
    assert resolve("projects/x/", "#source-s1") == ("projects/x/", "source-s1")


@pytest.mark.parametrize(("lang", "period", "share"), [
    ("sv", "september 2018\u20132021 (avslutat)", "minst 30\u00a0% (minst 40 av cirka 120)"),
    ("en", "September 2018\u20132021 (finished)", "at least 30% (at least 40 of about 120)"),
])
def test_project_page_states_period_and_shares_in_its_language(
        trees: dict[str, dict[str, Page]], lang: str, period: str, share: str) -> None:
    text = page_text(trees, lang, f"projects/{PROJECT}/index.md")
    assert period in text
    assert share in text
    assert 'href="../../methods/supported-employment/"' in text
    assert 'href="../../organisations/#org-haninge-kommun"' in text
    assert f'data-pagefind-meta="period:{period}"' in text


def test_comparison_and_side_by_side_word_the_period_alike(
        trees: dict[str, dict[str, Page]]) -> None:
    side = page_text(trees, "en", "compare/side-by-side.json")
    table = page_text(trees, "en", "compare/index.md")
    for text in (side, table):
        assert "from 2024 (status unknown: an undated source says ongoing)" in text


@pytest.mark.parametrize(("lang", "capitalised", "expected"), [
    ("sv", False, "planerat"), ("sv", True, "Planerat"), ("en", True, "Planned")])
def test_a_period_without_dates_is_its_status(lang: str, capitalised: bool,
                                              expected: str) -> None:
    period = Period(status="planned")
    assert period_with_status(period, lang, capitalised=capitalised) == expected


def test_the_explorers_continuation_order_covers_the_schema() -> None:
    statuses = get_args(Continuation.model_fields["status"].annotation)
    assert sorted(CONTINUED_ORDER) == sorted([*statuses, "not_stated"])


@pytest.mark.parametrize(("lang", "backs"), [
    ("sv", "Underlag för: Beskrivningen av hur arbetet var organiserat."),
    ("en", "Basis for: The description of how the work was organised.")])
def test_a_source_that_backs_only_the_texts_says_what_it_backs(
        trees: dict[str, dict[str, Page]], lang: str, backs: str) -> None:
    text = page_text(trees, lang, f"projects/{PROJECT}/index.md")
    entry = re.search(r'<li id="source-s3">(.*?)</li>', text)
    assert entry is not None and entry[1].endswith(backs), entry


@pytest.mark.parametrize("lang", LANGUAGES)
def test_fact_labels_and_column_docs_are_the_schemas_words(
        trees: dict[str, dict[str, Page]], lang: str) -> None:
    """The complete fixture project uses every field, so each titled field is a key fact."""
    page = trees[lang][f"projects/{PROJECT}/index.md"].markdown
    titled = [name for name, info in Project.model_fields.items() if info.title]
    assert {"owner", "period", "budget"} <= set(titled)
    for name in titled:
        assert f"<dt>{escape.text(label(Project, name, lang))}</dt>" in page, name
    data = trees[lang]["data/index.md"].markdown
    for name in (column for column in COLUMNS if column in Project.model_fields):
        assert f"<code>{name}</code></th><td>" \
               f"{schema_doc(description(Project, name, lang))}</td>" in data, name
