"""Pages written once in the UI strings: how to read the figures, and about/contribute."""

from __future__ import annotations

from typing import get_args

from generator.analysis.outcomes import OUTCOME_FIELDS, GoalStatus
from generator.page import Page
from generator.routes import ABOUT, COMPARING_ANCHOR, CONTRIBUTE, CONTRIBUTE_ANCHOR, HOW_TO_READ
from generator.schema.evaluation import EvidenceLevel
from generator.schema.figure import Precision
from generator.site.context import Context, PageKind
from generator.site.format.evidence import evidence_scale, evidence_text
from generator.site.fragments.glance import scale_html
from generator.site.fragments.glossary import glossary_section
from generator.site.markup import escape
from generator.site.markup.html import definition_list, heading, table

CAVEATS = ("definitions", "timing", "self_reported", "small_numbers", "target_groups",
           "counterfactual")
COMPUTED = ("shares", "ranges", "cost", "goals", "status", "summaries", "effects")
"""What the catalogue works out from the sources' numbers, each said on How to read."""
NOT_COMPUTED = ("effects", "currency", "median", "bases", "ranking", "guess")
"""What it never does."""
COMPUTED_ANCHOR = "computed"


def _items(ctx: Context, prefix: str, keys: tuple[str, ...]) -> str:
    return "<ul>\n" + "\n".join(f"<li>{ctx.t(f'{prefix}.{key}')}</li>" for key in keys) \
        + "\n</ul>"


def how_to_read_page(base: Context) -> Page:
    ctx = base.at(HOW_TO_READ)
    t = ctx.t
    figures = definition_list([(t(f"site.figure.{name}"), t(f"site.how.figure.{name}"))
                               for name in OUTCOME_FIELDS])
    words = table(t("site.how.precision.caption"),
                  [t("site.how.precision.word"), t("site.how.precision.meaning")],
                  [[t(f"site.precision.{p}", value="100"), t(f"site.how.precision.{p}")]
                   for p in get_args(Precision)])
    goals = definition_list([(t(f"site.goal.status.{s}"), t(f"site.how.goal.{s}"))
                             for s in get_args(GoalStatus)])
    caveats = "<ul>\n" + "\n".join(f"<li>{t(f'site.how.caveat.{c}')}</li>"
                                  for c in CAVEATS) + "\n</ul>"
    levels = definition_list([(escape.text(evidence_text(level, ctx.lang))
                               + scale_html(evidence_scale(level)),
                               t(f"site.how.evidence.{level}"))
                              for level in get_args(EvidenceLevel)])
    body = [
        f"# {t('site.nav.how_to_read')}",
        f"<p>{t('site.how.intro')}</p>",
        heading(2, t("figures.how.heading.computed"), COMPUTED_ANCHOR),
        f"<p>{t('figures.how.computed.intro')}</p>",
        _items(ctx, "figures.how.computed", COMPUTED),
        heading(2, t("figures.how.heading.not_computed"), "not-computed"),
        _items(ctx, "figures.how.not_computed", NOT_COMPUTED),
        heading(2, t("site.how.heading.figures"), "figures"), figures,
        heading(2, t("site.how.heading.shares"), "shares"), f"<p>{t('site.how.shares')}</p>",
        heading(2, t("site.how.heading.precision"), "precision"),
        f"<p>{t('site.how.precision.intro')}</p>", words,
        heading(2, t("site.how.heading.goals"), "goals"), f"<p>{t('site.how.goals')}</p>", goals,
        heading(2, t("site.how.heading.comparing"), COMPARING_ANCHOR),
        f"<p>{t('site.how.comparing')}</p>", caveats,
        heading(2, t("site.how.heading.evidence"), "evidence"),
        f"<p>{t('figures.how.evidence.intro')}</p>", levels,
    ]
    return Page(HOW_TO_READ.path, "\n\n".join(body) + "\n")


def about_page(base: Context) -> Page:
    ctx = base.at(ABOUT)
    t = ctx.t
    body = [
        f"# {t('site.nav.about')}",
        *(f"<p>{t(f'site.about.{key}')}</p>" for key in ("what", "who", "sources", "language")),
        f"<p>{t('figures.about.computed', link=ctx.href(HOW_TO_READ.at(COMPUTED_ANCHOR)))}</p>",
        heading(2, t("site.about.heading.contribute"), CONTRIBUTE_ANCHOR),
        f"<p>{t('contribute.link.about', link=ctx.href(CONTRIBUTE.url))}</p>",
        *(f"<p>{t(f'site.about.contribute.{key}')}</p>" for key in ("how", "rules", "errors")),
        *glossary_section(ctx),
    ]
    return Page(ABOUT.path, "\n\n".join(body) + "\n")


PAGE_KINDS: tuple[PageKind, ...] = (how_to_read_page, about_page)
