"""Characters refused in every record text, in one table, each with the reason a reader gets.

None of these can be seen in an editor or a pull-request diff, yet each changes what the
site shows: a direction override reverses a name, a zero-width character splits a word
for search, a line separator ends a line in some programs and not in others. A record
never needs them, so they are refused with the character's code (U+XXXX) and position.

A byte-order mark at the very start of a file is not text: the YAML reader removes it and
warns (`file.bom`). Anywhere else U+FEFF is a zero-width no-break space and refused here.
"""

from __future__ import annotations

import re

from pydantic_core import PydanticCustomError

# code (the message in generator/i18n/*/check.yml) -> the characters it covers.
# Tab and line feed are the only controls text may hold; carriage return is refused too:
# YAML already turns every line ending in a file (CR LF, CR) into a line feed, so a
# carriage return in a value can only come from an escape such as "\r", and Python-Markdown
# would read it as a line break that the validator's line-based checks do not see.
REFUSED_CHARACTERS: dict[str, str] = {
    "control_character": "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f",
    "line_separator": "\r\x85\u2028\u2029",
    "bidi_character": "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069",
    "invisible_character": "\u200b-\u200d\u2060-\u2064\ufeff",
}
# One character class to search with (fast on long texts), one per code to name the find.
_REFUSED = re.compile(f"[{''.join(REFUSED_CHARACTERS.values())}]")
_CODES = [(code, re.compile(f"[{characters}]")) for code, characters in REFUSED_CHARACTERS.items()]


def no_refused_characters(value: str) -> str:
    """Refuse the first character of the table found in `value`, naming it by code point."""
    match = _REFUSED.search(value)
    if match:
        character = match.group()
        code = next(code for code, pattern in _CODES if pattern.match(character))
        raise PydanticCustomError(
            code, "invisible character U+{code}",
            {"code": f"{ord(character):04X}", "culprit": character, "column": match.start() + 1},
        )
    return value
