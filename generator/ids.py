"""The id rule as a function: how a name becomes an id, and how text is compared loosely.

Ids are lower-case a-z, digits and single hyphens (`generator.schema.types.ID_PATTERN`).
Contributors type names with capitals, å, ä, ö and spaces; these helpers turn such text
into what the rule allows, so suggestions and generated ids follow one rule.
"""

from __future__ import annotations

import re
import unicodedata

MAX_ID_LENGTH = 64


def folded(text: str) -> str:
    """Lower case without accents, other characters as single spaces: `Göinge-Forward!` ->
    `goinge forward`. Å and Ä become a and Ö becomes o, as in ids."""
    plain = unicodedata.normalize("NFKD", text.lower())
    ascii_only = "".join(char for char in plain if not unicodedata.combining(char))
    return re.sub(r"[^a-z0-9]+", " ", ascii_only).strip()


def suggest_id(name: str) -> str:
    """`Göinge Forward: En väg in!` -> `goinge-forward-en-vag-in`."""
    return folded(name).replace(" ", "-")[:MAX_ID_LENGTH].rstrip("-")
