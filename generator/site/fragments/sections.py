"""Pieces several page types share: headed sections, link lists, the capped-list note."""

from __future__ import annotations

from generator.routes import project_url
from generator.site.context import Context
from generator.site.format.figures import number
from generator.site.markup.html import heading


def section_anchor(name: str) -> str:
    """The anchor of section `name` (`success_factors` -> `success-factors`)."""
    return name.replace("_", "-")


def section(ctx: Context, name: str, body: str, level: int = 2) -> str:
    """A headed section; nothing at all when there is nothing to show."""
    if not body:
        return ""
    return heading(level, ctx.t(f"site.heading.{name}"), section_anchor(name)) + "\n\n" + body


def capped_note(ctx: Context, shown: int, total: int, link: str) -> str:
    """The sentence under a capped list: how many of how many, and where all of them are.

    `link` is an href (already relative to the page), normally the explorer filtered
    to the list's group, so no project drops out of reach when the list is cut.
    """
    if shown >= total:
        return ""
    sentence = ctx.t("site.capped", shown=number(shown, ctx.lang),
                     total=number(total, ctx.lang), link=link)
    return f'<p class="vta-capped">{sentence}</p>'


def link_list(items: list[str]) -> str:
    return "<ul>\n" + "\n".join(f"<li>{item}</li>" for item in items) + "\n</ul>" if items else ""


def project_link(ctx: Context, project_id: str) -> str:
    return ctx.link(project_url(project_id), ctx.text(ctx.catalog.projects[project_id].name))
