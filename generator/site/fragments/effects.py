"""Results against a comparison group, in a table of their own.

An effect is a difference in percentage points between two groups, not a share of
the participants: it never goes on a share chart's axis or into a share column. This
table shows, per project, the design, the two groups side by side, the difference with
its confidence interval, the follow-up, who evaluated and the source.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.analysis.comparison import ProjectComparison
from generator.routes import project_url
from generator.site.context import Context
from generator.site.format.evidence import difference_text
from generator.site.format.text import capitalised
from generator.site.fragments.evaluation import evaluation_anchor, group_result_text
from generator.site.fragments.sources import source_reference
from generator.site.markup import escape
from generator.site.markup.html import table

COLUMNS = ("design", "programme", "comparison", "difference", "follow_up", "evaluated_by",
           "source")


def _group(ctx: Context, row: ProjectComparison, name: str) -> str:
    assert row.effect is not None
    group = getattr(row.effect.evaluation, name)
    if group is None:
        return ctx.t("compare.none")
    text = escape.text(group_result_text(ctx, group)) or ctx.t("compare.none")
    if group.size:
        text += "<br><small>" + ctx.t("figures.effects.size", size=group.size) + "</small>"
    return text


def _row(ctx: Context, row: ProjectComparison) -> list[str]:
    effect = row.effect
    assert effect is not None
    evaluation = effect.evaluation
    outcome = row.project.outcomes[effect.outcome_number - 1]
    page = project_url(row.project.id)
    name = ctx.link(f"{page}#{evaluation_anchor(effect.outcome_number)}",
                    ctx.text(row.project.name))
    measure = ctx.t(f"figures.effect.measure.{evaluation.measure}") if evaluation.measure \
        else ""
    who = ctx.t(f"figures.evaluated_by.{evaluation.evaluated_by}")
    if evaluation.evaluator:
        who += f": {ctx.text(evaluation.evaluator)}"
    return [
        name + (f"<br><small>{escape.text(measure)}</small>" if measure else ""),
        capitalised(ctx.t(f"figures.design.{evaluation.design}")),
        _group(ctx, row, "programme_group"),
        _group(ctx, row, "comparison_group"),
        escape.text(difference_text(effect, ctx.lang)),
        ctx.t("figures.effect.follow_up", months=evaluation.follow_up_months)
        if evaluation.follow_up_months else ctx.t("compare.none"),
        who,
        source_reference(ctx, row.project.id, row.project.sources,
                         evaluation.source or outcome.source),
    ]


def effects_table(ctx: Context, rows: Sequence[ProjectComparison], caption: str) -> str:
    """Every row with an effect, in the order given; a sentence when there is none."""
    with_effect = [row for row in rows if row.effect is not None]
    if not with_effect:
        return f"<p>{ctx.t('figures.effects.none')}</p>"
    headers = [ctx.t("compare.column.project"),
               *(ctx.t(f"figures.effects.column.{column}") for column in COLUMNS)]
    return table(escape.text(caption), headers, [_row(ctx, row) for row in with_effect])
