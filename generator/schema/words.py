"""A field's reader-facing words, declared on the field itself: "Svenska / English".

A field's `title` (`Field(title="Projektägare / Project owner")`) is its label where
readers see it (a project page's key facts, the field reference); its docstring is
what it holds (the data page's CSV columns, the field reference, JSON Schema). Both
are split at " / " like every bilingual docstring, so a new field brings its words
with it instead of a key in each language's string files.
"""

from __future__ import annotations

from pydantic import BaseModel


def in_language(bilingual: str, lang: str) -> str:
    """The part of "Svenska. / English." in `lang`: Swedish before " / ", English after."""
    swedish, _, english = " ".join(bilingual.split()).partition(" / ")
    return english if lang == "en" and english else swedish


def label(model: type[BaseModel], field: str, lang: str) -> str:
    """The field's label; a field without a declared title is a programming error."""
    title = model.model_fields[field].title
    if not title:
        raise KeyError(f"{model.__name__}.{field} has no title")
    return in_language(title, lang)


def description(model: type[BaseModel], field: str, lang: str) -> str:
    """What the field holds, from its docstring."""
    return in_language(model.model_fields[field].description or "", lang)
