"""Look-ups across the catalogue, computed once per build: cross-references, the comparison
rows, facet values. Nothing here renders a page."""
