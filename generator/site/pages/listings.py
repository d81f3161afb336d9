"""Section index pages and the pages per target group and county.

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
    TARGET_GROUPS,
    explore_filter_url,
    method_url,
)
from generator.site.context import Context, PageKind
from generator.site.fragments.maps import counties_map, county_map
from generator.site.fragments.sections import capped_note, link_list, project_link
from generator.site.fragments.tables import projects_table
from generator.site.fragments.term_tree import KIND, count_text, related_terms, term_tree
from generator.site.lookups.index import shown_projects
from generator.site.markup.html import DASH, definition_list, heading


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


def target_group_pages(base: Context) -> list[Page]:
    """The index as a hierarchy, and a page for every group that reaches a project, also
    one that only narrower groups name: "Utrikes födda" lists the projects for "Utrikes
    födda som står långt från arbetsmarknaden" too, as the explorer's facet finds them."""
    ctx = base.at(TARGET_GROUPS)
    tree = term_tree(ctx)
    index = [f"# {ctx.t('site.nav.target_groups')}", f"<p>{ctx.t('site.target_groups.intro')}</p>"]
    if tree:
        index += [f"<p>{ctx.t('hierarchy.index.note')}</p>", tree]
    pages = [Page(TARGET_GROUPS.path, "\n\n".join(index) + "\n")]
    pages += [_target_group_page(base, term) for term in ctx.derived.target_groups]
    return pages


def county_pages(base: Context) -> list[Page]:
    """The counties index (map and table) and a page for every county, also one without
    projects yet: the map links to all of them."""
    ctx = base.at(COUNTIES)
    pages = [Page(COUNTIES.path, "\n\n".join([
        f"# {ctx.t('site.nav.counties')}", f"<p>{ctx.t('site.counties.intro')}</p>",
        counties_map(ctx, "vta-county-map")]) + "\n")]
    for code in sorted(ctx.catalog.vocabularies.get("counties", {})):
        page_ctx = base.at(routes.county(code))
        label = page_ctx.label("counties", code)
        project_ids = page_ctx.index.by_county.get(code, [])
        county_figure = county_map(page_ctx, code, "vta-municipality-map")
        note = [f"<p>{page_ctx.t('maps.county.note')}</p>"] if county_figure else []
        projects = ([*note, projects_table(page_ctx, project_ids,
                                           page_ctx.t("site.counties.caption", county=label))]
                    if project_ids else [f"<p>{page_ctx.t('maps.county.empty')}</p>"])
        body = [f"# {label}", *([county_figure] if county_figure else []), *projects]
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


def _target_group_page(base: Context, term: str) -> Page:
    """Its own projects, then apart those it reaches only through narrower groups."""
    route = routes.target_group(term)
    ctx = base.at(route)
    use = ctx.derived.target_groups[term]
    label = ctx.label(KIND, term)
    description = ctx.text(ctx.catalog.term(KIND, term).description)
    relations = related_terms(ctx, term)
    every = explore_filter_url("target_group", ctx.label_plain(KIND, term))
    body = [f"# {label}",
            f"<p>{description}</p>" if description else "",
            f'<p class="vta-term-count">{count_text(ctx, use)}.</p>',
            definition_list(relations) if any(value for _, value in relations) else ""]
    if use.own and use.via:
        body.append(heading(2, ctx.t("hierarchy.term.own_heading"), "own"))
    if use.own:
        body.append(projects_table(ctx, list(use.own),
                                   ctx.t("site.target_groups.caption", group=label)))
    if use.via:
        body += [heading(2, ctx.t("hierarchy.term.via_heading"), "via-narrower"),
                 projects_table(ctx, list(use.via),
                                ctx.t("hierarchy.term.via_caption", group=label))]
    body.append(f"<p>{ctx.link(every, ctx.t('hierarchy.term.explore'))}</p>")
    return Page(route.path, "\n\n".join(part for part in body if part) + "\n")


PAGE_KINDS: tuple[PageKind, ...] = (projects_index, methods_index, target_group_pages, county_pages,
                                    organisations_index)
