"""Which coded success factors and challenges recur across projects."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from generator.schema import Project

FactorKind = Literal["success_factors", "challenges"]


@dataclass(frozen=True)
class FactorCount:
    code: str
    project_ids: tuple[str, ...]
    """Each project once, however many times its record codes the factor."""

    @property
    def count(self) -> int:
        return len(self.project_ids)


def factor_counts(projects: Iterable[Project], kind: FactorKind) -> list[FactorCount]:
    """Most widespread first; ties in code order so the output is stable."""
    found: dict[str, list[str]] = defaultdict(list)
    for project in projects:
        for code in dict.fromkeys(factor.code for factor in getattr(project, kind)):
            found[code].append(project.id)
    ranked = sorted(found.items(), key=lambda item: (-len(item[1]), item[0]))
    return [FactorCount(code, tuple(sorted(ids))) for code, ids in ranked]
