"""Page generation: the validated catalogue in, two Markdown trees out, with no side effects.

`generate.generate_all` returns every file of both language trees as `Page`
values; writing them and building the site is `generator.build`'s job, and
nothing here imports it. Nothing here imports MkDocs either: the trees use
standard Markdown, a few common extensions (attr_list, md_in_html, tables, toc,
admonition, def_list) and HTML blocks written by the generator, so any
MkDocs-compatible engine can build them.

Layers, each importing only those below it: `format` and `markup` (text and
HTML primitives), `lookups` (cross-references and analyses, no rendering),
`context` (what every page needs), `fragments` (parts pages share), `pages`
(one module per kind of page) and `generate`. docs-dev/ARCHITECTURE.md has the rules.
"""
