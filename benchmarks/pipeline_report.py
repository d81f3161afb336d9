"""The pipeline benchmark's results as Markdown tables (printed and saved) and JSON."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.clock import Timing, total
from benchmarks.page_bytes import KindBytes
from benchmarks.pipeline_stages import STAGES

MKDOCS_STAGES = ("mkdocs sv", "mkdocs en")
TARGET_RATIO = 1.25


@dataclass
class SizeResult:
    """Everything measured for one catalogue size."""

    projects: int
    pages: dict[str, int]
    markdown_bytes: dict[str, dict[str, int]]
    """Total Markdown bytes per language, ours and the plain baseline's."""
    stages: dict[str, Timing]
    plain: dict[str, Timing]
    ours_bytes: dict[str, dict[str, KindBytes]]
    plain_bytes: dict[str, dict[str, KindBytes]]

    def mkdocs_ratio(self, clock: str = "cpu") -> float:
        ours = total([self.stages[stage] for stage in MKDOCS_STAGES])
        return _ratio(ours, total(list(self.plain.values())), clock)

    def pipeline_ratio(self, clock: str = "cpu") -> float:
        return _ratio(total(list(self.stages.values())), total(list(self.plain.values())), clock)

    def as_dict(self) -> dict[str, Any]:
        return {"projects": self.projects, "pages": self.pages,
                "markdown_bytes": self.markdown_bytes,
                "stages": {stage: item.as_dict() for stage, item in self.stages.items()},
                "plain": {lang: item.as_dict() for lang, item in self.plain.items()},
                "ratios": {clock: {"mkdocs": self.mkdocs_ratio(clock),
                                   "pipeline": self.pipeline_ratio(clock)}
                           for clock in ("cpu", "wall")},
                "html_bytes_per_page": {
                    "ours": {lang: {kind: item.as_dict() for kind, item in kinds.items()}
                             for lang, kinds in self.ours_bytes.items()},
                    "plain": {lang: {kind: item.as_dict() for kind, item in kinds.items()}
                              for lang, kinds in self.plain_bytes.items()}}}


def _ratio(ours: Timing, plain: Timing, clock: str) -> float:
    return ours.cpu / plain.cpu if clock == "cpu" else ours.wall / plain.wall


@dataclass
class Report:
    sizes: list[SizeResult] = field(default_factory=list)
    validation: dict[str, Any] | None = None
    machine: dict[str, object] = field(default_factory=dict)


def machine() -> dict[str, object]:
    """When and where: timings only compare within one run on one machine."""
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, check=False).stdout.strip()
    return {"date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "cores": os.cpu_count(), "load_average": [round(v, 2) for v in os.getloadavg()],
            "python": platform.python_version(), "platform": platform.platform(),
            "commit": commit}


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _kb(value: int) -> str:
    return f"{value / 1000:.0f}"


def _time(timing: Timing) -> str:
    return f"{timing.cpu:.1f} ({timing.wall:.1f})"


def timing_table(sizes: list[SizeResult]) -> list[str]:
    header = ["projects", "pages sv+en", *STAGES, "total", "plain sv", "plain en",
              "mkdocs ratio", "pipeline ratio"]
    lines = [_row(header), _row(["---"] * len(header))]
    for size in sizes:
        mark = "" if size.mkdocs_ratio() <= TARGET_RATIO else " ✗"
        lines.append(_row([f"{size.projects:,}", f"{sum(size.pages.values()):,}",
                           *(_time(size.stages[stage]) for stage in STAGES),
                           _time(total(list(size.stages.values()))),
                           *(_time(size.plain[lang]) for lang in size.plain),
                           f"{size.mkdocs_ratio():.2f} ({size.mkdocs_ratio('wall'):.2f}){mark}",
                           f"{size.pipeline_ratio():.2f} ({size.pipeline_ratio('wall'):.2f})"]))
    return lines


def bytes_table(sizes: list[SizeResult], lang: str) -> list[str]:
    """Median / max kB per page kind, ours and plain, one column pair per size."""
    header = ["page kind"]
    for size in sizes:
        header += [f"{size.projects:,}: ours", f"{size.projects:,}: plain"]
    lines = [_row(header), _row(["---"] * len(header))]
    kinds = sorted({kind for size in sizes for kind in size.ours_bytes[lang]})
    for kind in kinds:
        cells = [kind]
        for size in sizes:
            for table in (size.ours_bytes[lang], size.plain_bytes[lang]):
                item = table.get(kind)
                cells.append(f"{_kb(item.median)} / {_kb(item.max)} ({item.pages})"
                             if item else "-")
        lines.append(_row(cells))
    return lines


def markdown(report: Report) -> str:
    info = report.machine
    lines = [f"# Pipeline benchmark, {info.get('date')}", "",
             f"Machine: {info.get('cores')} cores, load average at start "
             f"{info.get('load_average')}, Python {info.get('python')}, "
             f"commit {info.get('commit')}.", ""]
    if report.sizes:
        lines += ["## Seconds per stage: processor time (wall-clock time)", "",
                  "Processor time includes the programs a stage runs (MkDocs, Pagefind); "
                  "ratios use it, wall-clock ratios in brackets. mkdocs ratio = (mkdocs sv + "
                  "mkdocs en) / (plain sv + plain en); pipeline ratio = all stages / (plain sv "
                  f"+ plain en). Target: mkdocs ratio ≤ {TARGET_RATIO} at 1,000 projects.", "",
                  *timing_table(report.sizes), "",
                  "Markdown bytes, ours / plain: " + "; ".join(
                      f"{size.projects:,}: " + ", ".join(
                          f"{lang} {_kb(b['ours'])} / {_kb(b['plain'])} kB"
                          for lang, b in size.markdown_bytes.items())
                      for size in report.sizes), ""]
        for lang in report.sizes[0].ours_bytes:
            lines += [f"## HTML kB per page ({lang}): median / max (pages)", "",
                      *bytes_table(report.sizes, lang), ""]
    if report.validation:
        lines += validation_lines(report.validation)
    return "\n".join(lines)


def validation_lines(validation: dict[str, Any]) -> list[str]:
    lines = ["## Validation: processor time (wall-clock time)", "",
             f"{validation['projects']:,} projects ({validation['records']:,} record files, "
             f"valid: {validation['ok']}). Target: under 2 s.", "",
             _row(["run", "seconds"]), _row(["---", "---"])]
    for name, timing in validation["runs"].items():
        lines.append(_row([name, f"{timing['cpu']:.2f} ({timing['wall']:.2f})"]))
    return [*lines, ""]


def save(report: Report, out: Path, name: str) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    data = {"machine": report.machine, "sizes": [size.as_dict() for size in report.sizes],
            "validation": report.validation}
    json_path, md_path = out / f"{name}.json", out / f"{name}.md"
    json_path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    md_path.write_text(markdown(report) + "\n", encoding="utf-8")
    return json_path, md_path
