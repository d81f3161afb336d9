"""Zensical ÷ MkDocs: the same pipeline, the HTML built by each engine in turn.

    .venv/bin/python -m benchmarks.engines                 # 100 and 1,000 projects, 3 runs
    .venv/bin/python -m benchmarks.engines --sizes 100 --repeat 1

For each size it writes a synthetic catalogue, then builds it cold (fresh Markdown and site
folders) with `build --engine mkdocs` and `build --engine zensical`, alternately, `--repeat`
times, each followed by a warm build of the same content into the same folders (Zensical
keeps a cache of rendered pages there; MkDocs has none). It reports the whole build and
the engine's own steps (both languages, from the build's progress lines), wall-clock and
processor time (benchmarks/clock.py: the machine is shared, so the ratio is taken from
processor time), the medians, and the load average.
Results go to benchmarks/out/engines.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import tempfile
from pathlib import Path

from benchmarks.clock import Timing, timed
from benchmarks.synthetic import write_catalogue
from generator.build.pipeline import ENGINES, BuildOptions, Engine, build

OUT = Path("benchmarks/out")
ENGINE_LINE = re.compile(r"^(MkDocs|Zensical) (sv|en): done \((\d+\.\d+) s\)")


def one_build(content: Path, folder: Path, engine: Engine,
              cold: bool = True) -> tuple[Timing, float]:
    """The whole build's timing, and the engine's wall-clock seconds."""
    if cold:
        shutil.rmtree(folder, ignore_errors=True)
    lines: list[str] = []
    options = BuildOptions(content=content, md_root=folder / "md", site_dir=folder / "site",
                           lang="en", engine=engine)
    ok, timing = timed(lambda: build(options, say=lines.append))
    if not ok:
        raise SystemExit("\n".join(lines))
    engine_seconds = sum(float(match[3]) for line in lines if (match := ENGINE_LINE.match(line)))
    return timing, engine_seconds


def measure(count: int, repeat: int, work: Path) -> dict[str, object]:
    content = write_catalogue(count, work / f"content-{count}")
    runs: dict[str, list[tuple[Timing, float]]] = {}
    for _ in range(repeat):
        for engine in ENGINES:
            for cold in (True, False):
                runs.setdefault(engine + ("" if cold else "_warm"), []).append(
                    one_build(content, work / f"build-{engine}", engine, cold))
    result: dict[str, object] = {"projects": count, "runs": repeat}
    for name, timings in runs.items():
        result[name] = {
            "build_wall": statistics.median(t.wall for t, _ in timings),
            "build_cpu": statistics.median(t.cpu for t, _ in timings),
            "engine_wall": statistics.median(seconds for _, seconds in timings)}
    mkdocs, zensical = result["mkdocs"], result["zensical"]
    assert isinstance(mkdocs, dict) and isinstance(zensical, dict)
    result["ratio_build_cpu"] = zensical["build_cpu"] / mkdocs["build_cpu"]
    result["ratio_build_wall"] = zensical["build_wall"] / mkdocs["build_wall"]
    result["ratio_engine_wall"] = zensical["engine_wall"] / mkdocs["engine_wall"]
    warm = result["zensical_warm"]
    assert isinstance(warm, dict)
    result["ratio_warm_build_cpu"] = warm["build_cpu"] / mkdocs["build_cpu"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    load_before = os.getloadavg()
    results = []
    with tempfile.TemporaryDirectory(prefix="vta-engines-") as work:
        for count in args.sizes:
            result = measure(count, args.repeat, Path(work))
            results.append(result)
            print(json.dumps(result))
    report = {"load_before": load_before, "load_after": os.getloadavg(), "results": results}
    print(f"load average before {load_before}, after {report['load_after']}")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "engines.json").write_text(json.dumps(report, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
