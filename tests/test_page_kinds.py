"""Every kind of page, whichever module declares it: a new page kind is tested here
without a test of its own (site/generate.page_kinds collects them from site/pages/).

Each kind renders in both languages on the fixture catalogue; each page has one title
(`# …`), which for the site's own pages comes from the language's string file; the
site's own pages are in the menu or linked from another page; every link leads to a
generated page and place.
"""

from __future__ import annotations

import html
import re

import pytest
from test_generate_pure import ANCHOR, LINK, fixture_records_catalog, resolve

from generator.catalog import Catalog
from generator.i18n import LANGUAGES, strings
from generator.page import Page
from generator.routes import FIXED, NAV_PAGES, url_of
from generator.site.context import Context, PageKind
from generator.site.generate import generate_all, page_kinds
from generator.site.lookups.derived import Derived
from generator.site.lookups.index import build_index

KINDS = page_kinds()
TITLE = re.compile(r"^# (.+)$", re.M)
OWN_PAGES = {route.path for route in FIXED if route.path.endswith(".md")}


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    return fixture_records_catalog(tmp_path_factory.mktemp("page-kinds"))


@pytest.fixture(scope="module")
def made(catalog: Catalog) -> dict[tuple[str, str], list[Page]]:
    """Each kind's pages in each language, by (kind, language)."""
    derived = Derived(catalog, build_index(catalog))
    found = {}
    for lang in LANGUAGES:
        ctx = Context(catalog, derived.index, lang, shared=derived)
        for kind in KINDS:
            pages = kind(ctx)
            found[kind.__name__, lang] = pages if isinstance(pages, list) else [pages]
    return found


@pytest.fixture(scope="module")
def trees(catalog: Catalog) -> dict[str, dict[str, Page]]:
    return {lang: {page.path: page for page in pages}
            for lang, pages in generate_all(catalog).items()}


def test_page_kinds_are_collected_from_every_page_module() -> None:
    assert len(KINDS) == len(set(KINDS)) > 0
    assert len({kind.__name__ for kind in KINDS}) == len(KINDS)


def test_each_of_the_sites_own_pages_is_made_by_one_kind(
        made: dict[tuple[str, str], list[Page]]) -> None:
    makers: dict[str, list[str]] = {}
    for (kind, lang), pages in made.items():
        for page in pages:
            if lang == LANGUAGES[0] and page.path in OWN_PAGES:
                makers.setdefault(page.path, []).append(kind)
    assert {path: kinds for path, kinds in makers.items() if len(kinds) != 1} == {}
    assert sorted(OWN_PAGES - set(makers)) == []


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.__name__)
def test_each_page_has_one_title_the_own_pages_from_the_string_file(
        made: dict[tuple[str, str], list[Page]], kind: PageKind, lang: str) -> None:
    pages = [page for page in made[kind.__name__, lang] if page.path.endswith(".md")]
    assert pages, f"{kind.__name__} made no page in {lang} from the fixture catalogue"
    texts = {html.unescape(text) for text in strings(lang).values()}
    for page in pages:
        titles = TITLE.findall(page.markdown)
        assert len(titles) == 1, (page.path, titles)
        if page.path in OWN_PAGES:
            assert html.unescape(titles[0]) in texts, (page.path, titles[0])


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.__name__)
def test_the_title_differs_between_the_languages(
        made: dict[tuple[str, str], list[Page]], kind: PageKind) -> None:
    titles = {lang: {page.path: TITLE.findall(page.markdown) for page in
                     made[kind.__name__, lang] if page.path in OWN_PAGES}
              for lang in LANGUAGES}
    swedish, english = (titles[lang] for lang in LANGUAGES)
    assert swedish.keys() == english.keys()
    assert [path for path in swedish if swedish[path] == english[path]] == []


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.__name__)
def test_the_sites_own_pages_are_in_the_menu_or_linked_from_another_page(
        made: dict[tuple[str, str], list[Page]], trees: dict[str, dict[str, Page]],
        kind: PageKind) -> None:
    lang = LANGUAGES[0]
    menu = {route.path for route in NAV_PAGES}
    linked = {resolve(url_of(path), html.unescape(href))[0]
              for path, page in trees[lang].items() for href in LINK.findall(page.markdown)
              if not re.match(r"[a-z]+:", href) and resolve(url_of(path), href)[0] != url_of(path)}
    unreachable = [page.path for page in made[kind.__name__, lang]
                   if page.path in OWN_PAGES and page.path not in menu
                   and url_of(page.path) not in linked]
    assert unreachable == []


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.__name__)
def test_every_link_leads_to_a_generated_page_and_place(
        made: dict[tuple[str, str], list[Page]], trees: dict[str, dict[str, Page]],
        kind: PageKind, lang: str) -> None:
    by_address = {url_of(path): page for path, page in trees[lang].items()}
    broken = []
    for page in made[kind.__name__, lang]:
        address = url_of(page.path)
        for href in map(html.unescape, LINK.findall(page.markdown)):
            if re.match(r"[a-z]+:", href):
                continue
            target, fragment = resolve(address, href)
            anchors = ({a or b for a, b in ANCHOR.findall(by_address[target].markdown)}
                       if target in by_address else set())
            if target not in by_address or (fragment and fragment not in anchors):
                broken.append((page.path, href))
    assert broken == []

