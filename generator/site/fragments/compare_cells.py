"""What one comparison cell says, as plain text (for data and scripts) and as HTML.

Plain-text functions return text without markup; the `*_html` functions escape it and
add the links: to the source itself (publisher and date, its own address when it has
one), to the project page's goals, definitions and evaluation, and the caveats as words.
"""

from __future__ import annotations

from generator.analysis.comparison import FLAGS, Flag, ProjectComparison, ShareFigure
from generator.routes import flag_url, project_url
from generator.site.context import Context
from generator.site.format.evidence import cost_text as cost_words
from generator.site.format.evidence import effect_text, evidence_scale, evidence_text
from generator.site.format.figures import figure, range_text, share_text
from generator.site.fragments.evaluation import evaluation_anchor
from generator.site.fragments.goals import goal_text, readings_html
from generator.site.fragments.outcomes import definitions_anchor, goals_anchor
from generator.site.fragments.sources import source_reference
from generator.site.markup import escape

__all__ = ["cost_html", "cost_text", "effect_html", "evidence_html", "flag_texts",
           "flags_html", "goal_text", "goals_html", "participants_html", "share_html",
           "share_range_text"]


def share_range_text(ctx: Context, value: ShareFigure) -> str:
    """The widest reading, only when the precision words make it differ from the point and
    the share does not already say it (a range, an open lower bound)."""
    if value.open_above or not value.single_value:
        return ""
    if round(value.range.low) == round(value.range.high):
        return ""
    return ctx.t("compare.share.range", range=range_text(value.range, True, ctx.lang))


def cost_text(ctx: Context, row: ProjectComparison) -> str:
    return cost_words(row.cost, ctx.lang) if row.cost is not None else ""


def flag_texts(ctx: Context, flags: frozenset[Flag]) -> list[str]:
    return [ctx.t(f"compare.flag.{flag}") for flag in FLAGS if flag in flags]


# --- HTML -------------------------------------------------------------------------------


def _none(ctx: Context, key: str = "compare.none") -> str:
    return f'<span class="vta-none">{ctx.t(key)}</span>'


def flags_html(ctx: Context, flags: frozenset[Flag]) -> str:
    """Caveats as words, each linking to its explanation on the comparison page."""
    items = [f'<li>{ctx.link(flag_url(flag), ctx.t(f"compare.flag.{flag}"))}</li>'
             for flag in FLAGS if flag in flags]
    return f'<ul class="vta-flags">{"".join(items)}</ul>' if items else ""


def evidence_links_html(ctx: Context, row: ProjectComparison, source_id: str | None,
                        definitions: bool = True) -> str:
    """The figure's source (publisher and date) and "definition" when the source defines
    its terms."""
    page = project_url(row.project.id)
    links = []
    if source_id and (cited := source_reference(ctx, row.project.id, row.project.sources,
                                                source_id)):
        links.append(cited)
    outcome = row.outcome
    if definitions and outcome is not None and outcome.definitions is not None and (
            outcome.definitions.work or outcome.definitions.studies):
        links.append(ctx.link(f"{page}#{definitions_anchor(row.outcome_number)}",
                              ctx.t("compare.link.definition")))
    return f'<span class="vta-cell-links">{" · ".join(links)}</span>' if links else ""


def share_html(ctx: Context, row: ProjectComparison, measure: str) -> str:
    value = row.share_of(measure)
    if value is None or row.outcome is None:
        return _none(ctx)
    source = value.parts[0].source or row.outcome.source
    extra = share_range_text(ctx, value)
    return "<br>".join(part for part in (
        escape.text(share_text(value, ctx.lang)),
        f"<small>{escape.text(extra)}</small>" if extra else "",
        evidence_links_html(ctx, row, source),
        flags_html(ctx, value.flags)) if part)


def participants_html(ctx: Context, row: ProjectComparison) -> str:
    if row.participants is None or row.outcome is None:
        return _none(ctx)
    source = row.participants.source or row.outcome.source
    return (escape.text(figure(row.participants, ctx.lang)) + "<br>"
            + evidence_links_html(ctx, row, source))


def goals_html(ctx: Context, row: ProjectComparison) -> tuple[str, str]:
    """The goal cell, and the cell with the source's judgement beside the figures' check."""
    if row.outcome is None:
        return "", ""
    if not row.goals:
        none = _none(ctx, "compare.goal.none")
        return none, none
    goals, results = [], []
    page = project_url(row.project.id)
    for check in row.goals:
        link = ctx.link(f"{page}#{goals_anchor(row.outcome_number)}",
                        ctx.t("compare.link.goal"))
        goals.append(f"{escape.text(goal_text(ctx, check))}<br>"
                     f'<span class="vta-cell-links">{link}</span>')
        results.append(readings_html(ctx, check, row.outcome, row.project.sources))
    return "<br>".join(goals), "<br>".join(results)


def cost_html(ctx: Context, row: ProjectComparison) -> str:
    if row.cost is None:
        return _none(ctx, "compare.cost.none")
    budget = row.project.budget
    source = budget.source if budget else None
    flags = frozenset(row.cost.flags)
    return "<br>".join(part for part in (
        escape.text(cost_text(ctx, row)), evidence_links_html(ctx, row, source, False),
        flags_html(ctx, flags)) if part)


def evidence_html(ctx: Context, row: ProjectComparison) -> str:
    """The evidence level in words, with the scale as a supplement."""
    level = row.project.evidence_level
    return (escape.text(evidence_text(level, ctx.lang))
            + f' <span class="vta-scale" aria-hidden="true">{evidence_scale(level)}</span>')


def effect_html(ctx: Context, row: ProjectComparison) -> str:
    """The result against a comparison group: percentage points, never a share."""
    effect = row.effect
    if effect is None:
        return _none(ctx, "figures.effect.none")
    outcome = row.project.outcomes[effect.outcome_number - 1]
    source = effect.evaluation.source or outcome.source
    page = project_url(row.project.id)
    link = ctx.link(f"{page}#{evaluation_anchor(effect.outcome_number)}",
                    ctx.t("figures.effect.link"))
    cited = source_reference(ctx, row.project.id, row.project.sources, source)
    return (escape.text(effect_text(effect, ctx.lang))
            + f'<br><span class="vta-cell-links">{" · ".join(p for p in (cited, link) if p)}'
            "</span>")
