"""One page per project: `projects/<id>.md`."""

from __future__ import annotations

from generator import routes
from generator.export.jsonld import project_script
from generator.page import Page
from generator.schema import Project
from generator.schema.project import Factor
from generator.site.context import Context, PageKind
from generator.site.fragments.compare_nav import compare_link
from generator.site.fragments.facts import key_facts, organisation_link
from generator.site.fragments.feedback import report_error_link
from generator.site.fragments.form_link import edit_in_form_link
from generator.site.fragments.glance import project_glance
from generator.site.fragments.maps import locator
from generator.site.fragments.outcomes import outcomes_section
from generator.site.fragments.search_data import search_data
from generator.site.fragments.sections import link_list, project_link, section
from generator.site.fragments.sources import source_link, sources_section
from generator.site.markup import escape
from generator.site.markup.html import heading


def project_pages(ctx: Context) -> list[Page]:
    return [project_page(ctx, project) for project in ctx.catalog.projects.values()]


def project_page(base: Context, project: Project) -> Page:
    ctx = base.at(routes.project(project.id))
    sections = [
        f"# {ctx.text(project.name)}",
        f'<div class="vta-lead" markdown>\n\n{ctx.prose(project.summary)}\n\n</div>',
        project_glance(ctx, project.id),
        heading(2, ctx.t("site.heading.key_facts"), "key-facts"),
        locator(ctx, project),
        key_facts(ctx, project),
        compare_link(ctx, project.id),
        section(ctx, "description", ctx.prose(project.description)),
        outcomes_section(ctx, project.outcomes, project.sources),
        _factors(ctx, project, "success_factors", "success-factors", project.success_factors),
        _factors(ctx, project, "challenges", "challenges", project.challenges),
        _continuation(ctx, project),
        _quotes(ctx, project),
        _contact(ctx, project),
        _related(ctx, project),
        sources_section(ctx, project.sources),
        report_error_link(ctx, "projects", project.id),
        edit_in_form_link(ctx, project.id),
        search_data(ctx, project),
        project_script(ctx.catalog, project, ctx.lang),
    ]
    return Page(routes.project(project.id).path, "\n\n".join(s for s in sections if s) + "\n")


def _factors(ctx: Context, project: Project, name: str, kind: str, factors: list[Factor]) -> str:
    items = []
    for factor in factors:
        text = f": {ctx.text(factor.text)}" if factor.text else ""
        items.append(f"<li><strong>{ctx.label(kind, factor.code)}</strong>{text} "
                     f"{source_link(ctx, project.sources, factor.source)}</li>")
    return section(ctx, name, "<ul>\n" + "\n".join(items) + "\n</ul>") if items else ""


def _continuation(ctx: Context, project: Project) -> str:
    after = project.continued_after_funding
    if after is None:
        return ""
    body = f"<p><strong>{ctx.t(f'site.continuation.{after.status}')}</strong>"
    if after.text:
        body += f" {ctx.text(after.text)}"
    body += f" {source_link(ctx, project.sources, after.source)}</p>".replace(" </p>", "</p>")
    return section(ctx, "after_funding", body)


def _quotes(ctx: Context, project: Project) -> str:
    figures = []
    for quote in project.quotes:
        shown = ctx.text(quote.text)
        original = ""
        if ctx.lang == "en" and quote.text.en:
            original = (f'<p class="vta-original">{ctx.t("site.quote.original")} '
                        f'<q lang="sv">{escape.text(quote.text.sv)}</q></p>')
        figures.append(
            f'<figure class="vta-quote">\n<blockquote><p>{shown}</p></blockquote>\n{original}'
            f"<figcaption>— {ctx.text(quote.attribution)}, "
            f"{source_link(ctx, project.sources, quote.source)}</figcaption>\n</figure>")
    return section(ctx, "quotes", "\n".join(figures)) if figures else ""


def _contact(ctx: Context, project: Project) -> str:
    contact = project.contact
    if contact is None:
        return ""
    lines = [organisation_link(ctx, contact.organisation)]
    if contact.role:
        lines.append(ctx.text(contact.role))
    if contact.email:
        address = escape.attribute(contact.email)
        lines.append(f'<a href="mailto:{address}">{escape.text(contact.email)}</a>')
    if contact.url:
        lines.append(f'<a href="{escape.attribute(contact.url)}">'
                     f'{ctx.t("site.contact.web")}</a>')
    return section(ctx, "contact", "<p>" + "<br>\n".join(lines) + "</p>")


def _related(ctx: Context, project: Project) -> str:
    catalog = ctx.catalog
    items = []
    if project.predecessor in catalog.projects:
        items.append(ctx.t("site.related.predecessor", link=project_link(ctx, project.predecessor)))
    for successor in ctx.index.successors.get(project.id, []):
        items.append(ctx.t("site.related.successor", link=project_link(ctx, successor)))
    items += [project_link(ctx, other) for other in ctx.derived.related.of(project)]
    if not items:
        return ""
    return section(ctx, "related", link_list(items))


PAGE_KINDS: tuple[PageKind, ...] = (project_pages,)
