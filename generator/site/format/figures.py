"""Numbers, precision words and shares in the page's language."""

from __future__ import annotations

from generator.analysis.comparison import ShareFigure, share_figure
from generator.analysis.outcomes import Range
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
    """"drygt 100", "about 40 %", "246"."""
    amount = number(value.count, lang) if value.count is not None else percent(
        value.percent or 0, lang)
    if value.precision == "exact":
        return amount
    return t(lang, f"site.precision.{value.precision}", value=amount)


def rounded_percent(value: float, exact: bool, lang: str) -> str:
    """"41 %", or "ca 41 %" when the share is approximate or not a whole per cent."""
    amount = percent(value, lang)
    if not exact or value != round(value):
        return t(lang, "site.share.rounded", value=amount)
    return amount


def share_text(value: ShareFigure, lang: str) -> str:
    """"ca 57 % (drygt 100 + nästan 40 av 246)", or just the source's own percentage."""
    if value.participants is None:
        return figure(value.parts[0], lang)
    # With a denominator the only caveat a share itself can carry is "approximate".
    amount = rounded_percent(value.percent, not value.flags, lang)
    parts = " + ".join(figure(part, lang) for part in value.parts)
    return t(lang, "site.share.of", share=amount, part=parts,
             whole=figure(value.participants, lang))


def figure_with_share(value: Figure, participants: Figure | None, lang: str) -> str:
    """A figure with the share of the participants it is, when that can be known."""
    computed = share_figure(value, participants)
    return share_text(computed, lang) if computed is not None else figure(value, lang)


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
