"""The contribution form on a site whose mkdocs.yml sets `repo_url`: the GitHub link opens
the new-file page with the record, a record too long for an address falls back to copy
and download, and the repository link in the header asks no third party for anything."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import FIXTURE_CONTENT, REPO, fixture_catalog
from form_browser import fill_required, open_form, record_yaml
from playwright.sync_api import Page

from benchmarks.browser import serve
from generator.build.mkdocs_run import CONFIG_FILES
from generator.build.pipeline import BuildOptions, build

pytestmark = pytest.mark.browser
REPO_URL = "https://github.com/owner/catalogue"


@pytest.fixture(scope="module")
def repo_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("repo-site")
    project = folder / "project"
    project.mkdir()
    for name in CONFIG_FILES.values():
        shutil.copy(REPO / name, project / name)
    with (project / CONFIG_FILES["sv"]).open("a", encoding="utf-8") as config:
        config.write(f"\nrepo_url: {REPO_URL}\n")
    (project / "theme").symlink_to(REPO / "theme")
    output: list[str] = []
    options = BuildOptions(content=FIXTURE_CONTENT, md_root=folder / "md",
                           site_dir=folder / "site", project_root=project, lang="en")
    assert build(options, say=output.append), "\n".join(output)
    with serve(folder / "site") as url:
        yield url


@pytest.mark.parametrize("root", ["", "en/"])
def test_github_link_opens_the_new_file_page(repo_site: str, page: Page, root: str) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    open_form(page, f"{repo_site}{root}contribute/")
    fill_required(page, "ny-post")
    link = page.locator("[data-send-github]")
    assert link.is_visible() and not page.locator("[data-send-too-long]").is_visible()
    parts = urlsplit(link.get_attribute("href") or "")
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == f"{REPO_URL}/new/main"
    assert parse_qs(parts.query) == {"filename": ["content/projects/ny-post.yml"],
                                     "value": [record_yaml(page)]}
    page.wait_for_load_state("networkidle")
    assert all(url.startswith(repo_site) for url in requests), requests


def test_a_long_record_falls_back_to_copy_and_download(repo_site: str, page: Page) -> None:
    longest = max(fixture_catalog().projects.values(),
                  key=lambda project: len(project.model_dump_json()))
    open_form(page, f"{repo_site}contribute/?edit={longest.id}")
    page.locator("[data-edit-status]").filter(has_text=longest.id).wait_for()
    assert len(record_yaml(page)) > 8000
    assert not page.locator("[data-send-github]").is_visible()
    assert page.locator("[data-send-too-long]").is_visible()
    assert page.locator("[data-send-copy]").is_visible()
