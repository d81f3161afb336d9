"""The numbered sources list of a record, links from facts to its entries, and citations.

A citation says who published the source and when, and links to the source itself
when it has a web address: a reader can open what a figure rests on from wherever
the figure is shown, not only from the sources list at the foot of its page.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.i18n import t
from generator.routes import project_url
from generator.schema.common import Source, Text
from generator.site.context import Context
from generator.site.format.dates import partial_date
from generator.site.markup import escape
from generator.site.markup.html import heading


def source_anchor(source_id: str) -> str:
    return f"source-{source_id}"


def find_source(sources: Sequence[Source], source_id: str | None) -> Source | None:
    return next((source for source in sources if source.id == source_id), None)


def source_link(ctx: Context, sources: list[Source], source_id: str | None) -> str:
    """"källa 2" linking to the entry in the sources list of the same page."""
    if source_id is None:
        return ""
    numbers = {source.id: number for number, source in enumerate(sources, start=1)}
    if source_id not in numbers:
        return ""
    source = sources[numbers[source_id] - 1]
    # The title, publisher and date on hover; the list entry it leads to has the link.
    title = escape.attribute(f"{source.title} ({citation_text(ctx.lang, source)})")
    label = ctx.t("site.source.link", number=numbers[source_id])
    anchor = source_anchor(source_id)
    return f'<a class="vta-source-link" href="#{anchor}" title="{title}">{label}</a>'


def citation_text(lang: str, source: Source) -> str:
    """"Haninge kommun, 9 mars 2022" as plain text; "odaterad" when the source has no date."""
    when = partial_date(source.date, lang) if source.date else t(lang, "figures.source.undated")
    return f"{source.publisher}, {when}"


def cited_title(ctx: Context, source: Source) -> str:
    """The source's title, linked to the source itself when it has a web address."""
    lang = f' lang="{source.language}"' if source.language != ctx.lang else ""
    title = f"<cite{lang}>{escape.text(source.title)}</cite>"
    return f'<a href="{escape.attribute(source.url)}">{title}</a>' if source.url else title


def source_line(ctx: Context, sources: list[Source], source_id: str | None, key: str) -> str:
    """A sentence naming a source in full: title (linked), publisher, date, list number."""
    source = find_source(sources, source_id)
    if source is None:
        return ""
    cited = (f"{cited_title(ctx, source)} ({escape.text(citation_text(ctx.lang, source))}; "
             f"{source_link(ctx, sources, source.id)})")
    return f'<p class="vta-cited">{ctx.t(key, source=cited)}</p>'


def source_reference(ctx: Context, project_id: str, sources: Sequence[Source],
                     source_id: str | None) -> str:
    """A citation on another page than the record's: publisher and date, linking to the
    source's own address when it has one, else to its entry on the project page."""
    source = find_source(sources, source_id)
    if source is None:
        return ""
    href = escape.attribute(source.url) if source.url \
        else ctx.href(f"{project_url(project_id)}#{source_anchor(source.id)}")
    label = ctx.t("figures.source.reference", source=escape.text(citation_text(ctx.lang, source)))
    return f'<a class="vta-source-ref" href="{href}">{label}</a>'


def sources_section(ctx: Context, sources: list[Source]) -> str:
    items = []
    for source in sources:
        lang = f' lang="{source.language}"' if source.language != ctx.lang else ""
        details = [escape.text(source.publisher)]
        details.append(escape.text(partial_date(source.date, ctx.lang)) if source.date
                       else ctx.t("figures.source.undated_long"))
        if source.document and not source.url:
            details.append(f"<span{lang}>{escape.text(source.document)}</span>")
        if source.retrieved:
            details.append(ctx.t("site.source.retrieved",
                                 date=partial_date(source.retrieved, ctx.lang)))
        if source.language != ctx.lang:
            details.append(ctx.t(f"site.source.language.{source.language}"))
        if source.supports:
            backs = ctx.text(_no_full_stop(source.supports))
            details.append(ctx.t("site.source.supports", text=backs))
        if not source.url:
            details.append(ctx.t("figures.source.no_url"))
        items.append(f'<li id="{source_anchor(source.id)}">{cited_title(ctx, source)}. '
                     f'{". ".join(details)}.</li>')
    return (heading(2, ctx.t("site.heading.sources"), "sources") + "\n\n"
            + '<ol class="vta-sources">\n' + "\n".join(items) + "\n</ol>")


def _no_full_stop(text: Text) -> Text:
    """The entry ends with its own full stop."""
    return Text(sv=text.sv.rstrip("."), en=None if text.en is None else text.en.rstrip("."))
