"""The outcomes box of a project page: figures, shares, goals, definitions."""

from __future__ import annotations

from generator.analysis.outcomes import OUTCOME_FIELDS, GoalCheck, check_goals
from generator.routes import HOW_TO_READ
from generator.schema.common import Source
from generator.schema.outcome import Figure, Outcome
from generator.site.context import Context
from generator.site.format.dates import partial_date
from generator.site.format.figures import figure, figure_with_share, range_text
from generator.site.fragments.sources import source_link
from generator.site.markup import escape
from generator.site.markup.html import DASH, definition_list, heading, table

GOAL_SYMBOLS = {"met": "✔", "not_met": "✘", "unclear": "?", "not_stated": DASH}
OUTCOMES_ANCHOR = "outcomes"
"""The outcomes box on a project page."""


def goals_anchor(outcome_number: int | None) -> str:
    """Where the goals of the record's `outcome_number`th outcome (1-based) are listed."""
    return f"goals-{outcome_number}"


def definitions_anchor(outcome_number: int | None) -> str:
    return f"definitions-{outcome_number}"


def goal_status_text(ctx: Context, check: GoalCheck, outcome: Outcome | None) -> str:
    """"Met", "Not met" and so on, as plain text."""
    # An interim shortfall is not a verdict: the project had not ended yet.
    if check.status == "not_met" and outcome is not None and outcome.status == "interim":
        return ctx.t("site.goal.status.not_met_interim")
    return ctx.t(f"site.goal.status.{check.status}")


def outcomes_section(ctx: Context, outcomes: list[Outcome], sources: list[Source]) -> str:
    if not outcomes:
        return ""
    parts = [heading(2, ctx.t("site.heading.outcomes"), OUTCOMES_ANCHOR),
             ctx.t("site.outcomes.intro", link=ctx.href(HOW_TO_READ.url))]
    for number, outcome in enumerate(outcomes, start=1):
        parts.append(_outcome(ctx, outcome, sources, number, len(outcomes)))
    return "\n\n".join(parts)


def outcome_title(ctx: Context, outcome: Outcome) -> str:
    status = ctx.t(f"site.outcome.status.{outcome.status}")
    if outcome.as_of:
        return ctx.t("site.outcome.title_dated", status=status,
                     date=partial_date(outcome.as_of, ctx.lang))
    return status


def _outcome(ctx: Context, outcome: Outcome, sources: list[Source], number: int,
             total: int) -> str:
    title = outcome_title(ctx, outcome)
    parts = [heading(3, title, f"outcome-{number}") if total > 1 else ""]
    rows = [_figure_row(ctx, name, fig, outcome, sources) for name in OUTCOME_FIELDS
            if (fig := getattr(outcome, name)) is not None]
    if rows:
        headers = [ctx.t(f"site.outcomes.column.{column}")
                   for column in ("what", "figure", "share", "source")]
        caption = ctx.t("site.outcomes.caption", title=title)
        parts.append(table(caption, headers, rows))
    level = 3 if total == 1 else 4
    if outcome.goals:
        parts.append(heading(level, ctx.t("site.outcomes.goals"), goals_anchor(number)))
        parts.append(_goals(ctx, check_goals(outcome), outcome, sources))
    if outcome.definitions and (outcome.definitions.work or outcome.definitions.studies):
        parts.append(heading(level, ctx.t("site.outcomes.definitions"),
                             definitions_anchor(number)))
        parts.append(definition_list([
            (ctx.t("site.definition.work"), ctx.text(outcome.definitions.work)),
            (ctx.t("site.definition.studies"), ctx.text(outcome.definitions.studies))]))
    parts.append(ctx.prose(outcome.note, top_level=4))
    return "\n\n".join(part for part in parts if part)


def _figure_row(ctx: Context, name: str, value: Figure, outcome: Outcome,
                sources: list[Source]) -> list[str]:
    share = "" if name == "participants" else figure_with_share(
        value, outcome.participants, ctx.lang)
    source_id = value.source or outcome.source
    cited = [source_link(ctx, sources, source_id)]
    if value.wording:
        language = next((s.language for s in sources if s.id == source_id), "sv")
        cited.append(f'<q lang="{language}">{escape.text(value.wording)}</q>')
    label = ctx.t(f"site.figure.{name}")
    if value.note:
        label += f'<br><small>{ctx.text(value.note)}</small>'
    return [label, figure(value, ctx.lang), share if share != figure(value, ctx.lang) else "",
            " ".join(cited)]


def _goals(ctx: Context, checks: list[GoalCheck], outcome: Outcome,
           sources: list[Source]) -> str:
    items = []
    for check in checks:
        goal = check.goal
        status = goal_status_text(ctx, check, outcome)
        symbol = f'<span aria-hidden="true">{GOAL_SYMBOLS[check.status]}</span>'
        verdict = f'<strong class="vta-goal vta-goal--{check.status}">{symbol} {status}</strong>'
        result = ""
        if check.result is not None:
            result = " " + ctx.t("site.goal.result", value=range_text(
                check.result, goal.percent is not None, ctx.lang))
        if check.status != "not_stated" and outcome.status == "interim":
            result += " " + ctx.t("site.goal.interim")
        source = source_link(ctx, sources, goal.source or outcome.source)
        items.append(f"<li>{ctx.text(goal.text)} ({source})<br>{verdict}.{result}</li>")
    return '<ul class="vta-goals">\n' + "\n".join(items) + "\n</ul>"
