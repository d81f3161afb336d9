"""Validation speed on a large catalogue, cold and warm.

Run by `python -m benchmarks.pipeline --validate-only 10000`. Two ways in:

- the public entry point, generator.validation.run.validate(content), as the
  build calls it: once in a fresh process right after the catalogue was
  written (cold; imports not timed) and again in the same process (warm for
  anything kept in memory);
- the command a contributor runs, `python -m generator validate --content …`,
  end to end (start-up, imports, report): twice in a new working folder, so
  whatever the command keeps on disk relative to it (build/cache/…) starts
  empty the first time and is warm the second.

Times are processor time (including worker processes) and wall-clock time.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from benchmarks.clock import Timing, timed
from benchmarks.synthetic import write_catalogue

REPO = Path(__file__).resolve().parent.parent


@dataclass
class ValidationTiming:
    projects: int
    records: int = 0
    ok: bool = False
    runs: dict[str, Timing] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {"projects": self.projects, "records": self.records, "ok": self.ok,
                "runs": {name: timing.as_dict() for name, timing in self.runs.items()}}


def _api_in_new_process(content: Path, calls: int) -> list[dict[str, float | int | bool]]:
    command = [sys.executable, "-m", "benchmarks.validation_timing", str(content), str(calls)]
    completed = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"validation timing failed:\n{completed.stderr[-3000:]}")
    runs: list[dict[str, float | int | bool]] = json.loads(completed.stdout)
    return runs


def _command(content: Path, workdir: Path) -> Timing:
    command = [sys.executable, "-m", "generator", "validate", "--content", str(content.resolve())]
    completed, timing = timed(partial(subprocess.run, command, capture_output=True, text=True,
                                      cwd=workdir, check=False))
    if completed.returncode not in (0, 1):
        raise RuntimeError(f"`generator validate` failed:\n{completed.stderr[-3000:]}")
    return timing


def time_validation(projects: int, folder: Path) -> ValidationTiming:
    content = write_catalogue(projects, folder / "content")
    timing = ValidationTiming(projects)
    first, second = _api_in_new_process(content, 2)
    timing.records, timing.ok = int(first["records"]), bool(first["ok"])
    timing.runs["validate(): cold"] = Timing(float(first["wall"]), float(first["cpu"]))
    timing.runs["validate(): again, same process"] = Timing(float(second["wall"]),
                                                            float(second["cpu"]))
    workdir = folder / "workdir"
    workdir.mkdir(parents=True, exist_ok=True)
    timing.runs["command: cold"] = _command(content, workdir)
    timing.runs["command: warm"] = _command(content, workdir)
    return timing


def main() -> None:
    """In the child process: validate `calls` times and print the timings as JSON."""
    from generator.validation.run import validate

    content, calls = Path(sys.argv[1]), int(sys.argv[2])
    runs = []
    for _ in range(calls):
        result, timing = timed(partial(validate, content))
        runs.append({"wall": timing.wall, "cpu": timing.cpu, "records": len(result.files),
                     "ok": result.ok})
    print(json.dumps(runs))


if __name__ == "__main__":
    main()
