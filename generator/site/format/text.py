"""Record and UI text as plain strings in the page's language, and Swedish alphabetical order."""

from __future__ import annotations

from functools import lru_cache

from generator.i18n import t
from generator.schema.common import Prose, Text

_ALPHABET = "abcdefghijklmnopqrstuvwxyzåäö"
_CACHE_SIZE = 1 << 16
"""Enough for every name and label of a large catalogue; bounded for long-running `serve`."""


def plain(value: Text | Prose, lang: str) -> str:
    """Record text in `lang`, Swedish when there is no English: for attributes, data, sorting."""
    return value.en if lang == "en" and value.en else value.sv


@lru_cache(maxsize=4096)
def fixed_string(lang: str, key: str) -> str:
    """A UI string without parameters."""
    # Column headers, status words and labels without parameters are looked up again for
    # every row of every table; the strings are loaded once per process anyway.
    return t(lang, key)


@lru_cache(maxsize=_CACHE_SIZE)
def collation_key(value: str) -> str:
    """Swedish alphabetical order (å, ä, ö last) without depending on system locales."""
    folded = value.casefold().replace("é", "e").replace("ü", "y")
    return "".join(chr(0x100 + _ALPHABET.index(c)) if c in _ALPHABET else c for c in folded)


def capitalised(value: str) -> str:
    """A phrase that opens a line or a cell: its first letter upper case."""
    return value[:1].upper() + value[1:]
