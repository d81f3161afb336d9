"""The report as text for editors (in their language) or as language-neutral JSON."""

from __future__ import annotations

from typing import Any

from generator.i18n import t
from generator.reporting.collect import Finding, Report
from generator.reporting.render_coverage import coverage_json, coverage_text
from generator.safe_output import safe_json, shown

MAX_LISTED_FIELDS = 10


def percent(value: float, language: str) -> str:
    number = f"{value:.1f}".removesuffix(".0").replace(".", t(language, "quality.decimal"))
    return t(language, "quality.percent", value=number)


def _fields(fields: list[str], language: str) -> str:
    listed = ", ".join(shown(field) for field in fields[:MAX_LISTED_FIELDS])
    hidden = len(fields) - MAX_LISTED_FIELDS
    return listed + (" " + t(language, "quality.more", count=hidden) if hidden > 0 else "")


def _section(lines: list[str], heading: str, items: list[str], language: str) -> None:
    lines += ["", heading]
    lines += [f"  {item}" for item in items] or [f"  {t(language, 'quality.none')}"]


def _findings(findings: list[Finding], language: str) -> list[str]:
    return [f"{shown(f.file)}: {_fields(f.fields, language)}" if f.fields else shown(f.file)
            for f in findings]


def format_text(report: Report, content: str, language: str) -> str:
    # File names come from the content folder, which pull requests fill: `shown` keeps
    # whatever they hold from acting on the terminal or the CI log.
    lines = [t(language, "quality.title", content=shown(content),
               today=report.today.isoformat()), ""]
    lines.append(t(language, "quality.translation.heading", translated=report.translated,
                   texts=report.texts, percent=percent(report.percent, language)))
    width = max((len(percent(r.percent, language)) for r in report.coverage), default=0)
    counts = max((len(f"{r.translated}/{r.texts}") for r in report.coverage), default=0)
    for record in report.coverage:
        lines.append(f"  {percent(record.percent, language):>{width}}  "
                     f"{f'{record.translated}/{record.texts}':>{counts}}  {shown(record.file)}")
        if record.missing:
            lines.append(f"  {'':>{width}}  {t(language, 'quality.translation.missing')} "
                         f"{_fields(record.missing, language)}")
    _section(lines, t(language, "quality.outcomes.heading", count=len(report.missing_outcomes)),
             _findings(report.missing_outcomes, language), language)
    _section(lines, t(language, "quality.wording.heading",
                      count=len(report.figures_without_wording)),
             _findings(report.figures_without_wording, language), language)
    _section(lines, t(language, "quality.links.heading", count=len(report.sources_without_link)),
             _findings(report.sources_without_link, language), language)
    stale = [f"{shown(s.file)}: "
             f"{t(language, 'quality.stale.item', date=s.last_checked.isoformat())}"
             for s in report.stale]
    _section(lines, t(language, "quality.stale.heading", years=report.stale_years,
                      before=report.stale_before.isoformat(), count=len(stale)), stale, language)
    if stale:
        lines.append("  " + t(language, "quality.stale.fix"))
    statuses = [f"{s.file}: " + t(language, f"quality.status.{s.reason}",
                                  status=s.status.status, date=s.status.as_of or "",
                                  end=s.status.planned_end or "")
                for s in report.stale_statuses]
    _section(lines, t(language, "quality.status.heading", count=len(statuses)), statuses,
             language)
    if statuses:
        lines.append("  " + t(language, "quality.status.fix"))
    lines += coverage_text(report, language)
    if report.unreadable:
        _section(lines, t(language, "quality.unreadable.heading", count=len(report.unreadable)),
                 [shown(file) for file in report.unreadable], language)
        lines.append("  " + t(language, "quality.unreadable.fix"))
    return "\n".join(lines)


def _finding_json(finding: Finding) -> dict[str, Any]:
    return {"file": finding.file, "kind": finding.kind, "id": finding.id,
            "fields": finding.fields}


def format_json(report: Report, content: str) -> str:
    data = {
        "content": content,
        "today": report.today.isoformat(),
        "stale_years": report.stale_years,
        "stale_before": report.stale_before.isoformat(),
        "translation": {
            "texts": report.texts, "translated": report.translated, "percent": report.percent,
            "records": [{"file": r.file, "kind": r.kind, "id": r.id, "texts": r.texts,
                         "translated": r.translated, "percent": r.percent,
                         "missing": r.missing} for r in report.coverage],
        },
        "missing_outcomes": [_finding_json(f) for f in report.missing_outcomes],
        "figures_without_wording": [_finding_json(f) for f in report.figures_without_wording],
        "sources_without_link": [_finding_json(f) for f in report.sources_without_link],
        "stale": [{"file": s.file, "kind": s.kind, "id": s.id,
                   "last_checked": s.last_checked.isoformat()} for s in report.stale],
        "stale_statuses": [{"file": s.file, "id": s.id, "status": s.status.status,
                            "as_of": s.status.as_of, "source": s.status.source,
                            "planned_end": s.status.planned_end, "reason": s.reason}
                           for s in report.stale_statuses],
        **coverage_json(report),
        "unreadable": report.unreadable,
    }
    return safe_json(data, indent=2)
