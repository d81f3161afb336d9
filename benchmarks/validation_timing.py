"""Validation speed on a large catalogue: cold, warm in the same process, warm in a new one.

Run by `python -m benchmarks.pipeline --validate-only 10000`. Each measurement
is the public entry point, generator.validation.run.validate, on the whole
content folder. The first call runs in a fresh process right after the
catalogue was written (cold); a second call in that process sees anything the
validator keeps in memory, and a call in another new process sees anything it
keeps on disk. Imports are not timed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.synthetic import write_catalogue

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class ValidationTiming:
    projects: int
    records: int
    ok: bool
    cold: float
    warm_same_process: float
    warm_new_process: float

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _in_new_process(content: Path, calls: int) -> list[dict[str, object]]:
    command = [sys.executable, "-m", "benchmarks.validation_timing", str(content), str(calls)]
    completed = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"validation timing failed:\n{completed.stderr}")
    runs: list[dict[str, object]] = json.loads(completed.stdout)
    return runs


def time_validation(projects: int, folder: Path) -> ValidationTiming:
    content = write_catalogue(projects, folder / "content")
    first, second = _in_new_process(content, 2)
    (third,) = _in_new_process(content, 1)
    return ValidationTiming(projects, int(str(first["records"])), bool(first["ok"]),
                            float(str(first["seconds"])), float(str(second["seconds"])),
                            float(str(third["seconds"])))


def main() -> None:
    """In the child process: validate `calls` times and print the timings as JSON."""
    from generator.validation.run import validate

    content, calls = Path(sys.argv[1]), int(sys.argv[2])
    runs = []
    for _ in range(calls):
        started = time.perf_counter()
        result = validate(content)
        seconds = time.perf_counter() - started
        runs.append({"seconds": seconds, "records": len(result.files), "ok": result.ok})
    print(json.dumps(runs))


if __name__ == "__main__":
    main()
