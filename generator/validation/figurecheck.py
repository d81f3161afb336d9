"""Warnings about figures that would be read wrongly: a share that does not say what it is
of, and a goal whose judgement in the source contradicts what the figures show."""

from __future__ import annotations

from typing import Any

from generator.analysis.outcomes import OUTCOME_FIELDS, check_goals
from generator.schema.project import Project
from generator.validation.numbers import Problem
from generator.validation.parts import project_parts


def figure_warnings(project: Project | dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    for index, outcome in project_parts(project).outcomes:
        # The participants themselves are everyone; a share of them needs no base.
        for name in OUTCOME_FIELDS[1:]:
            figure = getattr(outcome, name)
            if figure is not None and figure.percent is not None and figure.base is None:
                problems.append(("percent_without_base",
                                 ("outcomes", index, name, "percent"), {}))
        for number, check in enumerate(check_goals(outcome)):
            judgement = check.goal.judgement
            if check.agreement != "contradicts" or judgement is None or judgement.note:
                continue
            code = "goal_judged_met_figures_not" if judgement.status == "met" \
                else "goal_judged_unmet_figures_met"
            problems.append((code, ("outcomes", index, "goals", number, "judgement", "status"),
                             {}))
    return problems
