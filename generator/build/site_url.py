"""The public address the site is deployed at, when the builder knows it.

MkDocs needs `site_url` for canonical links and a useful sitemap, but the
deployment address is not part of the content: it comes from the build
(`--site-url` or the VTA_SITE_URL environment variable). The same address
gives the same bytes; without one, pages use relative links only and the
sitemap is left empty rather than listing addresses that do not exist.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from generator.i18n import LANGUAGES
from generator.routes import language_folder

ENVIRONMENT_VARIABLE = "VTA_SITE_URL"


class BadSiteUrl(ValueError):
    """The address is not an absolute http(s) address of a folder."""


def normalised(url: str) -> str:
    """`url` with a trailing slash, or BadSiteUrl saying what is wrong with it."""
    text = url.strip()
    if any(char.isspace() or char in "\"'<>\\" for char in text):
        raise BadSiteUrl(url)
    parts = urlsplit(text)
    # A query or fragment would end up in the middle of every page address.
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query \
            or parts.fragment or text.endswith(("?", "#")):
        raise BadSiteUrl(url)
    return text if text.endswith("/") else text + "/"


def language_roots(site_url: str) -> dict[str, str]:
    """Each language's home address: the first language at the root, the others in `<lang>/`."""
    return {lang: site_url + language_folder(lang) for lang in LANGUAGES}
