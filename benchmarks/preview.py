"""Edit-preview benchmark (issue #18): one saved edit until both language pages show it.

    python -m benchmarks.preview                  # 100 and 1,000 projects, 3 edits each
    python -m benchmarks.preview --sizes 1000 --repeat 5

For every size it writes a synthetic catalogue (benchmarks/synthetic.py), times a cold
`build` of it (the pipeline as `python -m generator build` runs it), then starts the
preview as `python -m generator serve` does (the session, its web server and its watch
loop, in this process) and, once its first build and search index are done, saves an edit
to one project's Swedish and English summary and asks the server for both pages until
both show it. That time is the latency; it is reported with the cold build's time and
their ratio, with the time until the search index was updated too, and the stages of one
more edit run one by one. Output: benchmarks/out/preview.{md,json}. It asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import threading
import time
import urllib.request
from http.server import ThreadingHTTPServer
from pathlib import Path

import yaml

from benchmarks.clock import Timing, timed
from benchmarks.synthetic import write_catalogue
from generator.build.feedback import feedback_settings
from generator.build.pipeline import BuildOptions, build, write_trees
from generator.commands.serve import POLL_SECONDS, Session
from generator.commands.serve_http import handler_for
from generator.validation.run import validate

OUT = Path(__file__).resolve().parent / "out"
REPO = Path(__file__).resolve().parent.parent


def _page_shows(url: str, word: str) -> bool:
    with urllib.request.urlopen(url, timeout=60) as answer:
        return word in answer.read().decode("utf-8")


def _edit(record: Path, word: str) -> None:
    """A word at the start of the project's Swedish and English summary, saved at once."""
    data = yaml.safe_load(record.read_text(encoding="utf-8"))
    for language in ("sv", "en"):
        data["summary"][language] = f"{word} {data['summary'][language]}"
    record.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                      encoding="utf-8")


def measure(projects: int, folder: Path, repeat: int) -> dict[str, object]:
    content = write_catalogue(projects, folder / "content")
    print(f"{projects:,} projects: cold build …", flush=True)
    cold_options = BuildOptions(content=content, md_root=folder / "cold" / "md",
                                site_dir=folder / "cold" / "site", project_root=REPO)
    ok, cold = timed(lambda: build(cold_options, say=lambda text: None))
    assert ok, "the synthetic catalogue builds"
    options = BuildOptions(content=content, md_root=folder / "build" / "md",
                           site_dir=folder / "site", project_root=REPO, lang="en")
    said: list[str] = []
    session = Session(options, say=said.append)
    session.first_build()
    session.preview.indexer.wait()
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(options.site_dir, session.state))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    running = threading.Event()
    running.set()

    def watch() -> None:
        while running.is_set():
            time.sleep(POLL_SECONDS)
            session.check()

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    record = sorted((content / "projects").glob("*.yml"))[projects // 2]
    base = f"http://127.0.0.1:{server.server_port}/"
    urls = [f"{base}projects/{record.stem}/", f"{base}en/projects/{record.stem}/"]
    latencies: list[Timing] = []
    indexed: list[float] = []
    for run in range(repeat):
        word = f"PREVIEWEDIT{run}"
        wall, cpu = time.perf_counter(), time.process_time()
        _edit(record, word)
        waiting = list(urls)
        while waiting:
            waiting = [url for url in waiting if not _page_shows(url, word)]
            if waiting:
                time.sleep(0.02)
        latencies.append(Timing(time.perf_counter() - wall, time.process_time() - cpu))
        time.sleep(POLL_SECONDS * 2)
        session.preview.indexer.wait()
        indexed.append(time.perf_counter() - wall)
        print(f"  edit {run + 1}: {latencies[-1].wall:.2f} s "
              f"({latencies[-1].cpu:.2f} s processor), search index after {indexed[-1]:.1f} s",
              flush=True)
    running.clear()
    watcher.join()
    stages = _stages(session, options, record)
    server.shutdown()
    server.server_close()
    best = min(latencies, key=lambda timing: timing.wall)
    median = sorted(latencies, key=lambda timing: timing.wall)[len(latencies) // 2]
    return {"projects": projects, "cold": cold.as_dict(),
            "edits": [timing.as_dict() for timing in latencies], "median": median.as_dict(),
            "best": best.as_dict(), "ratio_wall": median.wall / cold.wall,
            "ratio_cpu": median.cpu / cold.cpu, "search_indexed": indexed, "stages": stages}


def _stages(session: Session, options: BuildOptions, record: Path) -> dict[str, float]:
    """One more edit, through the preview's steps one at a time (wall-clock seconds)."""
    _edit(record, "STAGEEDIT")
    preview = session.preview
    seconds: dict[str, float] = {}
    clock = time.perf_counter()
    result = validate(options.content, cache=preview.cache)
    catalog = preview.records.catalog(result)
    seconds["validate (cache) and load"] = time.perf_counter() - clock
    clock = time.perf_counter()
    generation = preview.pages.generate(catalog, feedback_settings(options.project_root, "en"))
    seconds["generate the pages that can have changed"] = time.perf_counter() - clock
    clock = time.perf_counter()
    write_trees(options, generation.trees, say=lambda text: None, reused=generation.reused)
    seconds["write changed Markdown"] = time.perf_counter() - clock
    for language, live in preview.mkdocs.items():
        clock = time.perf_counter()
        folder = options.site_dir / ("" if language == "sv" else language)
        live.build(folder, dirty=True, epoch=0)
        seconds[f"mkdocs {language} (dirty)"] = time.perf_counter() - clock
    return seconds


def report(results: list[dict[str, object]], load: tuple[float, float, float]) -> str:
    lines = [f"Load average before the run: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}, "
             f"{os.cpu_count()} cores.", "",
             "| projects | cold build s | edit → both pages s (median; best) | processor s "
             "| ratio wall (processor) | search index after s |", "|---|---|---|---|---|---|"]
    for result in results:
        cold, median, best = result["cold"], result["median"], result["best"]
        assert isinstance(cold, dict) and isinstance(median, dict) and isinstance(best, dict)
        indexed = result["search_indexed"]
        assert isinstance(indexed, list)
        lines.append(f"| {result['projects']:,} | {cold['wall']:.1f} ({cold['cpu']:.1f} "
                     f"processor) | {median['wall']:.2f}; {best['wall']:.2f} | "
                     f"{median['cpu']:.2f} | {result['ratio_wall']:.3f} "
                     f"({result['ratio_cpu']:.3f}) | {sorted(indexed)[len(indexed) // 2]:.1f} |")
    lines += ["", "Stages of one edit, wall-clock s:", ""]
    for result in results:
        stages = result["stages"]
        assert isinstance(stages, dict)
        lines.append(f"- {result['projects']:,}: " + ", ".join(
            f"{name} {value:.2f}" for name, value in stages.items()))
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    load = os.getloadavg()
    results = []
    for size in args.sizes:
        folder = Path(tempfile.mkdtemp(prefix=f"preview-{size}-"))
        try:
            results.append(measure(size, folder, args.repeat))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    text = report(results, load)
    OUT.mkdir(exist_ok=True)
    (OUT / "preview.md").write_text(text, encoding="utf-8")
    (OUT / "preview.json").write_text(json.dumps({"load": load, "results": results},
                                                 indent=2), encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
