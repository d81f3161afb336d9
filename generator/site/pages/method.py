"""One page per method: `methods/<id>.md`, with the projects that use it.

A detail page must not grow with the catalogue, so the table shows at most
`PROJECTS_SHOWN` projects (the most recently added, see lookups/index.py) and
links to the explorer filtered by the method, which lists every one (the method
comparison is capped the same way, so only the explorer has them all).
"""

from __future__ import annotations

from generator import routes
from generator.analysis.outcomes import headline_outcome
from generator.page import Page
from generator.routes import HOW_TO_READ, explore_filter_url, method_url, project_url
from generator.schema import Method
from generator.site.context import Context, PageKind
from generator.site.format.dates import period
from generator.site.format.figures import figure, figure_with_share, number
from generator.site.fragments.compare_cells import cost_html, evidence_html
from generator.site.fragments.compare_nav import method_compare_link
from generator.site.fragments.glance import method_glance
from generator.site.fragments.outcomes import OUTCOMES_ANCHOR, outcome_title
from generator.site.fragments.sections import section
from generator.site.fragments.sources import sources_section
from generator.site.lookups.index import related_methods, shown_projects
from generator.site.markup import escape
from generator.site.markup.html import DASH, table

HEADLINE_FIGURES = ("participants", "into_work", "into_studies", "into_work_or_studies")


def method_pages(ctx: Context) -> list[Page]:
    return [method_page(ctx, method) for method in ctx.catalog.methods.values()]


def method_page(base: Context, method: Method) -> Page:
    ctx = base.at(routes.method(method.id))
    aliases = ""
    if method.aliases:
        names = ", ".join(ctx.text(alias) for alias in method.aliases)
        aliases = f'<p class="vta-aliases">{ctx.t("site.method.aliases", names=names)}</p>'
    sections = [
        f"# {ctx.text(method.name)}",
        aliases,
        f'<div class="vta-lead" markdown>\n\n{ctx.prose(method.summary)}\n\n</div>',
        _glance(ctx, method),
        section(ctx, "description", ctx.prose(method.description)),
        _steps(ctx, method),
        _principles(ctx, method),
        section(ctx, "origin", ctx.prose(method.origin)),
        section(ctx, "evidence", ctx.prose(method.evidence)),
        _projects(ctx, method),
        method_compare_link(ctx, method.id),
        _related(ctx, method),
        sources_section(ctx, method.sources),
    ]
    return Page(routes.method(method.id).path, "\n\n".join(s for s in sections if s) + "\n")


def _steps(ctx: Context, method: Method) -> str:
    if not method.steps:
        return ""
    items = []
    for step in method.steps:
        description = ctx.prose(step.description, top_level=4)
        body = f"\n\n{description}\n\n" if description else ""
        items.append(f"<li markdown>\n<p><strong>{ctx.text(step.name)}</strong></p>{body}</li>")
    return section(ctx, "steps", '<ol class="vta-steps" markdown>\n' + "\n".join(items) + "\n</ol>")


def _principles(ctx: Context, method: Method) -> str:
    if not method.principles:
        return ""
    items = "\n".join(f"<li>{ctx.text(principle)}</li>" for principle in method.principles)
    return section(ctx, "principles", f"<ul>\n{items}\n</ul>")


def _projects(ctx: Context, method: Method) -> str:
    using = ctx.index.by_method.get(method.id, [])
    if not using:
        return section(ctx, "method_projects", f"<p>{ctx.t('site.method.no_projects')}</p>")
    project_ids = shown_projects(ctx.catalog, using)
    headlines = {p: headline_outcome(ctx.catalog.projects[p].outcomes) for p in project_ids}
    # Only columns some project reports, so the table stays narrow.
    shown = [name for name in HEADLINE_FIGURES
             if any(o is not None and getattr(o, name) is not None for o in headlines.values())]
    headers = [ctx.t("site.method.column.project"), ctx.t("site.method.column.outcome")]
    headers += [ctx.t(f"site.figure.{name}") for name in shown]
    headers += [ctx.t("compare.column.evidence"), ctx.t("compare.column.cost")]
    rows = []
    for project_id in project_ids:
        project = ctx.catalog.projects[project_id]
        outcome = headlines[project_id]
        where = ", ".join(ctx.label("counties", c) for c in project.counties)
        when = escape.text(period(project.period.start, project.period.end, ctx.lang))
        details = f" {DASH} ".join(part for part in (where, when) if part)
        row = [ctx.link(project_url(project_id), ctx.text(project.name))
               + (f"<br><small>{details}</small>" if details else "")]
        compared = ctx.derived.rows_by_id[project_id]
        if outcome is None:
            row += [ctx.t("site.method.no_outcome")] + [""] * len(shown)
        else:
            row.append(ctx.link(f"{project_url(project_id)}#{OUTCOMES_ANCHOR}",
                                outcome_title(ctx, outcome)))
            for name in shown:
                value = getattr(outcome, name)
                if value is None:
                    row.append(DASH)
                elif name == "participants":
                    row.append(figure(value, ctx.lang))
                else:
                    row.append(escape.text(figure_with_share(value, outcome.participants,
                                                             ctx.lang)))
        row += [evidence_html(ctx, compared), cost_html(ctx, compared)]
        rows.append(row)
    caption = ctx.t("site.method.projects_caption", method=ctx.text(method.name))
    note = f"<p>{ctx.t('site.method.comparability', link=ctx.href(HOW_TO_READ.url))}</p>"
    if len(project_ids) < len(using):
        link = ctx.href(explore_filter_url("method", ctx.plain(method.name)))
        note += "\n\n<p>" + ctx.t("compare.method.shown", shown=number(len(project_ids), ctx.lang),
                                    total=number(len(using), ctx.lang), link=link) + "</p>"
    return section(ctx, "method_projects", note + "\n\n" + table(caption, headers, rows))


def _glance(ctx: Context, method: Method) -> str:
    summary = ctx.derived.summaries_by_method.get(method.id)
    return method_glance(ctx, summary) if summary is not None else ""


def _related(ctx: Context, method: Method) -> str:
    related = related_methods(method.id, ctx.catalog, ctx.index)
    links = [ctx.link(method_url(other), ctx.text(ctx.catalog.methods[other].name))
             for other in related]
    if not links:
        return ""
    return section(ctx, "related_methods",
                    "<ul>\n" + "\n".join(f"<li>{link}</li>" for link in links) + "\n</ul>")


PAGE_KINDS: tuple[PageKind, ...] = (method_pages,)
