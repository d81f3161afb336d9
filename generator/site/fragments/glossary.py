"""The glossary on the about page: each Swedish term and the English the site uses for it.

Contributors translating a record need it, and so do English readers meeting a Swedish
name. The terms are `content/vocabularies/glossary.yml`; without that file the section is
left out. A term is marked with its language on the other language's page.
"""

from __future__ import annotations

from generator.site.context import Context
from generator.site.markup import escape
from generator.site.markup.html import heading, table

GLOSSARY = "glossary"


def glossary_section(ctx: Context) -> list[str]:
    """The heading, introduction and table; nothing when the catalogue has no glossary."""
    terms = ctx.catalog.vocabularies.get(GLOSSARY, {})
    if not terms:
        return []
    other = "en" if ctx.lang == "sv" else "sv"
    rows = []
    for term in terms.values():
        swedish = escape.text(term.label.sv)
        english = escape.text(term.label.en or "")
        rows.append([swedish if ctx.lang == "sv" else f'<span lang="sv">{swedish}</span>',
                     english if ctx.lang == "en" else f'<span lang="{other}">{english}</span>',
                     ctx.text(term.description)])
    return [
        heading(2, ctx.t("site.glossary.heading"), "glossary"),
        f"<p>{ctx.t('site.glossary.intro')}</p>",
        table(ctx.t("site.glossary.caption"),
              [ctx.t("site.glossary.swedish"), ctx.t("site.glossary.english"),
               ctx.t("site.glossary.note")], rows),
    ]
