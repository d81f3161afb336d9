"""Knowledge about vocabulary terms that is not in any one file: the hierarchy of broader and
narrower terms, the organisations every municipality is, and finding a term by its label."""
