"""Shares across a method's projects: a median and range from three projects, else each one.

A median or a range of two shares describes nothing but those two figures, so below
`MIN_FOR_SUMMARY` every figure is shown with its project and the reason there is no
summary. Shares of another group than the participants are never summarised with them:
they are listed apart, each with the group it is of.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.analysis.aggregate import MIN_FOR_SUMMARY, Spread, SpreadValue
from generator.analysis.comparison import FLAGS
from generator.site.context import Context
from generator.site.format.figures import number, percent, share_amount, share_text


def named_values(ctx: Context, values: Sequence[SpreadValue], with_base: bool = False) -> str:
    """"SIN-projektet: 45-53 %; Göinge Forward: ca 41 %" as plain text."""
    def one(value: SpreadValue) -> str:
        name = ctx.plain(ctx.catalog.projects[value.project_id].name)
        shown = share_text(value.share, ctx.lang) if with_base \
            else share_amount(value.share, ctx.lang)
        return ctx.t("figures.spread.named", project=name, share=shown)
    return "; ".join(one(value) for value in values)


def spread_texts(ctx: Context, spread: Spread) -> tuple[str, str]:
    """(the figures or their range, the median or why there is none), as plain text."""
    if spread.low is None or spread.high is None or spread.median is None:
        why = ctx.t("compare.spread.single") if spread.n == 1 else ctx.t(
            "compare.spread.too_few", minimum=MIN_FOR_SUMMARY)
        return named_values(ctx, spread.values), why
    low, high = percent(spread.low, ctx.lang), percent(spread.high, ctx.lang)
    span = low if low == high else ctx.t("site.range", low=number(spread.low, ctx.lang),
                                         high=high)
    return span, percent(spread.median, ctx.lang)


def spread_sentence(ctx: Context, measure: str, spread: Spread) -> str:
    """One line for a glance: "Arbete eller studier (n = 2): …; färre än 3 projekt: …"."""
    span, median = spread_texts(ctx, spread)
    key = "figures.spread.summary" if spread.summarised else "figures.spread.thin"
    sentence = ctx.t(key, measure=ctx.t(f"compare.column.{measure}"), n=spread.n, span=span,
                     median=median)
    caveats = flag_counts(ctx, spread)
    return sentence + (" " + ctx.t("figures.spread.caveats", caveats=caveats) if caveats else "")


def flag_counts(ctx: Context, spread: Spread) -> str:
    """"Delresultat: 1 av 3; Ungefärlig siffra: 2 av 3" as plain text."""
    return "; ".join(ctx.t("compare.spread.flag", flag=ctx.t(f"compare.flag.{flag}"),
                           count=spread.flags[flag], n=spread.n)
                     for flag in FLAGS if flag in spread.flags)
