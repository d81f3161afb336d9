"""`serve` (issue #18): one preview session on a copy of the fixture catalogue, edited the
way a contributor edits it. The tests run in order and share the session, as edits do."""

from __future__ import annotations

import hashlib
import shutil
import threading
import urllib.request
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURE_CONTENT, REPO
from playwright.sync_api import Page

from generator import i18n
from generator.build.pipeline import BuildOptions, build
from generator.build.preview import KeptRecords
from generator.commands.serve import Session
from generator.commands.serve_http import handler_for
from generator.validation.cache import ValidationCache
from generator.validation.run import validate

PROJECT = "sin"
SV_WORDS = "Samverkansprojekt mellan"
OLD_LABEL = "en: Young people}"
NEW_LABEL = "Young people NEWLABEL"


class Served:
    def __init__(self, root: Path, session: Session, url: str) -> None:
        self.root, self.session, self.url = root, session, url

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def site(self) -> Path:
        return self.root / "site"

    def page(self, path: str) -> BeautifulSoup:
        with urllib.request.urlopen(self.url + path, timeout=30) as answer:
            return BeautifulSoup(answer.read(), "html.parser")

    def edit(self, relative: str, old: str, new: str) -> None:
        record = self.content / relative
        text = record.read_text(encoding="utf-8")
        assert old in text
        record.write_text(text.replace(old, new, 1), encoding="utf-8")
        assert self.session.check(), "the change is noticed"


def digest(root: Path) -> dict[str, str]:
    return {path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(root.rglob("*")) if path.is_file() and "pagefind" not in path.parts}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    root = tmp_path_factory.mktemp("serve")
    shutil.copytree(FIXTURE_CONTENT, root / "content")
    # The theme and configuration are copied too, so a test can edit the theme.
    shutil.copytree(REPO / "theme", root / "project" / "theme")
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        shutil.copy(REPO / name, root / "project" / name)
    options = BuildOptions(content=root / "content", md_root=root / "build" / "md",
                           site_dir=root / "site", project_root=root / "project", lang="en")
    session = Session(options)
    session.first_build()
    assert not session.preview.problems, session.preview.problems
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(options.site_dir, session.state))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield Served(root, session, f"http://127.0.0.1:{server.server_port}/")
    finally:
        server.shutdown()
        server.server_close()
        session.preview.indexer.wait(120)


def test_kept_records_make_the_catalogue_validation_makes(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    kept = KeptRecords()
    cache = ValidationCache(tmp_path / "cache")
    for edit in ("", "Samverkansprojekt EDITED mellan"):
        if edit:
            record = content / "projects" / f"{PROJECT}.yml"
            record.write_text(record.read_text(encoding="utf-8").replace(SV_WORDS, edit, 1),
                              encoding="utf-8")
        result = validate(content, cache=cache)
        assert kept.catalog(result) == validate(content).catalog
    assert "EDITED" in kept.catalog(validate(content, cache=cache)).projects[PROJECT].summary.sv


def test_served_pages_reload_themselves_and_nothing_else_is_added(served: Served) -> None:
    page = served.page(f"projects/{PROJECT}/")
    scripts = [script.string or "" for script in page.select("script:not([src])")]
    assert any("/.vta-preview/wait" in script for script in scripts)
    assert not page.select(".vta-preview-errors")
    on_disk = (served.site / "projects" / PROJECT / "index.html").read_text(encoding="utf-8")
    assert "/.vta-preview/wait" not in on_disk, "the files stay what `build` writes"


def test_edited_project_text_shows_in_both_languages(served: Served) -> None:
    record = f"projects/{PROJECT}.yml"
    served.edit(record, SV_WORDS, "Samverkansprojekt SVENSKTORD mellan")
    english = (served.content / record).read_text(encoding="utf-8")
    first_en = english.index("  en:") + len("  en: |\n    ")
    start = english[first_en:first_en + 5]
    served.edit(record, start, "ENGLISHWORD " + start)
    assert "SVENSKTORD" in served.page(f"projects/{PROJECT}/").get_text()
    assert "ENGLISHWORD" in served.page(f"en/projects/{PROJECT}/").get_text()


def test_new_vocabulary_label_reaches_every_page_that_shows_it(served: Served,
                                                               tmp_path: Path) -> None:
    english = served.site / "en"
    showing = [path for path in english.rglob("*.html")
               if "Young people" in path.read_text(encoding="utf-8")]
    assert len(showing) > 1, "the fixture's label is on several pages"
    served.edit("vocabularies/target-groups.yml", OLD_LABEL, f"en: {NEW_LABEL}}}")
    for path in showing:
        assert NEW_LABEL in path.read_text(encoding="utf-8"), path
    assert_same_as_a_fresh_build(served, tmp_path)


def test_broken_record_keeps_the_last_good_pages_and_shows_the_problem(served: Served) -> None:
    before = digest(served.site)
    served.edit(f"projects/{PROJECT}.yml", "owner:", "ownr:")
    assert digest(served.site) == before, "nothing of the last good site changes"
    for path in (f"projects/{PROJECT}/", f"en/projects/{PROJECT}/", ""):
        page = served.page(path)
        banner = page.select_one(".vta-preview-errors[role=alert]")
        assert banner is not None, path
        assert page.html is not None and banner["lang"] == page.html["lang"]
        assert "sin.yml" in banner.get_text() and "ownr" in banner.get_text()
    assert "SVENSKTORD" in served.page(f"projects/{PROJECT}/").get_text(), "last good page"


def test_fixed_record_recovers(served: Served) -> None:
    served.edit(f"projects/{PROJECT}.yml", "ownr:", "owner:")
    page = served.page(f"projects/{PROJECT}/")
    assert not page.select(".vta-preview-errors")
    assert "SVENSKTORD" in page.get_text()


@pytest.mark.browser
def test_open_page_reloads_by_itself_and_shows_the_problem(served: Served, page: Page) -> None:
    page.goto(served.url + f"en/projects/{PROJECT}/")
    served.edit(f"projects/{PROJECT}.yml", "ENGLISHWORD", "RELOADEDWORD")
    page.wait_for_function("document.body.innerText.includes('RELOADEDWORD')", timeout=30_000)
    served.edit(f"projects/{PROJECT}.yml", "owner:", "ownr:")
    alert = page.locator(".vta-preview-errors[role=alert]")
    alert.wait_for(timeout=30_000)
    assert "ownr" in alert.inner_text()
    served.edit(f"projects/{PROJECT}.yml", "ownr:", "owner:")
    alert.wait_for(state="detached", timeout=30_000)
    assert "RELOADEDWORD" in page.inner_text("body")


def test_theme_change_updates_every_page(served: Served) -> None:
    # The footer's partial: on every page, in both languages.
    footer = served.root / "project" / "theme" / "partials" / "copyright.html"
    text = footer.read_text(encoding="utf-8")
    footer.write_text(text + "\n<span>THEMEMARK</span>\n", encoding="utf-8")
    assert served.session.check()
    pages = list(served.site.rglob("*.html"))
    assert pages and all("THEMEMARK" in path.read_text(encoding="utf-8") for path in pages)


def test_added_and_removed_project_pages_come_and_go(served: Served) -> None:
    text = (served.content / f"projects/{PROJECT}.yml").read_text(encoding="utf-8")
    copy = served.content / "projects" / "sin-kopia.yml"
    copy.write_text(text.replace("id: sin\n", "id: sin-kopia\n", 1)
                    .replace('"SIN-projektet"', '"SIN-kopian"', 1), encoding="utf-8")
    assert served.session.check()
    assert not served.session.preview.problems, served.session.preview.problems
    for language in ("", "en/"):
        assert (served.site / f"{language}projects/sin-kopia/index.html").is_file()
    assert "SIN-kopian" in served.page("projects/").get_text()
    copy.unlink()
    assert served.session.check()
    for language in ("", "en/"):
        assert not (served.site / f"{language}projects/sin-kopia").exists()
    assert "SIN-kopian" not in served.page("projects/").get_text()


def test_search_index_follows_the_pages(served: Served) -> None:
    assert served.session.preview.indexer.wait(180), "Pagefind finished"
    assert not served.session.preview.indexer.failed
    assert (served.site / "pagefind" / "pagefind-entry.json").is_file()


def test_preview_equals_a_fresh_build_of_the_same_sources(served: Served, tmp_path: Path) -> None:
    assert_same_as_a_fresh_build(served, tmp_path)


def assert_same_as_a_fresh_build(served: Served, folder: Path) -> None:
    """Byte for byte, search index aside: the dirty builds missed nothing."""
    options = BuildOptions(content=served.content, md_root=folder / "md",
                           site_dir=folder / "site", project_root=served.root / "project",
                           lang="en")
    assert build(options, say=lambda text: None)
    assert digest(served.site) == digest(folder / "site")


def test_changed_ui_string_updates_every_page(served: Served,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Last: the strings are a copy here, edited; later tests would see the edit."""
    messages = served.root / "project" / "generator" / "i18n"
    shutil.copytree(Path(i18n.__file__).parent / "i18n", messages)
    theme = messages / "en" / "theme.yml"
    theme.write_text(theme.read_text(encoding="utf-8").replace(
        '"Contact and feedback"', '"Contact and STRINGMARK"', 1), encoding="utf-8")
    monkeypatch.setattr(i18n, "_ROOT", messages)
    try:
        assert served.session.check()
        pages = list((served.site / "en").rglob("*.html"))
        assert pages and all("STRINGMARK" in path.read_text(encoding="utf-8")
                             for path in pages)
    finally:
        monkeypatch.undo()
        i18n.strings.cache_clear()
