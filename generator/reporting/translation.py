"""Which bilingual texts of a record have English: one walk for the report and the site.

`python -m generator report` counts translated texts per record file; the site lists the
fields that show Swedish on English pages. Both must agree on what "untranslated" means,
so both ask here.
"""

from __future__ import annotations

from pydantic import BaseModel

from generator.diagnostics import FieldPath
from generator.reporting.instances import instances
from generator.schema.common import Prose, Text


def bilingual_texts(record: BaseModel) -> list[tuple[FieldPath, Text | Prose]]:
    """Every text with a Swedish and an English version, with its path, in reading order."""
    return list(instances(record, (Text, Prose)))


def untranslated(record: BaseModel) -> list[FieldPath]:
    """Paths of the texts that have no English yet: the site shows their Swedish."""
    return [path for path, text in bilingual_texts(record) if text.en is None]
