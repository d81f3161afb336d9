"""Page generation: the validated catalogue in, two Markdown trees out.

Nothing here imports MkDocs: the trees use standard Markdown, a few common
extensions (attr_list, md_in_html, tables, toc, admonition, def_list) and HTML
blocks written by the generator, so any MkDocs-compatible engine can build them.
"""
