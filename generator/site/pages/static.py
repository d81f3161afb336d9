"""Pages written once in the UI strings: how to read the figures, and about/contribute."""

from __future__ import annotations

from generator.analysis.outcomes import OUTCOME_FIELDS
from generator.site.context import Context
from generator.site.html import definition_list, heading, table
from generator.site.page import Page
from generator.site.pages.glossary import glossary_section

PRECISIONS = ("exact", "about", "at_least", "just_over", "almost")
GOAL_STATUSES = ("met", "not_met", "unclear", "not_stated")
EVIDENCE_LEVELS = ("self_reported", "internal_follow_up", "external_evaluation",
                   "comparison_group")
CAVEATS = ("definitions", "timing", "self_reported", "small_numbers", "target_groups",
           "counterfactual")


def how_to_read_page(base: Context) -> Page:
    ctx = base.at("how-to-read/")
    t = ctx.t
    figures = definition_list([(t(f"site.figure.{name}"), t(f"site.how.figure.{name}"))
                               for name in OUTCOME_FIELDS])
    words = table(t("site.how.precision.caption"),
                  [t("site.how.precision.word"), t("site.how.precision.meaning")],
                  [[t(f"site.precision.{p}", value="100"), t(f"site.how.precision.{p}")]
                   for p in PRECISIONS])
    goals = definition_list([(t(f"site.goal.status.{s}"), t(f"site.how.goal.{s}"))
                             for s in GOAL_STATUSES])
    caveats = "<ul>\n" + "\n".join(f"<li>{t(f'site.how.caveat.{c}')}</li>"
                                  for c in CAVEATS) + "\n</ul>"
    levels = definition_list([(t(f"site.evidence_level.{level}"), t(f"site.how.evidence.{level}"))
                              for level in EVIDENCE_LEVELS])
    body = [
        f"# {t('site.nav.how_to_read')}",
        f"<p>{t('site.how.intro')}</p>",
        heading(2, t("site.how.heading.figures"), "figures"), figures,
        heading(2, t("site.how.heading.shares"), "shares"), f"<p>{t('site.how.shares')}</p>",
        heading(2, t("site.how.heading.precision"), "precision"),
        f"<p>{t('site.how.precision.intro')}</p>", words,
        heading(2, t("site.how.heading.goals"), "goals"), f"<p>{t('site.how.goals')}</p>", goals,
        heading(2, t("site.how.heading.comparing"), "comparing"),
        f"<p>{t('site.how.comparing')}</p>", caveats,
        heading(2, t("site.how.heading.evidence"), "evidence"), levels,
    ]
    return Page("how-to-read.md", "\n\n".join(body) + "\n")


def about_page(base: Context) -> Page:
    ctx = base.at("about/")
    t = ctx.t
    body = [
        f"# {t('site.nav.about')}",
        *(f"<p>{t(f'site.about.{key}')}</p>" for key in ("what", "who", "sources", "language")),
        heading(2, t("site.about.heading.contribute"), "contribute"),
        *(f"<p>{t(f'site.about.contribute.{key}')}</p>" for key in ("how", "rules", "errors")),
        *glossary_section(ctx),
    ]
    return Page("about.md", "\n\n".join(body) + "\n")
