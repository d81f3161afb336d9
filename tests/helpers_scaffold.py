"""What a contributor does to a fresh scaffold: fill each required `""` and uncomment fields."""

from __future__ import annotations

import re

# What a contributor would type into each required `""` placeholder.
FILL = {"owner": "ostra-goinge-kommun", "status": "ongoing", "sv": "En svensk text.",
        "title": "Slutrapport", "publisher": "Östra Göinge kommun"}
_COMMENTED_CODE = re.compile(r"^(\s*)# (?=\s*(?:[a-z_]+:(?:\s|$)|- |#))")


def uncomment_all(text: str) -> str:
    """Remove `# ` before every commented-out YAML line, as a contributor would.

    Prose inside a commented-out block scalar (`sv: |`) is code too, however it starts.
    """
    lines: list[str] = []
    block: int | None = None  # indentation of the key that opened a block scalar
    for line in text.splitlines():
        match = re.match(r"^(\s*)#(?: |$)(.*)$", line)
        if match is None:
            lines.append(line)
            block = None
            continue
        plain = match[1] + match[2]
        indent = len(plain) - len(plain.lstrip())
        if block is not None and (not plain.strip() or indent > block):
            lines.append(plain)
            continue
        block = None
        if _COMMENTED_CODE.match(line) or not plain.strip():
            lines.append(plain)
            if re.search(r":\s*[|>][-+]?\s*$", plain):
                block = indent
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def fill_required(text: str) -> str:
    return re.sub(r'^(\s*)([a-z_]+): ""$',
                  lambda match: f'{match[1]}{match[2]}: "{FILL[match[2]]}"', text, flags=re.M)
