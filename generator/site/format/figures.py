"""Numbers, precision words and shares in the page's language.

A share says what the figures allow and no more: a range as "14-16 %", a lower bound
alone as "at least 31 %" (the 100 % ceiling is not data), and always what it is a share
of when that is not the participants counted in the same source.
"""

from __future__ import annotations

from generator.analysis.comparison import ShareFigure, share_figure
from generator.analysis.outcomes import Range
from generator.i18n import t
from generator.schema.figure import Figure, share_base


def number(value: float, lang: str, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    if lang == "sv":
        # Swedish: narrow no-break space between thousands, decimal comma.
        return text.replace(",", "\u202f").replace(".", ",")
    return text


def percent(value: float, lang: str) -> str:
    decimals = 1 if 0 < value < 1 else 0
    return t(lang, "site.percent", value=number(value, lang, decimals))


def figure(value: Figure, lang: str) -> str:
    """"drygt 100", "about 40 %", "246", and a range as "8-9" (with an en dash)."""
    def show(amount: float) -> str:
        return number(amount, lang) if value.count is not None else percent(amount, lang)
    amount = show(value.value)
    if value.maximum is not None:
        # "8-9", "30-35 %": the unit once, after the range.
        return t(lang, "site.range", low=number(value.value, lang), high=show(value.maximum))
    if value.precision == "exact":
        return amount
    return t(lang, f"site.precision.{value.precision}", value=amount)


def rounded_percent(value: float, exact: bool, lang: str) -> str:
    """"41 %", or "ca 41 %" when the share is approximate or not a whole per cent."""
    amount = percent(value, lang)
    if not exact or value != round(value):
        return t(lang, "site.share.rounded", value=amount)
    return amount


def share_amount(value: ShareFigure, lang: str) -> str:
    """The share as far as the figures allow: "14-16 %", "at least 31 %", "ca 34 %"."""
    if value.open_above:
        return t(lang, "site.precision.at_least", value=percent(round(value.range.low), lang))
    if not value.single_value:
        if len(value.parts) == 1 and value.parts[0].precision == "at_most":
            return t(lang, "site.precision.at_most",
                     value=percent(round(value.range.high), lang))
        return range_text(value.range, True, lang)
    return rounded_percent(value.percent, "approximate" not in value.flags, lang)


def base_words(value: ShareFigure, lang: str) -> str:
    """What a share the source gave is of: "of those who left", "of the 200 participants"."""
    counts = {part.base_count for part in value.parts if part.percent is not None}
    count = counts.pop() if len(counts) == 1 else None
    if count is None:
        return t(lang, f"figures.base.{value.base}")
    return t(lang, f"figures.base.{value.base}_count", count=number(count, lang))


def share_text(value: ShareFigure, lang: str) -> str:
    """"ca 34 % (ca 20 av 58)", "14-16 % (8-9 av 58)", "58 % av dem som avslutat"."""
    parts = " + ".join(figure(part, lang) for part in value.parts)
    if value.participants is None:
        # The source's own percentage: said as it is, with the group it is of.
        amount = parts if len(value.parts) == 1 else t(
            lang, "figures.share.sum", share=share_amount(value, lang), parts=parts)
        return t(lang, "figures.share.of_base", share=amount, base=base_words(value, lang))
    return t(lang, "site.share.of", share=share_amount(value, lang), part=parts,
             whole=figure(value.participants, lang))


def figure_with_share(value: Figure, participants: Figure | None, lang: str) -> str:
    """A figure with the share it is, when that can be known: of the participants for a
    count, of the group the source names for a share."""
    computed = share_figure(value, participants)
    return share_text(computed, lang) if computed is not None else figure(value, lang)


def figure_base_words(value: Figure, lang: str) -> str:
    """What a share in a record is of, for a figure shown on its own (the participants)."""
    if value.percent is None:
        return ""
    key = share_base(value) + ("_count" if value.base_count else "")
    return t(lang, f"figures.base.{key}", count=number(value.base_count or 0, lang))


def range_text(value: Range, unit_percent: bool, lang: str) -> str:
    """A computed result range as a reader would say it: "at least 55 %", "40-44 %"."""
    def show(amount: float) -> str:
        return percent(amount, lang) if unit_percent else number(amount, lang)
    low, high = round(value.low), value.high
    if high == float("inf") or (unit_percent and high >= 100 and low < 100):
        return t(lang, "site.precision.at_least", value=show(low))
    if round(high) == low:
        return show(low)
    # "45-53 %": the unit once, after the range.
    return t(lang, "site.range", low=number(low, lang), high=show(round(high)))
