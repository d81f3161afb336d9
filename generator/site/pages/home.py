"""The start page: what the catalogue is, how big it is, and where to begin."""

from __future__ import annotations

from generator.page import Page
from generator.routes import (
    ABOUT,
    CONTRIBUTE,
    COUNTIES,
    HOME,
    HOW_TO_READ,
    METHODS,
    PROJECTS,
    TARGET_GROUPS,
    Route,
    method_url,
    target_group_url,
)
from generator.site.context import Context, PageKind
from generator.site.format.dates import partial_date
from generator.site.fragments.maps import counties_map
from generator.site.fragments.sections import link_list, project_link
from generator.site.lookups.index import latest_projects
from generator.site.markup.html import DASH, heading

ENTRY_LIMIT = 12
"""Entry points shown per kind; the section index pages list them all."""


def home_page(base: Context) -> Page:
    ctx = base.at(HOME)
    catalog = ctx.catalog
    counts = ctx.t("site.home.counts",
                   projects=ctx.count("site.count.projects", len(catalog.projects)),
                   methods=ctx.count("site.count.methods", len(catalog.methods)))
    latest = [project_link(ctx, p) + f" {DASH} " + ctx.t(
        "site.home.added", date=partial_date(catalog.projects[p].added, ctx.lang))
        for p in latest_projects(catalog)]
    body = [
        # The menu shows the front-matter title, the page itself the site's name.
        f"---\ntitle: {ctx.t('site.nav.home')}\n---",
        f"# {ctx.t('site.name')}",
        f'<p class="vta-lead">{ctx.t("site.home.intro")}</p>',
        f"<p>{counts}</p>",
        f"<p>{ctx.t('site.home.caution', link=ctx.href(HOW_TO_READ.url))}</p>",
        heading(2, ctx.t("site.home.by_method"), "by-method"),
        _entries(ctx, METHODS, [(method_url(m), ctx.text(catalog.methods[m].name))
                                   for m in _most_used(ctx.index.by_method)
                                   if m in catalog.methods]),
        heading(2, ctx.t("site.home.by_target_group"), "by-target-group"),
        _entries(ctx, TARGET_GROUPS, [(target_group_url(g), ctx.label("target-groups", g))
                                         for g in _most_used(ctx.index.by_target_group)]),
        heading(2, ctx.t("site.home.by_county"), "by-county"),
        # The map and its table show every county with its count: no shortlist needed.
        counties_map(ctx, "vta-county-map"),
        f"<p>{ctx.link(COUNTIES.url, ctx.t('site.home.all.counties'))}</p>",
        heading(2, ctx.t("site.home.latest"), "latest"),
        link_list(latest),
        f"<p>{ctx.link(PROJECTS.url, ctx.t('site.home.all_projects'))}</p>",
        heading(2, ctx.t("site.home.contribute"), "contribute"),
        f"<p>{ctx.t('site.home.contribute_text', link=ctx.href(ABOUT.url))}</p>",
        f"<p>{ctx.t('contribute.link.home', link=ctx.href(CONTRIBUTE.url))}</p>",
    ]
    return Page(HOME.path, "\n\n".join(body).replace("---\n\n#", "---\n#", 1) + "\n")


def _most_used(usage: dict[str, list[str]]) -> list[str]:
    ranked = sorted(usage, key=lambda term: (-len(usage[term]), term))
    return ranked[:ENTRY_LIMIT]


def _entries(ctx: Context, index: Route, entries: list[tuple[str, str]]) -> str:
    links = [ctx.link(url, label) for url, label in entries]
    links.append(ctx.link(index.url, ctx.t(f"site.home.all.{index.url.strip('/')}")))
    return link_list(links)


PAGE_KINDS: tuple[PageKind, ...] = (home_page,)
