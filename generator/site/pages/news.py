"""`news/`: what is new in the catalogue."""

from __future__ import annotations

from generator.page import Page
from generator.routes import NEWS
from generator.site.context import Context, PageKind


def news_page(base: Context) -> Page:
    ctx = base.at(NEWS)
    return Page(NEWS.path, f"# {ctx.t('site.news.title')}\n\n<p>{ctx.t('site.news.intro')}</p>\n")


PAGE_KINDS: tuple[PageKind, ...] = (news_page,)
