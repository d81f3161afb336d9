"""The numbered sources list of a record, and links from facts to its entries."""

from __future__ import annotations

from generator.schema.common import Source
from generator.site.context import Context
from generator.site.format.dates import partial_date
from generator.site.markup import escape
from generator.site.markup.html import heading


def source_anchor(source_id: str) -> str:
    return f"source-{source_id}"


def source_link(ctx: Context, sources: list[Source], source_id: str | None) -> str:
    """"källa 2" linking to the entry in the sources list of the same page."""
    if source_id is None:
        return ""
    numbers = {source.id: number for number, source in enumerate(sources, start=1)}
    if source_id not in numbers:
        return ""
    title = escape.attribute(next(s.title for s in sources if s.id == source_id))
    label = ctx.t("site.source.link", number=numbers[source_id])
    anchor = source_anchor(source_id)
    return f'<a class="vta-source-link" href="#{anchor}" title="{title}">{label}</a>'


def sources_section(ctx: Context, sources: list[Source]) -> str:
    items = []
    for source in sources:
        lang = f' lang="{source.language}"' if source.language != ctx.lang else ""
        title = f"<cite{lang}>{escape.text(source.title)}</cite>"
        if source.url:
            title = f'<a href="{escape.attribute(source.url)}">{title}</a>'
        details = [escape.text(source.publisher)]
        if source.date:
            details.append(escape.text(partial_date(source.date, ctx.lang)))
        if source.document and not source.url:
            details.append(f"<span{lang}>{escape.text(source.document)}</span>")
        if source.retrieved:
            details.append(ctx.t("site.source.retrieved",
                                 date=partial_date(source.retrieved, ctx.lang)))
        if source.language != ctx.lang:
            details.append(ctx.t(f"site.source.language.{source.language}"))
        items.append(f'<li id="{source_anchor(source.id)}">{title}. {". ".join(details)}.</li>')
    return (heading(2, ctx.t("site.heading.sources"), "sources") + "\n\n"
            + '<ol class="vta-sources">\n' + "\n".join(items) + "\n</ol>")
