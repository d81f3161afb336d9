"""Which record texts have no English yet, for the translation-coverage report."""

from __future__ import annotations

from generator.catalog import Catalog
from generator.diagnostics import format_path
from generator.validation.walk import untranslated


def untranslated_fields(catalog: Catalog) -> list[tuple[str, str]]:
    """`(record, field)` pairs such as `("projects/goinge-forward", "outcomes[0].note")`.

    Each of these shows Swedish, marked `lang="sv"`, on the English site.
    """
    found: list[tuple[str, str]] = []
    for kind, records in (("projects", catalog.projects), ("methods", catalog.methods)):
        for record_id, record in records.items():
            data = record.model_dump(mode="json")
            found += [(f"{kind}/{record_id}", format_path(path)) for path in untranslated(data)]
    for kind, terms in sorted(catalog.vocabularies.items()):
        for term_id, term in terms.items():
            data = term.model_dump(mode="json")
            found += [(f"vocabularies/{kind}/{term_id}", format_path(path))
                      for path in untranslated(data)]
    return found
