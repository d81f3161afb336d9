"""Strings in Swedish and English as flat dotted keys, one YAML file per area.

`generator/i18n/<lang>/<area>.yml` maps `area.some.key` to a template with
`{named}` fields; a brace meant literally is written `{{` or `}}`. A key missing
in English falls back to Swedish, the catalogue's source language; `translate`
reports whether it fell back so a page can mark the text `lang="sv"`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"
_ROOT = Path(__file__).parent / "i18n"


class MissingString(KeyError):
    """A key exists in no language: a programming error, not a user mistake."""

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def strings(language: str) -> dict[str, str]:
    merged: dict[str, str] = {}
    for path in sorted((_ROOT / language).glob("*.yml")):
        # libyaml's loader: every command start reads all message files.
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER) or {}
        for key, value in data.items():
            if key in merged:
                raise ValueError(f"{path}: key {key!r} is defined twice")
            merged[str(key)] = str(value)
    return merged


def translate(language: str, key: str, /, **params: Any) -> tuple[str, str]:
    """Return `(text, language_of_text)`, falling back to Swedish."""
    for candidate in (language, DEFAULT_LANGUAGE):
        template = strings(candidate).get(key)
        if template is not None:
            # Always formatted, with or without params, so that `{{` and `}}` mean one brace
            # in every string, whichever way it is called.
            return template.format(**params), candidate
    raise MissingString(key)


def t(language: str, key: str, /, **params: Any) -> str:
    return translate(language, key, **params)[0]


def has(language: str, key: str) -> bool:
    return key in strings(language) or key in strings(DEFAULT_LANGUAGE)


def template(language: str, key: str, /) -> str:
    """The string with its `{fields}` left in, for a script in the browser that fills them in
    itself. Only for such strings: `t` is what turns `{{` into `{`."""
    for candidate in (language, DEFAULT_LANGUAGE):
        text = strings(candidate).get(key)
        if text is not None:
            return text
    raise MissingString(key)


def templates_of(language: str, area: str, /) -> dict[str, str]:
    """Every string of one area (`theme`), fields left in as `template` leaves them, for the
    site's theme templates, which fill them in themselves."""
    keys = sorted(key for key in strings(DEFAULT_LANGUAGE) if key.startswith(area + "."))
    return {key: template(language, key) for key in keys}
