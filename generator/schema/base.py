"""The base of every record model: strict types, no unknown keys."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Record(BaseModel):
    """Strict: `"246"` is not a number and `yes` is not text, so the validator
    can tell the contributor exactly what YAML made of what they wrote."""

    model_config = ConfigDict(
        extra="forbid", strict=True, frozen=True, str_strip_whitespace=False,
        use_attribute_docstrings=True,
    )
