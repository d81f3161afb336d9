"""Parts several pages share: sections, tables, the outcomes box, key facts, sources,
comparison cells and links, charts, search attributes. Fragments return HTML or
Markdown strings; only `site.pages` makes pages of them."""
