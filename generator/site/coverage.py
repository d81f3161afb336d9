"""Which record texts have no English yet, for the translation-coverage report."""

from __future__ import annotations

from generator.catalog import Catalog
from generator.diagnostics import format_path
from generator.reporting.translation import untranslated


def untranslated_fields(catalog: Catalog) -> list[tuple[str, str]]:
    """`(record, field)` pairs such as `("projects/goinge-forward", "outcomes[0].note")`.

    Each of these shows Swedish, marked `lang="sv"`, on the English site. The walk is the
    one `python -m generator report` counts with, so the two never disagree.
    """
    found: list[tuple[str, str]] = []
    for kind, records in (("projects", catalog.projects), ("methods", catalog.methods)):
        for record_id, record in records.items():
            found += [(f"{kind}/{record_id}", format_path(path)) for path in untranslated(record)]
    for kind, terms in sorted(catalog.vocabularies.items()):
        for term_id, term in terms.items():
            found += [(f"vocabularies/{kind}/{term_id}", format_path(path))
                      for path in untranslated(term)]
    return found
