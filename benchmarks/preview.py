"""Edit-preview benchmark (issue #18): one saved edit until both language pages show it.

    python -m benchmarks.preview                  # 100 and 1,000 projects, 3 edits each
    python -m benchmarks.preview --sizes 1000 --repeat 5

For every size it writes a synthetic catalogue (benchmarks/synthetic.py), times a cold
`build` of it (the pipeline as `python -m generator build` runs it), then starts the
preview as `python -m generator serve` does (the session, its web server and its watch
loop, in this process) and, once its first build and search index are done, saves edits to
one project's Swedish and English text (`EDITS`: a word in its summary, which only its own
page shows, then in its name, which every list shows) and after each waits as a served
page does (one long request until a rebuild has finished) and then asks for both pages,
until both show it. That time is the latency; it is reported with the cold build's time
and their ratio, with the time until the search index was updated too, and the stages of
one more edit of each kind run one by one. Output: benchmarks/out/preview.{md,json}. It
asserts nothing.
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
from generator.commands.serve import Session, keep_for_the_session, watched_roots
from generator.commands.serve_http import WAIT_PATH, handler_for
from generator.commands.serve_watch import FALLBACK_SECONDS, ChangeNotices, watch
from generator.validation.run import validate

OUT = Path(__file__).resolve().parent / "out"
REPO = Path(__file__).resolve().parent.parent


def _page_shows(url: str, word: str) -> bool:
    with urllib.request.urlopen(url, timeout=60) as answer:
        return word in answer.read().decode("utf-8")


def _version(base: str, after: int) -> int:
    """The preview's rebuild count once it differs from `after` (what the reload script of
    every served page waits for)."""
    with urllib.request.urlopen(f"{base}{WAIT_PATH.lstrip('/')}?after={after}",
                                timeout=120) as answer:
        return int(answer.read())


EDITS = ("summary", "name")
"""The fields an edit changes, in Swedish and English: the summary only the project's own
page shows, the name every list, count and comparison shows."""


def _edit(record: Path, word: str, field: str = "summary") -> None:
    """A word at the start of the project's Swedish and English `field`, saved at once."""
    data = yaml.safe_load(record.read_text(encoding="utf-8"))
    for language in ("sv", "en"):
        data[field][language] = f"{word} {data[field][language]}"
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
    keep_for_the_session()  # as `serve` does
    session.preview.indexer.wait()
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(options.site_dir, session.state))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    running = threading.Event()
    running.set()
    notices = ChangeNotices(watched_roots(options))
    watcher = threading.Thread(target=watch, args=(session.check, notices, running.is_set),
                               daemon=True)
    watcher.start()
    record = sorted((content / "projects").glob("*.yml"))[projects // 2]
    base = f"http://127.0.0.1:{server.server_port}/"
    urls = [f"{base}projects/{record.stem}/", f"{base}en/projects/{record.stem}/"]
    edits = {field: _timed_edits(base, urls, record, field, repeat, session, cold)
             for field in EDITS}
    running.clear()
    watcher.join()
    notices.stop()
    stages = {field: _stages(session, options, record, field) for field in EDITS}
    server.shutdown()
    server.server_close()
    return {"projects": projects, "cold": cold.as_dict(), "edits": edits, "stages": stages}


def _timed_edits(base: str, urls: list[str], record: Path, field: str, repeat: int,
                 session: Session, cold: Timing) -> dict[str, object]:
    latencies: list[Timing] = []
    indexed: list[float] = []
    for run in range(repeat):
        word = f"PREVIEW{field.upper()}{run}"
        version = _version(base, -1)
        wall, cpu = time.perf_counter(), time.process_time()
        _edit(record, word, field)
        # As the page in a browser: one long request until a rebuild has finished, then
        # both pages; again if a rebuild finished that did not include the edit yet.
        while True:
            version = _version(base, version)
            if all(_page_shows(url, word) for url in urls):
                break
        latencies.append(Timing(time.perf_counter() - wall, time.process_time() - cpu))
        time.sleep(FALLBACK_SECONDS)
        session.preview.indexer.wait()
        indexed.append(time.perf_counter() - wall)
        print(f"  {field} edit {run + 1}: {latencies[-1].wall:.2f} s "
              f"({latencies[-1].cpu:.2f} s processor), search index after {indexed[-1]:.1f} s",
              flush=True)
    ordered = sorted(latencies, key=lambda timing: timing.wall)
    median = ordered[len(ordered) // 2]
    return {"edits": [timing.as_dict() for timing in latencies],
            "median": median.as_dict(), "best": ordered[0].as_dict(),
            "ratio_wall": median.wall / cold.wall, "ratio_cpu": median.cpu / cold.cpu,
            "search_indexed": indexed}


def _stages(session: Session, options: BuildOptions, record: Path,
            field: str) -> dict[str, float]:
    """One more edit, through the preview's steps one at a time (wall-clock seconds)."""
    _edit(record, "STAGEEDIT", field)
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
    write_trees(options, generation.trees, say=lambda text: None, reused=generation.reused,
                held=preview.held)
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
             "| projects | edit | cold build s | edit → both pages s (median; best) "
             "| processor s | ratio wall (processor) | search index after s |",
             "|---|---|---|---|---|---|---|"]
    for result in results:
        cold, edits = result["cold"], result["edits"]
        assert isinstance(cold, dict) and isinstance(edits, dict)
        for field, timed_edits in edits.items():
            median, best = timed_edits["median"], timed_edits["best"]
            indexed = sorted(timed_edits["search_indexed"])
            lines.append(
                f"| {result['projects']:,} | {field} | {cold['wall']:.1f} ({cold['cpu']:.1f} "
                f"processor) | {median['wall']:.2f}; {best['wall']:.2f} | {median['cpu']:.2f} "
                f"| {timed_edits['ratio_wall']:.3f} ({timed_edits['ratio_cpu']:.3f}) "
                f"| {indexed[len(indexed) // 2]:.1f} |")
    lines += ["", "Stages of one more edit, wall-clock s:", ""]
    for result in results:
        stages = result["stages"]
        assert isinstance(stages, dict)
        for field, seconds in stages.items():
            lines.append(f"- {result['projects']:,}, {field}: " + ", ".join(
                f"{name} {value:.2f}" for name, value in seconds.items()))
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
