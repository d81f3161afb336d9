"""How strong the evidence is, what it cost and what a comparison group showed, in words.

Plain text in the page's language, for pages, tables, charts and the explorer's cards
alike. The evidence level is a scale of five steps, weakest first; its words always come
first and a symbol only repeats them. A cost stays in its own currency, an effect is in
percentage points exactly as the source states it (or, when the source gives only the two
groups' results, their plain difference, said to be unadjusted).
"""

from __future__ import annotations

from generator.analysis.cost import CostPerParticipant
from generator.analysis.effect import Effect
from generator.i18n import t
from generator.schema.evaluation import EVIDENCE_LEVELS, EvidenceLevel
from generator.site.format.figures import number

SCALE_FULL = "\u25a0"
"""A filled square: one step of evidence reached."""
SCALE_EMPTY = "\u25a1"
"""An empty square: a step not reached. Shape, not colour, tells them apart."""


def evidence_rank(level: EvidenceLevel) -> int:
    """1 (self-reported) to 5 (randomised)."""
    return EVIDENCE_LEVELS.index(level) + 1


def evidence_text(level: EvidenceLevel, lang: str) -> str:
    """"Randomiserad studie (nivå 5 av 5)"."""
    return t(lang, "figures.evidence.level", level=t(lang, f"site.evidence_level.{level}"),
             rank=evidence_rank(level), steps=len(EVIDENCE_LEVELS))


def evidence_scale(level: EvidenceLevel) -> str:
    """"■■□□□": a supplement to `evidence_text`, never shown without it."""
    rank = evidence_rank(level)
    return SCALE_FULL * rank + SCALE_EMPTY * (len(EVIDENCE_LEVELS) - rank)


def cost_text(cost: CostPerParticipant, lang: str) -> str:
    """"ca 31 000 kr per deltagare (möjligt spann …)", in the budget's own currency."""
    currency = t(lang, f"site.currency.{cost.currency}")
    text = t(lang, "compare.cost.value", amount=number(round(cost.amount), lang),
             currency=currency)
    if round(cost.range.low) != round(cost.range.high):
        text += " " + t(lang, "compare.cost.range", low=number(round(cost.range.low), lang),
                        high=number(round(cost.range.high), lang), currency=currency)
    return text


def points(value: float, lang: str) -> str:
    """"+12,5 procentenheter": the sign always shown, one decimal only when there is one."""
    decimals = 0 if value == round(value) else 1
    sign = "+" if value > 0 else "\u2212" if value < 0 else "\u00b1"
    return t(lang, "figures.points", value=sign + number(abs(value), lang, decimals))


def _signless(value: float, lang: str) -> str:
    decimals = 0 if value == round(value) else 1
    text = number(abs(value), lang, decimals)
    return ("\u2212" + text) if value < 0 else text


def difference_text(effect: Effect, lang: str) -> str:
    """"+12,5 procentenheter (95 % KI 6,1 till 18,9)", or the groups' plain difference."""
    stated = effect.stated
    if stated is not None:
        text = points(stated.points, lang)
        if stated.ci_low is not None and stated.ci_high is not None:
            text += " " + t(lang, "figures.effect.ci", level=number(stated.ci_level, lang),
                            low=_signless(stated.ci_low, lang),
                            high=_signless(stated.ci_high, lang))
        return text
    if effect.computed_points is not None:
        return t(lang, "figures.effect.computed", points=points(effect.computed_points, lang))
    return t(lang, "figures.effect.no_difference")


def effect_text(effect: Effect, lang: str) -> str:
    """One line: the difference, the design and the follow-up."""
    evaluation = effect.evaluation
    details = [t(lang, f"figures.design.{evaluation.design}")]
    if evaluation.follow_up_months:
        details.append(t(lang, "figures.effect.followed_up", months=evaluation.follow_up_months))
    if evaluation.measure:
        details.append(t(lang, f"figures.effect.measure.{evaluation.measure}"))
    return t(lang, "figures.effect.line", difference=difference_text(effect, lang),
             details=", ".join(details))
