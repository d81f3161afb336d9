"""Links between the comparison pages, which share one entry in the menu."""

from __future__ import annotations

from generator.site.context import Context

PAGES = ("compare/", "compare/methods/", "compare/success-factors/", "compare/side-by-side/",
         "data/")

WIDE_PAGE = "---\nhide:\n  - toc\n---"
"""Front matter that gives wide tables the table-of-contents column (Material's `hide`)."""


def subnav(ctx: Context) -> str:
    links = [ctx.link(url, ctx.t(f"compare.subnav.{url.strip('/').replace('/', '.')}"))
             for url in PAGES if url != ctx.page_url]
    items = "".join(f"<li>{link}</li>" for link in links)
    return (f'<nav class="vta-compare-nav" aria-label="{ctx.t("compare.subnav.label")}">'
            f"<ul>{items}</ul></nav>")
