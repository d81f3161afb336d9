"""Nothing on any page is fetched from another host, and record text never becomes markup."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup
from conftest import soup

from generator.site.markup import escape

RESOURCE_ATTRIBUTES = {"script": "src", "link": "href", "img": "src", "iframe": "src",
                       "source": "src", "audio": "src", "video": "src", "embed": "src",
                       "object": "data"}
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")
ABSOLUTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)


def external(reference: str) -> bool:
    return bool(ABSOLUTE.match(reference.strip()))


def test_no_page_loads_anything_from_another_host(built_site: Path) -> None:
    problems = []
    for html in sorted(built_site.rglob("*.html")):
        page = soup(html.parent, html.name)
        for tag, attribute in RESOURCE_ATTRIBUTES.items():
            for element in page.find_all(tag):
                reference = element.get(attribute)
                if tag == "link" and "alternate" in (element.get("rel") or []):
                    continue  # a link to a page, not a resource
                if isinstance(reference, str) and external(reference):
                    problems.append(f"{html.relative_to(built_site)}: <{tag}> {reference}")
        for style in [*page.find_all("style"), *page.select("[style]")]:
            text = style.get("style") or style.get_text()
            problems += [f"{html}: css {url}" for url in CSS_URL.findall(str(text))
                         if external(url)]
    for css in sorted(built_site.rglob("*.css")):
        problems += [f"{css.relative_to(built_site)}: {url}"
                     for url in CSS_URL.findall(css.read_text(encoding="utf-8"))
                     if external(url) and "w3.org/2000/svg" not in url]
    assert not problems, "\n".join(problems[:20])


def test_no_web_fonts(built_site: Path) -> None:
    page = (built_site / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in page and "fonts.gstatic" not in page


def test_plain_text_never_becomes_markup() -> None:
    hostile = '<script>alert(1)</script> **bold** [link](javascript:x) {: onclick="x"} `c` & #h'
    html = BeautifulSoup(f"<p>{escape.text(hostile)}</p>", "html.parser")
    assert html.find("script") is None and html.find("a") is None
    assert html.get_text() == hostile


def test_prose_is_defused() -> None:
    prose = ("# Big heading\n\nText <b>x</b> & more\n{: onclick=\"alert(1)\" }\n\n"
             "Setext\n===\n")
    safe = escape.prose(prose)
    assert safe.startswith("### Big heading")
    assert "<b>" not in safe and "&lt;b>" in safe and "&amp; more" in safe
    assert "{" not in safe and "}" not in safe
    assert "\n===" not in safe
