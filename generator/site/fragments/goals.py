"""A goal as the source judges it and as the figures show it, side by side.

The source's own judgement ("Detta mål kommer vi inte att nå") is what the source
says; the check is what the catalogue reads from the figures' ranges. Both are shown,
the source's first, and when they disagree the page says so instead of choosing one.
"""

from __future__ import annotations

from generator.analysis.outcomes import GoalCheck
from generator.schema.common import Source
from generator.schema.outcome import Outcome
from generator.site.context import Context
from generator.site.format.figures import number, percent, range_text
from generator.site.fragments.sources import find_source, source_link
from generator.site.markup import escape
from generator.site.markup.html import DASH

GOAL_SYMBOLS = {"met": "✔", "not_met": "✘", "unclear": "?", "not_stated": DASH}


def goal_status_text(ctx: Context, check: GoalCheck, outcome: Outcome | None) -> str:
    """What the figures show: "Met", "Not met" and so on, as plain text."""
    # An interim shortfall is not a verdict: the project had not ended yet.
    if check.status == "not_met" and outcome is not None and outcome.status == "interim":
        return ctx.t("site.goal.status.not_met_interim")
    return ctx.t(f"site.goal.status.{check.status}")


def goal_text(ctx: Context, check: GoalCheck) -> str:
    """The target in a few words: "at least 50 into work"."""
    goal = check.goal
    target = percent(goal.percent, ctx.lang) if goal.percent is not None \
        else number(goal.count or 0, ctx.lang)
    return ctx.t(f"compare.goal.{goal.comparison}", target=target,
                 measure=ctx.t(f"compare.measure.{goal.measure}"))


def judgement_text(ctx: Context, check: GoalCheck) -> str:
    """"Källan: kommer inte att nås" as plain text; empty when the source gives none."""
    if check.judgement is None:
        return ""
    return ctx.t("figures.goal.source_says",
                 judgement=ctx.t(f"figures.judgement.{check.judgement}"))


def figures_text(ctx: Context, check: GoalCheck, outcome: Outcome | None) -> str:
    """"Målet ännu inte nått (enligt siffrorna)" as plain text."""
    return ctx.t("figures.goal.by_figures", status=goal_status_text(ctx, check, outcome))


def agreement_text(ctx: Context, check: GoalCheck) -> str:
    """A sentence when the source's judgement and the figures disagree or cannot be
    checked against each other; nothing when they agree or there is no judgement."""
    if check.agreement in ("contradicts", "figures_silent"):
        return ctx.t(f"figures.goal.agreement.{check.agreement}")
    return ""


def verdict_html(ctx: Context, check: GoalCheck, outcome: Outcome | None,
                 words: str | None = None) -> str:
    symbol = f'<span aria-hidden="true">{GOAL_SYMBOLS[check.status]}</span>'
    text = escape.text(words if words is not None else goal_status_text(ctx, check, outcome))
    return f'<span class="vta-goal vta-goal--{check.status}">{symbol} {text}</span>'


def _language(check: GoalCheck, outcome: Outcome | None, sources: list[Source]) -> str:
    judgement = check.goal.judgement
    source_id = (judgement.source if judgement else None) or check.goal.source \
        or (outcome.source if outcome else None)
    return getattr(find_source(sources, source_id), "language", "sv")


def readings_html(ctx: Context, check: GoalCheck, outcome: Outcome | None,
                  sources: list[Source]) -> str:
    """The compact form for table cells: the source's judgement in its own words, the
    figures' check, and a sentence when they disagree."""
    lines = []
    if judgement := judgement_text(ctx, check):
        assert check.goal.judgement is not None
        language = _language(check, outcome, sources)
        lines.append(f'<span class="vta-judgement">{escape.text(judgement)}</span> '
                     f'<q lang="{language}">{escape.text(check.goal.judgement.wording)}</q>')
    words = figures_text(ctx, check, outcome) if check.judgement else None
    lines.append(verdict_html(ctx, check, outcome, words))
    if conflict := agreement_text(ctx, check):
        lines.append(f'<strong class="vta-disagree">{escape.text(conflict)}</strong>')
    return "<br>".join(lines)


def _judgement_detail(ctx: Context, check: GoalCheck, outcome: Outcome,
                      sources: list[Source]) -> str:
    judgement = check.goal.judgement
    if judgement is None:
        return ""
    source_id = judgement.source or check.goal.source or outcome.source
    language = _language(check, outcome, sources)
    words = ctx.t(f"figures.judgement.{judgement.status}")
    detail = (f'<strong class="vta-judgement">{words[:1].upper() + words[1:]}</strong>: '
              f'<q lang="{language}">{escape.text(judgement.wording)}</q> '
              f"({source_link(ctx, sources, source_id)})")
    if judgement.note:
        detail += f" {ctx.text(judgement.note)}"
    return detail


def goals_list(ctx: Context, checks: list[GoalCheck], outcome: Outcome,
               sources: list[Source]) -> str:
    """The project page's goals: each with the source's judgement and the figures' check."""
    items = []
    for check in checks:
        goal = check.goal
        verdict = f"<strong>{verdict_html(ctx, check, outcome)}</strong>."
        if check.result is not None:
            verdict += " " + ctx.t("site.goal.result", value=range_text(
                check.result, goal.percent is not None, ctx.lang))
        if check.status != "not_stated" and outcome.status == "interim":
            verdict += " " + ctx.t("site.goal.interim")
        source = source_link(ctx, sources, goal.source or outcome.source)
        head = f"{ctx.text(goal.text)} ({source})"
        if (said := _judgement_detail(ctx, check, outcome, sources)) == "":
            items.append(f"<li>{head}<br>{verdict}</li>")
            continue
        conflict = agreement_text(ctx, check)
        items.append(
            f"<li>{head}\n<dl class=\"vta-goal-readings\">\n"
            f"<dt>{ctx.t('figures.goal.heading.source')}</dt>\n<dd>{said}</dd>\n"
            f"<dt>{ctx.t('figures.goal.heading.figures')}</dt>\n<dd>{verdict}</dd>\n</dl>"
            + (f'\n<p class="vta-disagree"><strong>{conflict}</strong></p>' if conflict else "")
            + "</li>")
    return '<ul class="vta-goals">\n' + "\n".join(items) + "\n</ul>"
