"""The accessibility statement and Contact and feedback, linked from every page's footer.

The statement follows the model of the Agency for Digital Government (Digg): how
accessible the site is, what to do when something cannot be used, how to report a
problem, the enforcement procedure, the legal status, what is not accessible and
why, what the law does not cover, and how the site was tested and when. Where readers
write comes from the publisher's settings (`Feedback`); without them the pages say so.
"""

from __future__ import annotations

from generator.page import Page
from generator.routes import (
    ABOUT,
    ACCESSIBILITY,
    CONTACT,
    CONTRIBUTE_ANCHOR,
    REPORT_ERROR_ANCHOR,
)
from generator.site.context import Context, PageKind
from generator.site.format.dates import partial_date
from generator.site.markup import escape
from generator.site.markup.html import heading

GAPS = ("script", "menu", "charts", "assistive")
"""What the statement lists as not (fully) accessible, each with its reason."""
NOT_ACCESSIBLE_ANCHOR = "not-accessible"


def accessibility_page(base: Context) -> Page:
    ctx = base.at(ACCESSIBILITY)
    t = ctx.t
    assessed = ctx.feedback.assessed
    when = (t("legal.accessibility.assessed", date=partial_date(assessed, ctx.lang))
            if assessed else t("legal.accessibility.not_assessed"))
    gaps = "<ul>\n" + "\n".join(f"<li>{t(f'legal.accessibility.gap.{gap}')}</li>"
                                for gap in GAPS) + "\n</ul>"
    body = [
        f"# {t('legal.accessibility.title')}",
        f"<p>{t('legal.accessibility.intro', site=t('site.name'))}</p>",
        _section(ctx, "how_accessible", "how-accessible",
                 t("legal.accessibility.how_accessible")),
        _section(ctx, "cannot_use", "cannot-use",
                 t("legal.accessibility.cannot_use", contact=ctx.href(CONTACT.url))),
        _section(ctx, "report", "report", t("legal.accessibility.report")),
        channels(ctx),
        _section(ctx, "supervision", "supervision", t("legal.accessibility.supervision")),
        _section(ctx, "technical", "technical", t("legal.accessibility.technical")),
        heading(3, t("legal.accessibility.heading.not_accessible"), NOT_ACCESSIBLE_ANCHOR),
        gaps,
        heading(3, t("legal.accessibility.heading.not_covered"), "not-covered"),
        f"<p>{t('legal.accessibility.not_covered')}</p>",
        _section(ctx, "method", "method", t("legal.accessibility.method")),
        f"<p>{t('legal.accessibility.method.more')}</p>",
        f"<p>{when}</p>",
    ]
    return Page(ACCESSIBILITY.path, "\n\n".join(body) + "\n")


def contact_page(base: Context) -> Page:
    ctx = base.at(CONTACT)
    t = ctx.t
    body = [
        f"# {t('legal.contact.title')}",
        f"<p>{t('legal.contact.intro')}</p>",
        heading(2, t("legal.contact.heading.channels"), "channels"),
        channels(ctx),
        heading(2, t("legal.contact.heading.error"), REPORT_ERROR_ANCHOR),
        f"<p>{t('legal.contact.error')}</p>",
        heading(2, t("legal.contact.heading.suggest"), "suggest"),
        f"<p>{t('legal.contact.suggest', about=ctx.href(ABOUT.at(CONTRIBUTE_ANCHOR)))}</p>",
        heading(2, t("legal.contact.heading.accessibility"), "accessibility"),
        f"<p>{t('legal.contact.accessibility', statement=ctx.href(ACCESSIBILITY.url))}</p>",
    ]
    return Page(CONTACT.path, "\n\n".join(body) + "\n")


def channels(ctx: Context) -> str:
    """The issue tracker and the mailbox, as far as the publisher has given them."""
    feedback = ctx.feedback
    items = []
    if feedback.issues:
        items.append(ctx.t("legal.contact.issues", url=escape.attribute(feedback.issues)))
    if feedback.email:
        items.append(ctx.t("legal.contact.email", email=escape.attribute(feedback.email)))
    if not items:
        return f"<p>{ctx.t('legal.contact.none')}</p>"
    return '<ul class="vta-channels">\n' + "\n".join(f"<li>{item}</li>" for item in items) \
        + "\n</ul>"


def _section(ctx: Context, name: str, anchor: str, text: str) -> str:
    return heading(2, ctx.t(f"legal.accessibility.heading.{name}"), anchor) + \
        f"\n\n<p>{text}</p>"


PAGE_KINDS: tuple[PageKind, ...] = (accessibility_page, contact_page)
