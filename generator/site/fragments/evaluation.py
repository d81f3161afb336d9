"""How an outcome was evaluated, and a comparison group's results beside the participants'.

The two groups stand side by side in one table (who, how many, the result by the same
definition), and the difference below them as the source states it, in percentage
points with its confidence interval. A difference the source does not state is the
plain subtraction of the two results, and says so: it is not adjusted the way an
evaluation's estimate may be. An effect is never drawn on the axis of a share.
"""

from __future__ import annotations

from generator.analysis.effect import Effect, effect, group_share
from generator.schema.common import Source
from generator.schema.evaluation import Evaluation, Group, outcome_evidence
from generator.schema.outcome import Outcome
from generator.site.context import Context
from generator.site.format.evidence import difference_text, evidence_text
from generator.site.format.figures import number, percent
from generator.site.format.text import capitalised
from generator.site.fragments.sources import find_source, source_line
from generator.site.markup import escape
from generator.site.markup.html import definition_list, heading, table

GROUPS = ("programme_group", "comparison_group")


def evaluation_anchor(outcome_number: int | None) -> str:
    return f"evaluation-{outcome_number}"


def group_result_text(ctx: Context, group: Group) -> str:
    """"37,5 %", "100 av 400 (25 %)", as plain text; empty without a result."""
    result = group.result
    if result is None:
        return ""
    if result.percent is not None:
        return percent(result.percent, ctx.lang) if result.percent == round(result.percent) \
            else ctx.t("site.percent", value=number(result.percent, ctx.lang, 1))
    share = group_share(group).percent
    count = number(result.count or 0, ctx.lang)
    if share is None:
        return count
    return ctx.t("figures.group.count_of", count=count, size=number(group.size or 0, ctx.lang),
                 share=percent(round(share), ctx.lang))


def _groups_table(ctx: Context, evaluation: Evaluation, language: str, title: str) -> str:
    groups = [getattr(evaluation, name) for name in GROUPS]
    headers = [ctx.t("site.outcomes.column.what"),
               *(ctx.t(f"figures.group.{name}") for name in GROUPS)]

    def cell(group: Group | None, part: str) -> str:
        if group is None:
            return ctx.t("compare.none")
        if part == "description":
            return ctx.text(group.description)
        if part == "size":
            return number(group.size, ctx.lang) if group.size else ctx.t("compare.none")
        text = escape.text(group_result_text(ctx, group)) or ctx.t("compare.none")
        wording = group.result.wording if group.result else None
        return text + (f' <q lang="{language}">{escape.text(wording)}</q>' if wording else "")

    result = ctx.t("figures.group.result")
    if evaluation.measure:
        result = ctx.t("figures.group.result_measure", result=result,
                       measure=ctx.t(f"figures.effect.measure.{evaluation.measure}"))
    rows = [[ctx.t(f"figures.group.{part}") if part != "result" else escape.text(result),
             *(cell(group, part) for group in groups)]
            for part in ("description", "size", "result")]
    # Named by its outcome: two evaluated outcomes give two scroll regions, each its own name.
    return table(ctx.t("figures.group.caption", title=title), headers, rows)


def _difference(ctx: Context, result: Effect | None, language: str) -> str:
    if result is None:
        return ""
    text = escape.text(difference_text(result, ctx.lang))
    if result.stated is not None and result.stated.wording:
        text += f' <q lang="{language}">{escape.text(result.stated.wording)}</q>'
    return text


def evaluation_section(ctx: Context, outcome: Outcome, sources: list[Source], number_: int,
                       level: int, title: str) -> str:
    """How the record's `number_`th outcome was evaluated; nothing when the record does not
    say (its figures are then the project's own statement)."""
    evaluation = outcome.evaluation
    if evaluation is None:
        return ""
    # The difference of this evaluation itself, whichever one the comparison pages show.
    result = effect([outcome])
    source_id = evaluation.source or outcome.source
    language = getattr(find_source(sources, source_id), "language", "sv")
    who = ctx.t(f"figures.evaluated_by.{evaluation.evaluated_by}")
    if evaluation.evaluator:
        who += f": {ctx.text(evaluation.evaluator)}"
    measure = ""
    if evaluation.measure:
        measure = escape.text(capitalised(ctx.t(f"figures.effect.measure.{evaluation.measure}")))
        if evaluation.definition:
            measure += f": {ctx.text(evaluation.definition)}"
    facts = definition_list([
        (ctx.t("figures.evaluation.design"),
         capitalised(ctx.t(f"figures.design.{evaluation.design}"))),
        (ctx.t("figures.evaluation.level"),
         escape.text(evidence_text(outcome_evidence(evaluation), ctx.lang))),
        (ctx.t("figures.evaluation.by"), who),
        (ctx.t("figures.evaluation.follow_up"), ctx.t(
            "figures.effect.follow_up", months=evaluation.follow_up_months)
         if evaluation.follow_up_months else ""),
        (ctx.t("figures.evaluation.measure"), measure),
        (ctx.t("figures.evaluation.difference"), _difference(ctx, result, language)),
    ])
    parts = [heading(level, ctx.t("figures.evaluation.heading"), evaluation_anchor(number_)),
             facts]
    if evaluation.comparison_group is not None or evaluation.programme_group is not None:
        parts.append(_groups_table(ctx, evaluation, language, title))
    parts.append(source_line(ctx, sources, source_id, "figures.source.evaluation"))
    if evaluation.note:
        parts.append(f"<p>{ctx.text(evaluation.note)}</p>")
    return "\n\n".join(part for part in parts if part)
