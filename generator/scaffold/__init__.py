"""Starting points for new records: every field, explained in Swedish, with an example.

The templates are hand-written so a contributor reads plain prose, not generated
noise; tests/test_new_scaffold.py keeps them complete and valid against the schema.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from generator.ids import MAX_ID_LENGTH, suggest_id
from generator.schema.types import Id

__all__ = ["KINDS", "MAX_ID_LENGTH", "existing_record", "is_valid_id", "render", "suggest_id",
           "template"]

KINDS = {"project": "projects", "method": "methods"}
_TEMPLATES = Path(__file__).parent
_ID = TypeAdapter(Id)


def template(kind: str) -> str:
    return (_TEMPLATES / f"{kind}.yml").read_text(encoding="utf-8")


def render(kind: str, record_id: str, name: str, added: dt.date) -> str:
    """The template with id, Swedish name and `added` filled in, and the validate command
    naming the new file.

    In the template id and name are `""` like every other required field and `added` is
    empty, so a contributor copying it in the web editor has plain rules to follow: fill
    in every `""`, and write today's date after `added:` (a date is written unquoted).
    """
    folder = KINDS[kind]
    example = _VALIDATE_EXAMPLE[kind]
    text = template(kind)
    # JSON strings are valid YAML double-quoted scalars, so any name is written safely.
    for old, new in (("\nid: \"\"\n", f"\nid: {record_id}\n"),
                     ('\nname:\n  sv: ""\n',
                      f"\nname:\n  sv: {json.dumps(name, ensure_ascii=False)}\n"),
                     ("\nadded:\n", f"\nadded: {added.isoformat()}\n"),
                     (example, "# Varje fält förklaras med exempel i CONTRIBUTING.md. "
                               "Kontrollera posten med:\n"
                               f"#   python -m generator validate content/{folder}/"
                               f"{record_id}.yml\n")):
        assert old in text, f"the {kind} template has no {old!r}"
        text = text.replace(old, new, 1)
    return text


_VALIDATE_EXAMPLE = {
    kind: (f"# Varje fält förklaras med exempel i CONTRIBUTING.md. Kontrollera posten med\n"
           f"# kommandot nedan, med din fils namn i stället för {example}.yml:\n"
           f"#   python -m generator validate content/{folder}/{example}.yml\n")
    for kind, folder, example in (("project", "projects", "goinge-forward"),
                                  ("method", "methods", "job-club"))}


def is_valid_id(record_id: str) -> bool:
    """The schema's own rule for ids, so `new` never writes a record that fails on its id."""
    try:
        _ID.validate_python(record_id)
    except ValidationError:
        return False
    return True


def existing_record(folder: Path, record_id: str) -> tuple[Path, int] | None:
    """The file (and line) that already uses `record_id`, if any."""
    named = folder / f"{record_id}.yml"
    if named.exists():
        return named, 1
    declaration = re.compile(rf"^id:\s*[\"']?{re.escape(record_id)}[\"']?\s*(#.*)?$")
    for path in sorted(folder.glob("*.yml")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        for number, line in enumerate(lines, start=1):
            if declaration.match(line):
                return path, number
    return None
