"""Links between the comparison pages, which share one entry in the menu."""

from __future__ import annotations

from generator.routes import COMPARE_SECTION, SIDE_BY_SIDE, method_comparison_url
from generator.site.context import Context
from generator.site.markup import escape

WIDE_PAGE = "---\nhide:\n  - toc\n---"
"""Front matter that gives wide tables the table-of-contents column (Material's `hide`)."""


def subnav(ctx: Context) -> str:
    urls = [route.url for route in COMPARE_SECTION]
    links = [ctx.link(url, ctx.t(f"compare.subnav.{url.strip('/').replace('/', '.')}"))
             for url in urls if url != ctx.page_url]
    items = "".join(f"<li>{link}</li>" for link in links)
    return (f'<nav class="vta-compare-nav" aria-label="{ctx.t("compare.subnav.label")}">'
            f"<ul>{items}</ul></nav>")


def compare_link(ctx: Context, project_id: str) -> str:
    """The "compare" control on a project page: opens the side-by-side view with this project.

    A GET form rather than a link: it builds `?p=<id>` itself, so the page holds no
    query-string URL, and the side-by-side page lets the reader add more projects.
    """
    return (f'<form class="vta-compare-link" method="get" '
            f'action="{ctx.href(SIDE_BY_SIDE.url)}">'
            f'<input type="hidden" name="p" value="{escape.attribute(project_id)}">'
            f'<button type="submit" class="md-button">{ctx.t("compare.project.link")}</button>'
            "</form>")


def method_compare_link(ctx: Context, method_id: str) -> str:
    """On a method page: this method's section of the method comparison."""
    if not ctx.index.by_method.get(method_id):
        return ""
    link = ctx.link(method_comparison_url(method_id), ctx.t("compare.method.link"))
    return f'<p class="vta-compare-link">{link}</p>'
