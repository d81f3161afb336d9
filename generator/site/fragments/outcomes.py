"""The outcomes box of a project page: figures, shares, goals, definitions, evaluations."""

from __future__ import annotations

from generator.analysis.comparison import share_figure
from generator.analysis.outcomes import OUTCOME_FIELDS, check_goals
from generator.routes import HOW_TO_READ
from generator.schema.common import Source
from generator.schema.outcome import Figure, Outcome
from generator.site.context import Context
from generator.site.format.dates import partial_date
from generator.site.format.figures import figure, figure_base_words, share_text
from generator.site.fragments.evaluation import evaluation_section
from generator.site.fragments.goals import goals_list
from generator.site.fragments.sources import find_source, source_line, source_link
from generator.site.markup import escape
from generator.site.markup.html import definition_list, heading, table

OUTCOMES_ANCHOR = "outcomes"
"""The outcomes box on a project page."""


def goals_anchor(outcome_number: int | None) -> str:
    """Where the goals of the record's `outcome_number`th outcome (1-based) are listed."""
    return f"goals-{outcome_number}"


def definitions_anchor(outcome_number: int | None) -> str:
    return f"definitions-{outcome_number}"


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
    # Two outcomes may share a title (both final, undated): the number keeps the names of
    # their tables' scroll regions apart.
    named = ctx.t("site.outcomes.numbered", number=number, title=title) if total > 1 else title
    parts = [heading(3, title, f"outcome-{number}") if total > 1 else "",
             source_line(ctx, sources, outcome.source, "figures.source.outcome")]
    rows = [_figure_row(ctx, name, fig, outcome, sources) for name in OUTCOME_FIELDS
            if (fig := getattr(outcome, name)) is not None]
    if rows:
        headers = [ctx.t(f"site.outcomes.column.{column}")
                   for column in ("what", "figure", "share", "source")]
        caption = ctx.t("site.outcomes.caption", title=named)
        parts.append(table(caption, headers, rows))
    level = 3 if total == 1 else 4
    if outcome.goals:
        parts.append(heading(level, ctx.t("site.outcomes.goals"), goals_anchor(number)))
        parts.append(goals_list(ctx, check_goals(outcome), outcome, sources))
    parts.append(evaluation_section(ctx, outcome, sources, number, level, named))
    if outcome.definitions and (outcome.definitions.work or outcome.definitions.studies):
        parts.append(heading(level, ctx.t("site.outcomes.definitions"),
                             definitions_anchor(number)))
        parts.append(definition_list([
            (ctx.t("site.definition.work"), ctx.text(outcome.definitions.work)),
            (ctx.t("site.definition.studies"), ctx.text(outcome.definitions.studies))]))
    parts.append(ctx.prose(outcome.note, top_level=4))
    return "\n\n".join(part for part in parts if part)


def _share_cell(ctx: Context, name: str, value: Figure, outcome: Outcome) -> str:
    """The share a figure is and of whom: of the participants for a count, of the group the
    source names for a share the source gave (the participants' own figure: its group)."""
    if name == "participants":
        return escape.text(figure_base_words(value, ctx.lang))
    computed = share_figure(value, outcome.participants)
    return escape.text(share_text(computed, ctx.lang)) if computed is not None else ""


def _figure_row(ctx: Context, name: str, value: Figure, outcome: Outcome,
                sources: list[Source]) -> list[str]:
    source_id = value.source or outcome.source
    cited = [source_link(ctx, sources, source_id)]
    if value.wording:
        language = getattr(find_source(sources, source_id), "language", "sv")
        cited.append(f'<q lang="{language}">{escape.text(value.wording)}</q>')
    label = ctx.t(f"site.figure.{name}")
    if value.note:
        label += f'<br><small>{ctx.text(value.note)}</small>'
    share = _share_cell(ctx, name, value, outcome)
    return [label, escape.text(figure(value, ctx.lang)), share, " ".join(cited)]
