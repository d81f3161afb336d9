"""Evidence at a glance: how strong, what it cost, what came of it, and the caveats.

Like the evidence toolkits' three headlines (strength, cost, impact) and in that order,
but from one project's own sources: the evidence level the evaluations give, the cost
per participant in the budget's own currency, and the headline result with every caveat
that applies. Plain text in the page's language, for the project page, the method page
and the explorer's result cards alike; callers escape it.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.analysis.comparison import FLAGS, Flag, ProjectComparison, ShareFigure
from generator.i18n import t
from generator.schema.evaluation import EvidenceLevel
from generator.site.format.evidence import (
    cost_text,
    effect_text,
    evidence_rank,
    evidence_scale,
    evidence_text,
)
from generator.site.format.figures import share_text

RESULT_MEASURES = ("combined", "into_work", "into_studies")
"""The headline result: work or studies together when known, else work, else studies."""


@dataclass(frozen=True)
class Glance:
    level: EvidenceLevel
    rank: int
    evidence: str
    """"Randomised trial (level 5 of 5)"."""
    scale: str
    """"■■■■■": only ever beside `evidence`."""
    cost: str | None
    cost_caveats: tuple[str, ...]
    result: str | None
    """"Moved on to work: about 38% (150 of 400)"; None without outcomes."""
    result_measure: str | None
    effect: str | None
    """The result against a comparison group, in percentage points."""
    flags: frozenset[Flag]
    caveats: tuple[str, ...]
    """The words of `flags`, in the order of the caveats list."""


def headline_share(row: ProjectComparison) -> tuple[str, ShareFigure] | None:
    for measure in RESULT_MEASURES:
        if (value := row.share_of(measure)) is not None:
            return measure, value
    return None


def result_text(measure: str, value: ShareFigure, lang: str) -> str:
    return t(lang, "figures.glance.result_line", measure=t(lang, f"compare.column.{measure}"),
             share=share_text(value, lang))


def glance(row: ProjectComparison, lang: str) -> Glance:
    level = row.project.evidence_level
    cost = row.cost
    found = headline_share(row)
    flags = row.all_flags()
    return Glance(
        level, evidence_rank(level), evidence_text(level, lang), evidence_scale(level),
        cost_text(cost, lang) if cost is not None else None,
        tuple(t(lang, f"compare.flag.{flag}") for flag in FLAGS if flag in cost.flags)
        if cost is not None else (),
        result_text(*found, lang) if found is not None else None,
        found[0] if found is not None else None,
        effect_text(row.effect, lang) if row.effect is not None else None,
        flags, tuple(t(lang, f"compare.flag.{flag}") for flag in FLAGS if flag in flags))
