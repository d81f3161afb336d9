"""Related projects for every project page without scoring every pair of projects.

The score of one project against another depends only on which methods and
target groups each lists (shared methods count 2, shared groups 1). Projects
listing the same ones form a group; groups are scored against groups, and a
group's best candidates are ranked once and reused by every project in it. At
5,000 projects this replaces some 10 million pair scores per language with a
few thousand group scores.

The result is exactly the pairwise ranking (tests/test_generation_scale.py holds
the two together): most shared first, ties in id order, the project itself, its
predecessor and its successors left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from generator.schema import Project

Signature = tuple[tuple[str, ...], tuple[str, ...]]
"""A project's methods and target groups, sorted; repeats kept because they count twice."""

SPARE = 8
"""Ranked candidates kept beyond the limit, so up to this many exclusions need no re-ranking."""


def signature(project: Project) -> Signature:
    return tuple(sorted(project.methods)), tuple(sorted(project.target_groups))


class RelatedProjects:
    def __init__(self, projects: Mapping[str, Project], successors: Mapping[str, list[str]],
                 limit: int) -> None:
        self._successors = successors
        self._limit = limit
        members: dict[Signature, list[str]] = defaultdict(list)
        for project_id, project in projects.items():
            members[signature(project)].append(project_id)
        self._members = {key: sorted(ids) for key, ids in members.items()}
        self._by_method: dict[str, list[Signature]] = defaultdict(list)
        self._by_group: dict[str, list[Signature]] = defaultdict(list)
        for key in self._members:
            # Each group once per method (target group), however often it lists it.
            for method_id in dict.fromkeys(key[0]):
                self._by_method[method_id].append(key)
            for group in dict.fromkeys(key[1]):
                self._by_group[group].append(key)
        self._ranked: dict[Signature, list[str]] = {}

    def keep_ranking_from(self, earlier: RelatedProjects) -> None:
        """Take over `earlier`'s rankings when they were made from the same projects'
        methods and target groups (a ranking depends on nothing else): the preview, after
        an edit that changed neither."""
        if earlier._members == self._members and earlier._limit == self._limit:
            self._ranked = dict(earlier._ranked)

    def of(self, project: Project) -> list[str]:
        excluded = {project.id, project.predecessor, *self._successors.get(project.id, [])}
        key = signature(project)
        if len(excluded) <= SPARE:
            if key not in self._ranked:
                self._ranked[key] = self._rank(key, self._limit + SPARE)
            ranked = self._ranked[key]
        else:
            ranked = self._rank(key, self._limit + len(excluded))
        return [other for other in ranked if other not in excluded][:self._limit]

    def _rank(self, key: Signature, length: int) -> list[str]:
        """The first `length` other projects by (score descending, id)."""
        scores: dict[Signature, int] = defaultdict(int)
        # Like the pairwise score: each listed method (group) adds 2 (1) per time the
        # other project lists it, so repeats on either side count as they did there.
        for method_id in key[0]:
            for other in self._by_method[method_id]:
                scores[other] += 2 * other[0].count(method_id)
        for group in key[1]:
            for other in self._by_group[group]:
                scores[other] += other[1].count(group)
        candidates = sorted((-score, project_id) for other, score in scores.items()
                            for project_id in self._members[other][:length])
        return [project_id for _, project_id in candidates[:length]]
