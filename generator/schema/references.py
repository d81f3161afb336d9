"""Which fields of a project point at which vocabulary or kind of record.

Declared once: the validator checks the references (validation/filecheck.py) and the
contribution form offers the same lists as choices (site/lookups/form_model.py).
A path step `*` is every item of a list.
"""

from __future__ import annotations

PROJECT_REFERENCES: list[tuple[tuple[str, ...], str]] = [
    (("owner",), "organisations"),
    (("partners", "*", "organisation"), "organisations"),
    (("contact", "organisation"), "organisations"),
    (("municipalities", "*"), "municipalities"),
    (("counties", "*"), "counties"),
    (("funders", "*"), "funders"),
    (("target_groups", "*"), "target-groups"),
    (("methods", "*"), "methods"),
    (("success_factors", "*", "code"), "success-factors"),
    (("challenges", "*", "code"), "challenges"),
    (("predecessor",), "projects"),
]
