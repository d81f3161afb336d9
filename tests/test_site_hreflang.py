"""<head> names the same page in every language, like the visible language switch."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

from bs4 import BeautifulSoup

HOST = "http://catalogue.test/"


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("index.html"))


def address(site: Path, html: Path) -> str:
    folder = html.parent.relative_to(site).as_posix()
    return HOST if folder == "." else f"{HOST}{folder}/"


def alternates(page: BeautifulSoup, here: str) -> dict[str, str]:
    """hreflang -> absolute address; duplicates would show as a shorter dict than list."""
    links = page.select("head link[rel=alternate][hreflang]")
    found = {str(link["hreflang"]): urljoin(here, str(link["href"])) for link in links}
    assert len(found) == len(links), f"{here}: an hreflang appears twice"
    return found


def test_every_page_names_itself_in_both_languages(catalogue_site: Path) -> None:
    built_site = catalogue_site
    problems = []
    for html in pages(built_site):
        here = address(built_site, html)
        path = here.removeprefix(HOST).removeprefix("en/")
        expected = {"sv": HOST + path, "en": f"{HOST}en/{path}", "x-default": HOST + path}
        found = alternates(BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser"), here)
        if found != expected:
            problems.append(f"{here}: {found}")
    assert not problems, "\n".join(problems[:20])


def test_head_and_language_switch_agree(catalogue_site: Path) -> None:
    built_site = catalogue_site
    for html in pages(built_site):
        here = address(built_site, html)
        page = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        head = alternates(page, here)
        switches = page.select("a.vta-language__link[hreflang]")
        assert switches, f"{here}: no language switch"
        for switch in switches:
            assert urljoin(here, str(switch["href"])) == head[str(switch["hreflang"])], here


def test_the_404_page_names_no_alternates(catalogue_site: Path) -> None:
    built_site = catalogue_site
    for html in (built_site / "404.html", built_site / "en" / "404.html"):
        page = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        assert not page.select("head link[rel=alternate][hreflang]"), html
