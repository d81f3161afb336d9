"""The explorer's twin filters: a project's own terms in a facet that includes narrower ones.

The target-group facet matches a project under every broader group as well (facets.py),
so its counts say how many projects a group reaches. To say how many of them came only
through narrower groups, each project page also carries its own groups in a filter of
their own, which the explorer counts beside the facet (theme/assets/javascripts/
facet-counts.js). Same labels as the facet's, so the two counts can be subtracted.
"""

from __future__ import annotations

from generator.catalog import Catalog
from generator.schema import Project

OWN_FILTERS = {"target_group": "target_group_own"}
"""Facet key -> the Pagefind filter of each project's own terms for that facet."""


def own_values(catalog: Catalog, lang: str, project: Project) -> list[tuple[str, str]]:
    """(filter, label) for each term the project itself is tagged with, without repeats."""
    found = [(OWN_FILTERS["target_group"], catalog.label("target-groups", group, lang)[0])
             for group in project.target_groups]
    return list(dict.fromkeys(found))
