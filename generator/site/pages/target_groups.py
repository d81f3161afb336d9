"""The target-groups index, as a hierarchy, and a page per target group.

A group's page lists its own projects and, apart, those it reaches only through
narrower groups: "Utrikes födda" lists the projects for "Utrikes födda som står långt
från arbetsmarknaden" too, as the explorer's facet finds them. Every group that reaches a
project has a page, also one no project names itself.
"""

from __future__ import annotations

from generator import routes
from generator.page import Page
from generator.routes import TARGET_GROUPS, explore_filter_url
from generator.site.context import Context
from generator.site.fragments.tables import projects_table
from generator.site.fragments.term_tree import KIND, count_text, related_terms, term_tree
from generator.site.markup.html import definition_list, heading


def target_group_pages(base: Context) -> list[Page]:
    ctx = base.at(TARGET_GROUPS)
    tree = term_tree(ctx)
    index = [f"# {ctx.t('site.nav.target_groups')}", f"<p>{ctx.t('site.target_groups.intro')}</p>"]
    if tree:
        index += [f"<p>{ctx.t('hierarchy.index.note')}</p>", tree]
    pages = [Page(TARGET_GROUPS.path, "\n\n".join(index) + "\n")]
    pages += [_term_page(base, term) for term in ctx.derived.target_groups]
    return pages


def _term_page(base: Context, term: str) -> Page:
    route = routes.target_group(term)
    ctx = base.at(route)
    use = ctx.derived.target_groups[term]
    label = ctx.label(KIND, term)
    description = ctx.text(ctx.catalog.term(KIND, term).description)
    every = explore_filter_url("target_group", ctx.label_plain(KIND, term))
    body = [f"# {label}",
            f"<p>{description}</p>" if description else "",
            f'<p class="vta-term-count">{count_text(ctx, use)}.</p>',
            _relations(ctx, term)]
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


def _relations(ctx: Context, term: str) -> str:
    rows = related_terms(ctx, term)
    return definition_list(rows) if any(value for _, value in rows) else ""
