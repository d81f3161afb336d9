"""The licence the catalogue's data is published under, stated in every data file."""

from __future__ import annotations

from typing import Any

LICENCE_ID = "CC-BY-4.0"
LICENCE_NAME = "Creative Commons Attribution 4.0 International (CC BY 4.0)"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
ATTRIBUTION = "Vägar till arbete / Paths to Work"
FORMAT_VERSION = 2
"""Raised when a field changes meaning or disappears, so scripts can notice."""


def licence_block() -> dict[str, Any]:
    return {"id": LICENCE_ID, "name": LICENCE_NAME, "url": LICENCE_URL,
            "attribution": ATTRIBUTION}
