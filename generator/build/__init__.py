"""The build's side effects: files written, programs run, the new site swapped into place.

`pipeline.build` validates, asks `generator.site` for both Markdown trees (pure:
catalogue in, pages out), writes them (`writer`), runs MkDocs twice
(`mkdocs_run`) and Pagefind (`pagefind`, made deterministic by
`pagefind_stable` and `cbor`). Page generation never imports this package.
"""
