"""What one comparison cell says, as plain text (for data and scripts) and as HTML.

Plain-text functions return text without markup; the `*_html` functions
escape it and add the links back to the project page's source and
definitions, and the caveats as words.
"""

from __future__ import annotations

from generator.analysis.comparison import FLAGS, Flag, ProjectComparison, ShareFigure
from generator.analysis.outcomes import GoalCheck
from generator.routes import flag_url, project_url
from generator.site.context import Context
from generator.site.format.figures import figure, number, percent, range_text, share_text
from generator.site.fragments.outcomes import (
    GOAL_SYMBOLS,
    definitions_anchor,
    goal_status_text,
    goals_anchor,
)
from generator.site.fragments.sources import source_anchor
from generator.site.markup import escape


def share_range_text(ctx: Context, value: ShareFigure) -> str:
    """The widest reading, only when the precision words make it differ from the point."""
    if round(value.range.low) == round(value.range.high):
        return ""
    return ctx.t("compare.share.range", range=range_text(value.range, True, ctx.lang))


def goal_text(ctx: Context, check: GoalCheck) -> str:
    goal = check.goal
    target = percent(goal.percent, ctx.lang) if goal.percent is not None \
        else number(goal.count or 0, ctx.lang)
    return ctx.t(f"compare.goal.{goal.comparison}", target=target,
                 measure=ctx.t(f"compare.measure.{goal.measure}"))


def cost_text(ctx: Context, row: ProjectComparison) -> str:
    cost = row.cost
    if cost is None:
        return ""
    text = ctx.t("compare.cost.value", amount=number(round(cost.sek), ctx.lang))
    if round(cost.range.low) != round(cost.range.high):
        text += " " + ctx.t("compare.cost.range", low=number(round(cost.range.low), ctx.lang),
                            high=number(round(cost.range.high), ctx.lang))
    return text


def flag_texts(ctx: Context, flags: frozenset[Flag]) -> list[str]:
    return [ctx.t(f"compare.flag.{flag}") for flag in FLAGS if flag in flags]


# --- HTML -------------------------------------------------------------------------------


def flags_html(ctx: Context, flags: frozenset[Flag]) -> str:
    """Caveats as words, each linking to its explanation on the comparison page."""
    items = [f'<li>{ctx.link(flag_url(flag), ctx.t(f"compare.flag.{flag}"))}</li>'
             for flag in FLAGS if flag in flags]
    return f'<ul class="vta-flags">{"".join(items)}</ul>' if items else ""


def evidence_links_html(ctx: Context, row: ProjectComparison, source_id: str | None,
                        definitions: bool = True) -> str:
    """"källa" to the figure's source and "definition" when the source defines its terms."""
    page = project_url(row.project.id)
    links = []
    if source_id:
        links.append(ctx.link(f"{page}#{source_anchor(source_id)}", ctx.t("compare.link.source")))
    outcome = row.outcome
    if definitions and outcome is not None and outcome.definitions is not None and (
            outcome.definitions.work or outcome.definitions.studies):
        links.append(ctx.link(f"{page}#{definitions_anchor(row.outcome_number)}",
                              ctx.t("compare.link.definition")))
    return f'<span class="vta-cell-links">{" · ".join(links)}</span>' if links else ""


def share_html(ctx: Context, row: ProjectComparison, measure: str) -> str:
    value = row.share_of(measure)
    if value is None or row.outcome is None:
        return f'<span class="vta-none">{ctx.t("compare.none")}</span>'
    source = value.parts[0].source or row.outcome.source
    extra = share_range_text(ctx, value)
    return "<br>".join(part for part in (
        escape.text(share_text(value, ctx.lang)),
        f"<small>{escape.text(extra)}</small>" if extra else "",
        evidence_links_html(ctx, row, source),
        flags_html(ctx, value.flags)) if part)


def participants_html(ctx: Context, row: ProjectComparison) -> str:
    if row.participants is None or row.outcome is None:
        return f'<span class="vta-none">{ctx.t("compare.none")}</span>'
    source = row.participants.source or row.outcome.source
    return (escape.text(figure(row.participants, ctx.lang)) + "<br>"
            + evidence_links_html(ctx, row, source))


def goals_html(ctx: Context, row: ProjectComparison) -> tuple[str, str]:
    """The goal cell and the result-against-goal cell."""
    if row.outcome is None:
        return "", ""
    if not row.goals:
        none = f'<span class="vta-none">{ctx.t("compare.goal.none")}</span>'
        return none, none
    goals, results = [], []
    page = project_url(row.project.id)
    for check in row.goals:
        link = ctx.link(f"{page}#{goals_anchor(row.outcome_number)}",
                        ctx.t("compare.link.goal"))
        goals.append(f"{escape.text(goal_text(ctx, check))}<br>"
                     f'<span class="vta-cell-links">{link}</span>')
        symbol = f'<span aria-hidden="true">{GOAL_SYMBOLS[check.status]}</span>'
        results.append(f'<span class="vta-goal vta-goal--{check.status}">{symbol} '
                       f"{escape.text(goal_status_text(ctx, check, row.outcome))}</span>")
    return "<br>".join(goals), "<br>".join(results)


def cost_html(ctx: Context, row: ProjectComparison) -> str:
    if row.cost is None:
        return f'<span class="vta-none">{ctx.t("compare.cost.none")}</span>'
    budget = row.project.budget
    source = budget.source if budget else None
    flags = frozenset(row.cost.flags)
    return "<br>".join(part for part in (
        escape.text(cost_text(ctx, row)), evidence_links_html(ctx, row, source, False),
        flags_html(ctx, flags)) if part)
