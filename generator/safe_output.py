"""Input on its way to a terminal, a CI log or a JSON report: shown, never obeyed.

File names, key names, ids and values come from pull requests. Printed raw, an ANSI
escape (ESC [ …, or the one-character CSI U+009B) recolours or rewrites the terminal, a
line break starts a line of the attacker's choosing, and in a GitHub Actions log a line
that starts with `::warning file=…::` (after any spaces) or that holds `##[error]`
anywhere becomes an annotation, or `::stop-commands::` silences the real ones. So every
piece of input passes through here before it is printed:

- `shown` for text meant for people: one line, every invisible or control character
  spelled out as [U+XXXX], line breaks as ⏎, and the two workflow-command markers
  broken up (`::` -> `[U+003A]:`, `##[` -> `[U+0023]#[`).
- `shown_lines` for another program's output relayed line by line (MkDocs, Pagefind).
- `safe_json` for JSON: the same characters written as \\u escapes, so the data a tool
  reads is unchanged while the printed text holds none of them.
"""

from __future__ import annotations

import json
import re
from typing import Any

# Controls (C0 but tab and line feed, DEL, C1), soft hyphen, bidi controls, zero-width
# characters, line and paragraph separators, word joiners, BOM, interlinear annotation
# marks and the invisible tag characters. Tab and line feed are spelled out separately.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]")
# GitHub's runner reads `::command …::` at the start of a line (after spaces) and the old
# `##[command]` anywhere in one.
_WORKFLOW_COMMAND = re.compile(r":(?=:)|#(?=#\[)")


def _spelled(match: re.Match[str]) -> str:
    return f"[U+{ord(match.group()):04X}]"


def shown(text: str) -> str:
    """`text` on one line, every character that could act on a terminal or a CI log spelled
    out: `a⏎b`, `[TAB]`, `[U+001B]`, `[U+003A]:`."""
    text = text.replace("\r\n", "\n").replace("\n", "⏎").replace("\t", "[TAB]")
    return _WORKFLOW_COMMAND.sub(_spelled, _INVISIBLE.sub(_spelled, text))


def shown_lines(text: str) -> str:
    """Several lines of another program's output, each made safe as `shown` makes text."""
    return "\n".join(shown(line) for line in text.replace("\r\n", "\n").split("\n"))


_JSON_UNSAFE = re.compile(f"{_INVISIBLE.pattern}|:(?=:)|#(?=#\\[)")


def safe_json(data: Any, **options: Any) -> str:
    """`json.dumps(data, ensure_ascii=False, **options)` with every character `shown` would
    spell out written as a \\u escape instead: the same data for a tool, inert when printed.

    The markers can only stand inside strings (JSON's own colons are followed by a space or
    a value), where a \\u escape is valid and reads back as the same character."""
    text = json.dumps(data, ensure_ascii=False, **options)
    return _JSON_UNSAFE.sub(_json_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000  # beyond the first plane: a UTF-16 surrogate pair, as JSON spells it
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
