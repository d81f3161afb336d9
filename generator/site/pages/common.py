"""Pieces several page types share: sections and the table of projects."""

from __future__ import annotations

from generator.site import escape
from generator.site.context import Context
from generator.site.dates import period
from generator.site.figures import number
from generator.site.html import heading, inline_list, table
from generator.site.page import project_url


def section(ctx: Context, name: str, body: str, level: int = 2) -> str:
    """A headed section; nothing at all when there is nothing to show."""
    if not body:
        return ""
    return heading(level, ctx.t(f"site.heading.{name}"), name.replace("_", "-")) + "\n\n" + body


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


def projects_table(ctx: Context, project_ids: list[str], caption: str) -> str:
    """Projects in name order with owner, counties, period and status."""
    projects = sorted((ctx.catalog.projects[i] for i in project_ids),
                      key=lambda p: (ctx.sort_key(p.name), p.id))
    headers = [ctx.t("site.method.column.project"), ctx.t("site.fact.owner"),
               ctx.t("site.fact.counties"), ctx.t("site.fact.period")]
    rows = []
    for project in projects:
        when = period(project.period.start, project.period.end, ctx.lang)
        status = ctx.t(f"site.status.{project.period.status}")
        rows.append([
            project_link(ctx, project.id),
            ctx.label("organisations", project.owner),
            inline_list([ctx.label("counties", c) for c in project.counties]),
            f"{escape.text(when)} ({status})" if when else status,
        ])
    return table(caption, headers, rows)
