"""The public site address: configurable, and without it nothing half-made.

With `site_url` the pages carry canonical links and absolute hreflang links,
and the sitemap at the root lists every page in both languages. Without it
(the default: the deployment address is not known) there are no canonical
links, relative hreflang links, and empty sitemaps instead of "None" addresses.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FIXTURE_CONTENT, REPO, attr, one, soup

from generator.build.pipeline import BuildOptions, build
from generator.build.site_url import BadSiteUrl, normalised
from generator.cli import parser
from generator.commands.build import options_from

SITE_URL = "https://example.org/paths/"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture(scope="module")
def addressed_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("addressed")
    output: list[str] = []
    options = BuildOptions(content=FIXTURE_CONTENT, md_root=folder / "md",
                           site_dir=folder / "site", project_root=REPO, lang="en",
                           site_url="https://example.org/paths")
    assert build(options, say=output.append), "\n".join(output)
    yield folder / "site"


def page_paths(site: Path) -> set[str]:
    """Every page's path below its language's root: `projects/sin/`, `` for the home page."""
    swedish = site.rglob("index.html")
    return {html.parent.relative_to(site).as_posix() + "/" for html in swedish
            if not html.is_relative_to(site / "en")} - {"./"} | {""}


def sitemap_entries(sitemap: Path) -> dict[str, dict[str, str]]:
    """Each listed address and its hreflang alternates; parsing also proves it well-formed."""
    root = ElementTree.parse(sitemap).getroot()
    assert root.tag == f"{SITEMAP}urlset"
    entries: dict[str, dict[str, str]] = {}
    for url in root.iter(f"{SITEMAP}url"):
        address = url.findtext(f"{SITEMAP}loc", "")
        assert address not in entries, f"{address} listed twice"
        entries[address] = {str(link.get("hreflang")): str(link.get("href"))
                            for link in url.iter(f"{XHTML}link")}
    return entries


def test_canonical_and_hreflang_are_absolute(addressed_site: Path) -> None:
    page = soup(addressed_site, "en/projects/sin/")
    assert attr(one(page, "link[rel=canonical]"), "href") == f"{SITE_URL}en/projects/sin/"
    hreflang = {str(link["hreflang"]): link["href"]
                for link in page.select("head link[rel=alternate][hreflang]")}
    assert hreflang == {"sv": f"{SITE_URL}projects/sin/", "en": f"{SITE_URL}en/projects/sin/",
                        "x-default": f"{SITE_URL}projects/sin/"}
    home = soup(addressed_site, "")
    assert attr(one(home, "link[rel=canonical]"), "href") == SITE_URL


def test_the_language_switch_stays_relative(addressed_site: Path) -> None:
    """A preview or a mirror must not send readers to the public site."""
    page = soup(addressed_site, "projects/sin/")
    assert attr(one(page, "a.vta-language__link"), "href") == "../../en/projects/sin/"


def test_the_root_sitemap_lists_every_page_in_both_languages(addressed_site: Path) -> None:
    paths = page_paths(addressed_site)
    expected = {SITE_URL + path for path in paths} | {f"{SITE_URL}en/{path}" for path in paths}
    entries = sitemap_entries(addressed_site / "sitemap.xml")
    assert set(entries) == expected
    assert entries[f"{SITE_URL}en/projects/sin/"] == {
        "sv": f"{SITE_URL}projects/sin/", "en": f"{SITE_URL}en/projects/sin/",
        "x-default": f"{SITE_URL}projects/sin/"}


def test_the_english_sitemap_lists_only_its_own_folder(addressed_site: Path) -> None:
    listed = sitemap_entries(addressed_site / "en" / "sitemap.xml")
    assert listed and all(url.startswith(f"{SITE_URL}en/") for url in listed)


def test_without_an_address_nothing_half_made(built_site: Path) -> None:
    for sitemap in (built_site / "sitemap.xml", built_site / "en" / "sitemap.xml"):
        text = sitemap.read_text(encoding="utf-8")
        assert "None" not in text and not sitemap_entries(sitemap)
    for url in ("", "projects/sin/", "en/explore/"):
        page = soup(built_site, url)
        assert page.select_one("link[rel=canonical]") is None
        hrefs = [str(link["href"]) for link in page.select("head link[rel=alternate]")]
        assert hrefs and not any("None" in href or "//" in href for href in hrefs)


def test_robots_txt_names_the_root_sitemap(addressed_site: Path) -> None:
    lines = (addressed_site / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert lines == ["User-agent: *", "Disallow:", "", f"Sitemap: {SITE_URL}sitemap.xml"]
    assert not (addressed_site / "en" / "robots.txt").exists(), "only at the root"


def test_robots_txt_without_an_address_names_no_sitemap(built_site: Path) -> None:
    text = (built_site / "robots.txt").read_text(encoding="utf-8")
    assert text.splitlines() == ["User-agent: *", "Disallow:"]
    assert not (built_site / "en" / "robots.txt").exists()


@pytest.mark.parametrize("url", ["example.org/paths/", "ftp://example.org/", "https://",
                                 "https://example.org/?lang=sv", "https://example.org/#top",
                                 "https://example.org/a path/", 'https://example.org/"x'])
def test_unusable_addresses_are_refused(url: str) -> None:
    with pytest.raises(BadSiteUrl):
        normalised(url)


def test_a_refused_address_stops_the_build_with_a_message(tmp_path: Path) -> None:
    output: list[str] = []
    options = BuildOptions(content=FIXTURE_CONTENT, md_root=tmp_path / "md",
                           site_dir=tmp_path / "site", project_root=REPO, lang="en",
                           site_url="example.org")
    assert not build(options, say=output.append)
    assert output == ["The site address example.org cannot be used: give a full http or https "
                      "address without ? and #, for example https://example.org/paths/."]
    assert not (tmp_path / "site").exists()


def test_the_option_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VTA_SITE_URL", "https://from-environment.example/")
    assert options_from(parser().parse_args(["build"])).site_url == \
        "https://from-environment.example/"
    assert options_from(parser().parse_args(
        ["build", "--site-url", "https://given.example/"])).site_url == "https://given.example/"
    monkeypatch.delenv("VTA_SITE_URL")
    assert options_from(parser().parse_args(["build"])).site_url is None


@pytest.mark.parametrize(("path", "root"), [("404.html", "/paths/"), ("en/404.html", "/paths/en/")])
def test_404_pages_link_from_the_sites_own_path(addressed_site: Path, path: str,
                                                root: str) -> None:
    """Served for a missing address at any depth, so links start from the site's path."""
    page = soup(addressed_site, path)
    assert not page.select("base"), "no guessing when the address is known"
    links = [attr(link, "href") for link in page.select("article a, footer a")]
    assert links and all(href.startswith(root) for href in links), links
