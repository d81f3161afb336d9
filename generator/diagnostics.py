"""Problems found in records, as plain values.

Checkers return lists of `Diagnostic`; they never print. Reporters turn them
into text in the reader's language (see `generator.validation.report`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from enum import StrEnum
from typing import Any

FieldPath = tuple[str | int, ...]
"""A place in a record: keys and list positions, `("outcomes", 0, "participants")`."""


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """One problem: where it is, what kind it is, and the facts a message needs.

    `code` selects the message template (`check.<code>.*` in the i18n files);
    `params` fills it. Keeping wording out of the checkers lets the same
    problem be reported in Swedish, English, JSON or GitHub annotations.
    """

    code: str
    file: str
    line: int = 0
    column: int = 0
    field: str = ""
    params: dict[str, Any] = dataclass_field(default_factory=dict)
    severity: Severity = Severity.ERROR

    def in_file(self, file: str) -> Diagnostic:
        """The same problem shown under another name for its file (cached or reordered)."""
        return replace(self, file=file)

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.file, self.line, self.column, self.field, self.code)


def format_path(path: FieldPath) -> str:
    """`("outcomes", 0, "participants")` -> `outcomes[0].participants`."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def plain_value(value: Any) -> str:
    """How YAML writes `value` back: `true`, `2021-06-30`, `94`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)
