"""What each project and method still lacks, as short codes the report names in words.

One line per record that lacks anything, so an editor can pick a record and complete it.
The other sections of the report list the fields; this one gathers the gaps per record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from generator.analysis.status import staleness, status_as_of
from generator.reporting.instances import instances
from generator.reporting.translation import untranslated
from generator.schema import Method, Project
from generator.schema.outcome import Figure

LACKS = ("no_source_url", "no_outcome_figures", "no_evaluation", "share_without_base",
         "no_wording", "no_english", "status_unknown", "status_stale", "not_reviewed",
         "no_method", "no_target_group", "no_county", "few_projects")
"""Every gap the report knows, in the order it names them."""
FIGURE_FIELDS = ("participants", "into_work", "into_studies", "into_work_or_studies", "other",
                 "discontinued")


@dataclass(frozen=True)
class Lacking:
    file: str
    kind: str
    id: str
    lacks: list[str]
    """Codes from LACKS, in that order."""


def project_lacks(project: Project, today: dt.date, stale_years: int,
                  stale_before: dt.date) -> list[str]:
    figures = [figure for outcome in project.outcomes for name in FIGURE_FIELDS
               if (figure := getattr(outcome, name)) is not None]
    reason = staleness(status_as_of(project), today, stale_years)
    found = {
        "no_source_url": _no_url(project),
        "no_outcome_figures": not figures,
        "no_evaluation": bool(project.outcomes)
        and all(outcome.evaluation is None for outcome in project.outcomes),
        "share_without_base": any(figure.percent is not None and figure.base is None
                                  for figure in figures),
        "no_wording": any(figure.wording is None for _, figure in instances(project, (Figure,))),
        "no_english": bool(untranslated(project)),
        "status_unknown": reason == "undated",
        "status_stale": reason in ("past_planned_end", "old_source"),
        "not_reviewed": _last_checked(project) < stale_before,
        "no_method": not project.methods,
        "no_target_group": not project.target_groups,
        "no_county": not project.counties,
    }
    return [code for code in LACKS if found.get(code)]


def method_lacks(method: Method, projects: int, stale_before: dt.date,
                 few_projects: int) -> list[str]:
    found = {
        "no_source_url": _no_url(method),
        "no_english": bool(untranslated(method)),
        "not_reviewed": _last_checked(method) < stale_before,
        "few_projects": projects < few_projects,
    }
    return [code for code in LACKS if found.get(code)]


def _no_url(record: Any) -> bool:
    return all(source.url is None for source in record.sources)


def _last_checked(record: Any) -> dt.date:
    return max(record.added, record.reviewed or record.added)  # type: ignore[no-any-return]
