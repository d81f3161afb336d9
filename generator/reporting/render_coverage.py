"""The report's coverage and per-record gaps, as text for editors and as JSON for tools."""

from __future__ import annotations

from typing import Any

from generator.i18n import t
from generator.reporting.collect import Report
from generator.reporting.coverage import FEW_PROJECTS, GroupTally, Tally
from generator.reporting.lacks import Lacking
from generator.safe_output import shown
from generator.schema.common import Text


def _label(label: Text, language: str) -> str:
    return shown(label.en if language == "en" and label.en else label.sv)


def _named(tally: Tally | GroupTally, language: str) -> str:
    """`Skåne län (12)`; an evidence level by the words the site uses for it."""
    if tally.label is None:
        return f"{t(language, f'site.evidence_level.{tally.id}')} ({tally.id})"
    return f"{_label(tally.label, language)} ({shown(tally.id)})"


def _tallies(tallies: list[Tally] | list[GroupTally], language: str,
             detail: Any = None) -> list[str]:
    """One line per tally, counts right-aligned: `   4  Mentorskap (mentorship)`."""
    width = max((len(str(tally.projects)) for tally in tallies), default=1)
    lines = []
    for tally in tallies:
        line = f"  {tally.projects:>{width}}  {_named(tally, language)}"
        extra = detail(tally) if detail else ""
        lines.append(f"{line}, {extra}" if extra else line)
    return lines or [f"  {t(language, 'quality.none')}"]


def _group_detail(language: str) -> Any:
    def detail(group: GroupTally) -> str:
        parts = []
        if group.via:
            parts.append(t(language, "quality.coverage.group.via", via=group.via))
        if group.broader:
            parts.append(t(language, "quality.coverage.group.broader",
                           terms=", ".join(shown(term) for term in group.broader)))
        return ", ".join(parts)
    return detail


def _lacks(lacking: Lacking, stale_years: int, language: str) -> str:
    words = [t(language, f"quality.lacks.{code}", years=stale_years, few=FEW_PROJECTS)
             for code in lacking.lacks]
    return f"{shown(lacking.file)}: " + ", ".join(words)


def coverage_text(report: Report, language: str) -> list[str]:
    """The coverage and gaps sections, each after a blank line."""
    coverage = report.catalogue
    used = len(coverage.counties) - len(coverage.empty_counties)
    thin = coverage.thin_methods
    lines = ["", t(language, "quality.coverage.heading"),
             "", t(language, "quality.coverage.methods"), *_tallies(coverage.methods, language),
             "", t(language, "quality.coverage.thin_methods", few=FEW_PROJECTS, count=len(thin)),
             *_tallies(thin, language)]
    if thin:
        lines.append("  " + t(language, "quality.coverage.thin_methods.fix"))
    empty = coverage.empty_counties
    lines += ["", t(language, "quality.coverage.counties", used=used,
                    total=len(coverage.counties)), *_tallies(coverage.counties, language),
              "", t(language, "quality.coverage.empty_counties", count=len(empty)),
              "  " + (", ".join(_named(county, language) for county in empty)
                      or t(language, "quality.none")),
              "", t(language, "quality.coverage.evidence"), *_tallies(coverage.evidence, language),
              "", t(language, "quality.coverage.target_groups"),
              *_tallies(coverage.target_groups, language, _group_detail(language))]
    records = sum(1 for record in report.coverage if record.kind in ("project", "method"))
    lines += ["", t(language, "quality.lacking.heading", count=len(report.lacking),
                    records=records)]
    lines += [f"  {_lacks(lacking, report.stale_years, language)}" for lacking in report.lacking]
    if not report.lacking:
        lines.append(f"  {t(language, 'quality.none')}")
    return lines


def _text_json(label: Text) -> dict[str, str | None]:
    return {"sv": label.sv, "en": label.en}


def coverage_json(report: Report) -> dict[str, Any]:
    coverage = report.catalogue
    return {
        "coverage": {
            "few_projects": FEW_PROJECTS,
            "methods": [{"id": m.id, "label": _text_json(m.label) if m.label else None,
                         "projects": m.projects} for m in coverage.methods],
            "methods_with_few_projects": [method.id for method in coverage.thin_methods],
            "counties": [{"id": c.id, "label": _text_json(c.label) if c.label else None,
                          "projects": c.projects} for c in coverage.counties],
            "counties_without_projects": [county.id for county in coverage.empty_counties],
            "evidence_levels": [{"id": level.id, "projects": level.projects}
                                for level in coverage.evidence],
            "target_groups": [{"id": g.id, "label": _text_json(g.label), "projects": g.projects,
                               "own": g.own, "via_narrower": g.via, "broader": g.broader}
                              for g in coverage.target_groups],
        },
        "lacking": [{"file": lacking.file, "kind": lacking.kind, "id": lacking.id,
                     "lacks": lacking.lacks} for lacking in report.lacking],
    }
