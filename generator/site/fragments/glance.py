"""Evidence at a glance, as HTML: for a project (its page) and for a method (its page).

Three rows in a fixed order, as in the evidence toolkits: how strong the evidence is,
what it cost per participant, and what came of it with its caveats. Words first; the
five squares of the evidence scale only repeat them and are hidden from screen
readers, and no reading depends on colour.
"""

from __future__ import annotations

from collections import Counter

from generator import routes
from generator.analysis.aggregate import MIN_FOR_SUMMARY, MethodSummary
from generator.analysis.comparison import SHARE_MEASURES, Flag
from generator.routes import HOW_TO_READ, project_url
from generator.schema.evaluation import EVIDENCE_LEVELS
from generator.site.context import Context
from generator.site.format.evidence import cost_text, effect_text, evidence_scale, evidence_text
from generator.site.format.figures import number
from generator.site.fragments.compare_cells import flags_html
from generator.site.fragments.spreads import spread_sentence
from generator.site.lookups.glance import glance
from generator.site.markup import escape
from generator.site.markup.html import heading

GLANCE_ANCHOR = "at-a-glance"
EVIDENCE_ANCHOR = "evidence"
"""The how-to-read section that explains the evidence levels."""


def scale_html(scale: str) -> str:
    return f' <span class="vta-scale" aria-hidden="true">{scale}</span>'


def _evidence_cell(ctx: Context, text: str, scale: str) -> str:
    explained = ctx.link(HOW_TO_READ.at(EVIDENCE_ANCHOR), ctx.t("figures.glance.levels_link"))
    return (f'<span class="vta-glance__level">{escape.text(text)}</span>{scale_html(scale)}'
            f' <span class="vta-cell-links">{explained}</span>')


def _glance_list(ctx: Context, rows: list[tuple[str, str]]) -> str:
    items = "\n".join(f"<dt>{ctx.t(f'figures.glance.{key}')}</dt>\n<dd>{value}</dd>"
                      for key, value in rows)
    return f'<dl class="vta-glance">\n{items}\n</dl>'


def project_glance(ctx: Context, project_id: str) -> str:
    row = ctx.derived.rows_by_id[project_id]
    seen = glance(row, ctx.lang)
    none = ctx.t("compare.none")
    cost = escape.text(seen.cost) if seen.cost else f'<span class="vta-none">{none}</span>'
    if row.cost is not None:
        cost += flags_html(ctx, frozenset(flag for flag in row.cost.flags))
    if seen.result is None:
        result = f'<span class="vta-none">{ctx.t("compare.no_outcome")}</span>'
    else:
        result = escape.text(seen.result) + flags_html(ctx, seen.flags)
    if seen.effect is not None:
        result += "<br>" + escape.text(ctx.t("figures.glance.effect", effect=seen.effect))
    return "\n\n".join([heading(2, ctx.t("figures.glance.heading"), GLANCE_ANCHOR),
                        _glance_list(ctx, [("evidence", _evidence_cell(ctx, seen.evidence,
                                                                        seen.scale)),
                                           ("cost", cost), ("result", result)])])


def _method_evidence(ctx: Context, summary: MethodSummary) -> str:
    levels = Counter(row.project.evidence_level for row in summary.rows)
    strongest = max(levels, key=EVIDENCE_LEVELS.index)
    counts = "; ".join(
        ctx.t("figures.glance.level_count", level=ctx.t(f"site.evidence_level.{level}"),
              count=ctx.count("site.count.projects", levels[level]))
        for level in reversed(EVIDENCE_LEVELS) if level in levels)
    head = _evidence_cell(ctx, ctx.t("figures.glance.strongest",
                                     level=evidence_text(strongest, ctx.lang)),
                          evidence_scale(strongest))
    return f"{head}<br>{escape.text(counts)}"


def _method_cost(ctx: Context, summary: MethodSummary) -> str:
    costs = [(row.project.id, row.cost) for row in summary.rows if row.cost is not None]
    if not costs:
        return f'<span class="vta-none">{ctx.t("figures.glance.no_cost")}</span>'
    by_currency: dict[str, list[float]] = {}
    for _, cost in costs:
        by_currency.setdefault(cost.currency, []).append(cost.amount)
    parts = []
    for project_id, cost in costs:
        if len(by_currency[cost.currency]) < MIN_FOR_SUMMARY:
            name = ctx.plain(ctx.catalog.projects[project_id].name)
            parts.append(ctx.link(project_url(project_id), escape.text(ctx.t(
                "figures.spread.named", project=name, share=cost_text(cost, ctx.lang)))))
    for currency, amounts in sorted(by_currency.items()):
        if len(amounts) >= MIN_FOR_SUMMARY:
            parts.append(escape.text(ctx.t(
                "figures.glance.cost_range", count=len(amounts),
                currency=ctx.t(f"site.currency.{currency}"),
                low=number(round(min(amounts)), ctx.lang),
                high=number(round(max(amounts)), ctx.lang))))
    note = ctx.t("figures.glance.never_converted") if len(by_currency) > 1 else ""
    flags: frozenset[Flag] = frozenset().union(*(cost.flags for _, cost in costs))
    return "<br>".join(parts) + (f"<br>{note}" if note else "") + flags_html(ctx, flags)


def _method_result(ctx: Context, summary: MethodSummary) -> str:
    lines = [escape.text(spread_sentence(ctx, measure, summary.shares[measure]))
             for measure in SHARE_MEASURES if measure in summary.shares]
    if any(measure in summary.other_bases for measure in SHARE_MEASURES):
        lines.append(escape.text(ctx.t("figures.glance.other_bases")))
    if len(summary.effects) >= MIN_FOR_SUMMARY:
        # Effects of different evaluations are not summarised either; the list is in
        # Compare methods.
        lines.append(escape.text(ctx.t("figures.glance.effects_count",
                                       count=len(summary.effects))))
    else:
        for project_id, effect in summary.effects:
            name = ctx.plain(ctx.catalog.projects[project_id].name)
            lines.append(escape.text(ctx.t("figures.glance.effect_named", project=name,
                                           effect=effect_text(effect, ctx.lang))))
    if not lines:
        lines.append(f'<span class="vta-none">{ctx.t("compare.methods.no_shares")}</span>')
    more = ctx.link(routes.method_comparison_url(summary.method_id),
                    ctx.t("figures.glance.method_compare"))
    return "<br>".join(lines) + f'<br><span class="vta-cell-links">{more}</span>'


def method_glance(ctx: Context, summary: MethodSummary) -> str:
    """The method's projects at a glance; nothing when no project uses it."""
    if not summary.rows:
        return ""
    return "\n\n".join([heading(2, ctx.t("figures.glance.method_heading"), GLANCE_ANCHOR),
                        _glance_list(ctx, [("evidence", _method_evidence(ctx, summary)),
                                           ("cost", _method_cost(ctx, summary)),
                                           ("result", _method_result(ctx, summary))])])
