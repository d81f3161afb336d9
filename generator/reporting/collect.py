"""Gather the report's findings from the content tree."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path

from generator.analysis.status import Staleness, StatusAsOf, staleness, status_as_of
from generator.diagnostics import format_path
from generator.reporting.coverage import FEW_PROJECTS, CatalogueCoverage, catalogue_coverage
from generator.reporting.instances import instances
from generator.reporting.lacks import Lacking, method_lacks, project_lacks
from generator.reporting.translation import bilingual_texts
from generator.schema.common import Source
from generator.schema.outcome import Figure
from generator.validation.crosscheck import build_catalog
from generator.validation.load import LoadedRecord, load_records, record_files


@dataclass(frozen=True)
class Coverage:
    """How much of one record's bilingual text has English."""

    file: str
    kind: str
    id: str
    texts: int
    missing: list[str]

    @property
    def translated(self) -> int:
        return self.texts - len(self.missing)

    @property
    def percent(self) -> float:
        return share(self.translated, self.texts)


@dataclass(frozen=True)
class Finding:
    """One record and the fields in it that need attention (none: the record as a whole)."""

    file: str
    kind: str
    id: str
    fields: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Stale:
    file: str
    kind: str
    id: str
    last_checked: dt.date


@dataclass(frozen=True)
class StaleStatus:
    """A planned or ongoing status that may no longer hold, and why."""

    file: str
    id: str
    status: StatusAsOf
    reason: Staleness


@dataclass
class Report:
    today: dt.date
    stale_years: int
    coverage: list[Coverage] = field(default_factory=list)
    missing_outcomes: list[Finding] = field(default_factory=list)
    figures_without_wording: list[Finding] = field(default_factory=list)
    sources_without_link: list[Finding] = field(default_factory=list)
    stale: list[Stale] = field(default_factory=list)
    stale_statuses: list[StaleStatus] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    catalogue: CatalogueCoverage = field(default_factory=CatalogueCoverage)
    lacking: list[Lacking] = field(default_factory=list)
    """Each project and method that lacks anything, in file order."""

    @property
    def stale_before(self) -> dt.date:
        return years_before(self.today, self.stale_years)

    @property
    def texts(self) -> int:
        return sum(record.texts for record in self.coverage)

    @property
    def translated(self) -> int:
        return sum(record.translated for record in self.coverage)

    @property
    def percent(self) -> float:
        return share(self.translated, self.texts)


def share(part: int, whole: int) -> float:
    """Per cent, rounded down to one decimal so that only complete work shows 100."""
    return 100.0 if whole == 0 else math.floor(1000 * part / whole) / 10


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)


def collect(content_root: Path, today: dt.date, stale_years: int) -> Report:
    loaded = load_records(record_files(content_root))
    report = Report(today=today, stale_years=stale_years)
    # A record the schema rejected has no model to examine: it is listed with the files
    # that could not be read at all, for `validate` to explain.
    readable = [record for record in loaded.records if record.model is not None]
    files = {record.file for record in readable}
    report.unreadable = [file for file in loaded.files if file not in files]
    for record in sorted(readable, key=lambda record: record.file):
        _examine(record, report)
    report.coverage.sort(key=lambda record: (record.percent, record.file))
    report.catalogue = catalogue_coverage(build_catalog(readable))
    report.lacking = _lacking(readable, report)
    return report


def _lacking(records: list[LoadedRecord], report: Report) -> list[Lacking]:
    used = {method.id: method.projects for method in report.catalogue.methods}
    found = []
    for record in sorted(records, key=lambda record: record.file):
        model = record.model
        if record.kind == "project":
            lacks = project_lacks(model, report.today, report.stale_years, report.stale_before)
        elif record.kind == "method":
            lacks = method_lacks(model, used.get(model.id, 0), report.stale_before, FEW_PROJECTS)
        else:
            continue
        if lacks:
            found.append(Lacking(record.file, record.kind, model.id, lacks))
    return found


def _examine(record: LoadedRecord, report: Report) -> None:
    model = record.model
    ident = model.kind if record.kind == "vocabulary" else model.id
    texts = bilingual_texts(model)
    missing = [format_path(path) for path, text in texts if text.en is None]
    report.coverage.append(Coverage(record.file, record.kind, ident, len(texts), missing))
    if record.kind == "vocabulary":
        return
    if record.kind == "project" and not model.outcomes:
        report.missing_outcomes.append(Finding(record.file, record.kind, ident))
    if record.kind == "project":
        status = status_as_of(model)
        reason = staleness(status, report.today, report.stale_years)
        if reason is not None:
            report.stale_statuses.append(StaleStatus(record.file, ident, status, reason))
    unworded = [format_path(path) for path, figure in instances(model, (Figure,))
                if figure.wording is None]
    if unworded:
        report.figures_without_wording.append(Finding(record.file, record.kind, ident, unworded))
    unlinked = [format_path(path) for path, source in instances(model, (Source,))
                if source.url is None and source.archived_copy is None]
    if unlinked:
        report.sources_without_link.append(Finding(record.file, record.kind, ident, unlinked))
    last_checked = max(model.added, model.reviewed or model.added)
    if last_checked < report.stale_before:
        report.stale.append(Stale(record.file, record.kind, ident, last_checked))
