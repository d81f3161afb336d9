"""Section index pages and the pages per county (target groups: target_groups.py).

Listing pages list every matching record and so grow with the catalogue;
detail pages (projects, methods) must not. The organisations index is the
exception: it lists every organisation but caps each one's projects.
"""

from __future__ import annotations

from generator import routes
from generator.page import Page
from generator.routes import (
    COUNTIES,
    METHODS,
    ORGANISATIONS,
    PROJECTS,
    county_url,
    explore_filter_url,
    method_url,
)
from generator.site.context import Context
from generator.site.fragments.sections import capped_note, link_list, project_link
from generator.site.fragments.tables import projects_table
from generator.site.lookups.index import shown_projects
from generator.site.markup.html import DASH, heading


def projects_index(base: Context) -> Page:
    ctx = base.at(PROJECTS)
    ids = list(ctx.catalog.projects)
    body = [f"# {ctx.t('site.nav.projects')}",
            f"<p>{ctx.count('site.projects.intro', len(ids))}</p>",
            projects_table(ctx, ids, ctx.t("site.projects.caption"))]
    return Page(PROJECTS.path, "\n\n".join(body) + "\n")


def methods_index(base: Context) -> Page:
    ctx = base.at(METHODS)
    methods = sorted(ctx.catalog.methods.values(), key=lambda m: (ctx.sort_key(m.name), m.id))
    items = []
    for method in methods:
        used = len(ctx.index.by_method.get(method.id, []))
        items.append(ctx.link(method_url(method.id), ctx.text(method.name))
                     + f" {DASH} " + ctx.count("site.methods.used_by", used))
    body = [f"# {ctx.t('site.nav.methods')}", f"<p>{ctx.t('site.methods.intro')}</p>",
            link_list(items)]
    return Page(METHODS.path, "\n\n".join(body) + "\n")


def county_pages(base: Context) -> list[Page]:
    ctx = base.at(COUNTIES)
    used = sorted(ctx.index.by_county)
    items = [ctx.link(county_url(code), ctx.label("counties", code))
             + f" {DASH} " + ctx.count("site.count.projects", len(ctx.index.by_county[code]))
             for code in used]
    pages = [Page(COUNTIES.path, "\n\n".join([
        f"# {ctx.t('site.nav.counties')}", f"<p>{ctx.t('site.counties.intro')}</p>",
        link_list(items)]) + "\n")]
    for code in used:
        page_ctx = base.at(routes.county(code))
        label = page_ctx.label("counties", code)
        project_ids = page_ctx.index.by_county[code]
        body = [f"# {label}", projects_table(page_ctx, project_ids,
                                             page_ctx.t("site.counties.caption", county=label))]
        pages.append(Page(routes.county(code).path, "\n\n".join(body) + "\n"))
    return pages


def organisations_index(base: Context) -> Page:
    """Every organisation that owns or takes part in a project, with those projects."""
    ctx = base.at(ORGANISATIONS)
    organisations = sorted(ctx.index.by_organisation, key=lambda o: (
        ctx.sort_key(ctx.catalog.term("organisations", o).label), o))
    body = [f"# {ctx.t('site.nav.organisations')}", f"<p>{ctx.t('site.organisations.intro')}</p>"]
    for organisation in organisations:
        term = ctx.catalog.vocabularies["organisations"][organisation]
        kind = ctx.label("organisation-types", term.type)
        body.append(heading(2, ctx.label("organisations", organisation),
                            routes.organisation_anchor(organisation)))
        owner = f" ({ctx.t('site.organisations.owner')})"
        every = ctx.index.by_organisation[organisation]
        # At most PROJECTS_SHOWN per organisation, or the index grows with the whole
        # catalogue; the explorer's organisation facet has them all.
        shown = shown_projects(ctx.catalog, every)
        items = [project_link(ctx, p) + (owner if ctx.catalog.projects[p].owner == organisation
                                         else "")
                 for p in shown]
        everything = explore_filter_url("organisation", ctx.label_plain("organisations",
                                                                        organisation))
        note = capped_note(ctx, len(shown), len(every), ctx.href(everything))
        body.append(f"<p>{kind}</p>\n\n{link_list(items)}" + (f"\n\n{note}" if note else ""))
    return Page(ORGANISATIONS.path, "\n\n".join(body) + "\n")
