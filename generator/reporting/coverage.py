"""Where the catalogue is thin: projects per method, county, evidence level and target group.

Every term of each list is counted, the ones without a project too, since those are what
an editor looks for. Target groups count their narrower groups' projects as the site
does (analysis/hierarchy.py), with how many came that way.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from generator.analysis.hierarchy import TermTree, TermUse, term_usage
from generator.catalog import Catalog
from generator.schema.common import Text
from generator.schema.evaluation import EVIDENCE_LEVELS

FEW_PROJECTS = 3
"""A method with fewer projects than this has too little to compare."""


@dataclass(frozen=True)
class Tally:
    """How many projects one method, county or evidence level has."""

    id: str
    label: Text | None
    """The record's or term's name; None for an evidence level (named by the report)."""
    projects: int


@dataclass(frozen=True)
class GroupTally:
    """A target group's projects: its own and those it reaches through narrower groups."""

    id: str
    label: Text
    own: int
    via: int
    broader: list[str]

    @property
    def projects(self) -> int:
        return self.own + self.via


@dataclass
class CatalogueCoverage:
    methods: list[Tally] = field(default_factory=list)
    """Most used first; ties by id."""
    counties: list[Tally] = field(default_factory=list)
    """Every county of the vocabulary, in code order."""
    evidence: list[Tally] = field(default_factory=list)
    """Every level, weakest first."""
    target_groups: list[GroupTally] = field(default_factory=list)
    """Every target group, most used first; ties by id."""

    @property
    def thin_methods(self) -> list[Tally]:
        return [method for method in self.methods if method.projects < FEW_PROJECTS]

    @property
    def empty_counties(self) -> list[Tally]:
        return [county for county in self.counties if not county.projects]


def catalogue_coverage(catalog: Catalog) -> CatalogueCoverage:
    projects = catalog.projects.values()
    by_method = Counter(method for project in projects for method in dict.fromkeys(project.methods))
    by_county = Counter(county for project in projects
                        for county in dict.fromkeys(project.counties))
    by_level = Counter(project.evidence_level for project in projects)
    methods = sorted((Tally(method_id, method.name, by_method[method_id])
                      for method_id, method in catalog.methods.items()),
                     key=lambda tally: (-tally.projects, tally.id))
    counties = [Tally(code, term.label, by_county[code])
                for code, term in sorted(catalog.vocabularies.get("counties", {}).items())]
    evidence = [Tally(level, None, by_level[level]) for level in EVIDENCE_LEVELS]
    return CatalogueCoverage(methods, counties, evidence, _target_groups(catalog))


def _target_groups(catalog: Catalog) -> list[GroupTally]:
    kind = "target-groups"
    usage = term_usage(catalog, kind, lambda project: project.target_groups)
    tree = TermTree.of(catalog, kind)
    nothing = TermUse((), ())
    groups = [GroupTally(term_id, term.label, len((use := usage.get(term_id, nothing)).own),
                         len(use.via), tree.broader(term_id))
              for term_id, term in catalog.vocabularies.get(kind, {}).items()]
    return sorted(groups, key=lambda group: (-group.projects, group.id))
