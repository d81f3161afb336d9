"""Numbers, precision words and shares in the page's language."""

from __future__ import annotations

from generator.analysis.outcomes import Range, Share, share
from generator.i18n import t
from generator.schema.outcome import Figure


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
        return t(lang, "site.range", low=amount, high=show(value.maximum))
    if value.precision == "exact":
        return amount
    return t(lang, f"site.precision.{value.precision}", value=amount)


def share_text(value: Share, lang: str) -> str:
    """"ca 41 % (drygt 100 av 246)", or just the source's own percentage."""
    if value.participants is None:
        return figure(value.part, lang)
    amount = percent(value.percent, lang)
    if not value.exact or value.percent != round(value.percent):
        amount = t(lang, "site.share.rounded", value=amount)
    return t(lang, "site.share.of", share=amount, part=figure(value.part, lang),
             whole=figure(value.participants, lang))


def figure_with_share(value: Figure, participants: Figure | None, lang: str) -> str:
    computed = share(value, participants)
    if computed is None or computed.participants is None:
        return figure(value, lang)
    return share_text(computed, lang)


def range_text(value: Range, unit_percent: bool, lang: str) -> str:
    """A computed result range as a reader would say it: "at least 55 %", "40-44 %"."""
    def show(amount: float) -> str:
        return percent(amount, lang) if unit_percent else number(amount, lang)
    low, high = round(value.low), value.high
    if high == float("inf") or (unit_percent and high >= 100 and low < 100):
        return t(lang, "site.precision.at_least", value=show(low))
    if round(high) == low:
        return show(low)
    return t(lang, "site.range", low=show(low), high=show(round(high)))
