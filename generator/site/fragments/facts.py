"""The key facts box at the top of a project page."""

from __future__ import annotations

from generator.routes import county_url, method_url, organisation_url, target_group_url
from generator.schema import Project
from generator.schema.words import label
from generator.site.context import Context
from generator.site.format.dates import project_period
from generator.site.format.evidence import evidence_scale, evidence_text
from generator.site.format.figures import number
from generator.site.fragments.sources import source_link
from generator.site.fragments.term_tree import ordered, term_link
from generator.site.markup import escape
from generator.site.markup.html import DASH, definition_list, inline_list


def fact_label(ctx: Context, field: str) -> str:
    """A project field's label, as the schema declares it."""
    return escape.text(label(Project, field, ctx.lang))


def organisation_link(ctx: Context, organisation_id: str) -> str:
    return ctx.link(organisation_url(organisation_id),
                    ctx.label("organisations", organisation_id))


def key_facts(ctx: Context, project: Project) -> str:
    catalog = ctx.catalog
    partners = [organisation_link(ctx, partner.organisation)
                + (f" {DASH} {ctx.text(partner.role)}" if partner.role else "")
                for partner in project.partners]
    municipalities = [ctx.label("municipalities", code) for code in project.municipalities]
    counties = [ctx.link(county_url(code), ctx.label("counties", code))
                for code in project.counties]
    period_text = escape.text(project_period(project, ctx.lang))
    period_text += " " + source_link(ctx, project.sources, project.period.source)
    methods = [ctx.link(method_url(m), ctx.text(catalog.methods[m].name))
               for m in project.methods if m in catalog.methods]
    groups = [ctx.link(target_group_url(g), ctx.label("target-groups", g))
              for g in project.target_groups]
    # Named on the page, so a search for a broad group finds the project by its words too.
    broader = [term_link(ctx, g)
               for g in ordered(ctx, catalog.broader("target-groups", project.target_groups))]
    rows = [
        (fact_label(ctx, "owner"), organisation_link(ctx, project.owner)),
        (fact_label(ctx, "partners"), inline_list(partners) if partners else ""),
        (fact_label(ctx, "municipalities"), inline_list(municipalities) if municipalities else ""),
        (fact_label(ctx, "counties"), inline_list(counties) if counties else ""),
        (fact_label(ctx, "period"), period_text.strip()),
        (fact_label(ctx, "target_groups"), inline_list(groups) if groups else ""),
        (ctx.t("hierarchy.fact.broader"), inline_list(broader) if broader else ""),
        (fact_label(ctx, "methods"), inline_list(methods) if methods else ""),
        (fact_label(ctx, "funders"), inline_list(
            [ctx.label("funders", f) for f in project.funders]) if project.funders else ""),
        (fact_label(ctx, "budget"), _budget(ctx, project)),
        (fact_label(ctx, "esf_case_id"),
         f"<code>{escape.text(project.esf_case_id)}</code>" if project.esf_case_id else ""),
        (ctx.t("site.fact.evidence_level"),
         escape.text(evidence_text(project.evidence_level, ctx.lang))
         + f' <span class="vta-scale" aria-hidden="true">'
           f"{evidence_scale(project.evidence_level)}</span>"),
    ]
    return definition_list(rows)


def _budget(ctx: Context, project: Project) -> str:
    budget = project.budget
    if budget is None:
        return ""
    parts = []
    currency = ctx.t(f"site.currency.{budget.currency}")
    if budget.total is not None:
        parts.append(ctx.t("site.budget.total", amount=number(budget.total, ctx.lang),
                           currency=currency))
    if budget.esf_grant is not None:
        parts.append(ctx.t("site.budget.esf", amount=number(budget.esf_grant, ctx.lang),
                           currency=currency))
    if budget.note:
        parts.append(ctx.text(budget.note))
    if not parts:
        return ""
    return "; ".join(parts) + " " + source_link(ctx, project.sources, budget.source)
