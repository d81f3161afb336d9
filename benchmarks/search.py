"""Search at catalogue scale: index size, bytes fetched and time to the first results.

    python -m benchmarks.search              # 5,000 synthetic projects
    python -m benchmarks.search --count 500  # a quicker look
    python -m benchmarks.search --rebuild    # build again even if the site exists

Builds a synthetic catalogue with the real pipeline (validation, both MkDocs
builds, Pagefind) into benchmarks/out/search-<count>/ (minutes at 5,000),
serves it on 127.0.0.1 and measures in Debian's Chromium: the explorer
(open, type a query, tick a method) and the header's search box (open a
project page, type a query), in Swedish and English, each a few times from
an empty cache (median time). Prints a table and
writes benchmarks/out/search-<count>.json. A benchmark, not a test: it
asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from benchmarks.browser import chromium, serve
from benchmarks.search_measure import Measurement, explorer, search_box
from benchmarks.synthetic import write_catalogue
from generator.build.pipeline import BuildOptions, build

OUT = Path(__file__).resolve().parent / "out"
REPO = Path(__file__).resolve().parent.parent
QUERY = "supported employment"
METHOD = {"sv": "Praktik", "en": "Work placement"}
ROOTS = {"sv": "", "en": "en/"}


def build_site(count: int, folder: Path, rebuild: bool) -> tuple[Path, float | None]:
    site = folder / "site"
    if site.is_dir() and not rebuild:
        return site, None
    started = time.perf_counter()
    content = write_catalogue(count, folder / "content")
    options = BuildOptions(content=content, md_root=folder / "md", site_dir=site,
                           project_root=REPO, lang="en")
    if not build(options, say=lambda line: print(f"  {line}", flush=True)):
        raise SystemExit("the build failed; see above")
    return site, time.perf_counter() - started


def index_sizes(site: Path) -> dict[str, dict[str, int]]:
    """Bytes of the search bundle on disk, per language and kind of file."""
    sizes: dict[str, dict[str, int]] = {}
    for path in sorted((site / "pagefind").rglob("*")):
        if not path.is_file():
            continue
        name = path.name.removeprefix("pagefind.").removeprefix("wasm.")
        language = name.split("_")[0].split(".")[0]
        language = language if language in ROOTS else "shared"
        kind = path.parent.name if path.parent.name != "pagefind" else path.suffix.lstrip(".")
        per_language = sizes.setdefault(language, {})
        per_language[kind] = per_language.get(kind, 0) + path.stat().st_size
    for per_language in sizes.values():
        per_language["total"] = sum(per_language.values())
    return sizes


def measure(site: Path, repeat: int) -> dict[str, list[Measurement]]:
    """Each scenario `repeat` times from a cold cache; the median time of each step."""
    results: dict[str, list[Measurement]] = {}
    with serve(site) as root, chromium() as browser:
        for language, prefix in ROOTS.items():
            url = f"{root}{prefix}"
            runs = [[*explorer(browser, url, QUERY, METHOD[language]),
                     *search_box(browser, url, "projects/synthetic-00001/", QUERY)]
                    for _ in range(repeat)]
            results[language] = [
                Measurement(steps[0].scenario, statistics.median(s.milliseconds for s in steps),
                            steps[0].bytes, steps[0].requests)
                for steps in zip(*runs, strict=True)]
    return results


def table(results: dict[str, list[Measurement]]) -> str:
    header = f"{'':4}{'scenario':44}{'ms':>8}{'index kB':>10}{'fragm. kB':>10}" \
             f"{'other kB':>10}{'requests':>9}"
    lines = [header, "-" * len(header)]
    for language, measurements in results.items():
        for item in measurements:
            kilobytes = [item.bytes[kind] / 1000 for kind in
                         ("pagefind_index", "pagefind_fragment", "other")]
            lines.append(f"{language:4}{item.scenario[:43]:44}{item.milliseconds:8.0f}"
                         + "".join(f"{value:10.1f}" for value in kilobytes)
                         + f"{item.requests:9d}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=5000, help="synthetic projects (5000)")
    parser.add_argument("--rebuild", action="store_true", help="build even if the site exists")
    parser.add_argument("--repeat", type=int, default=3, help="runs per scenario; median time")
    args = parser.parse_args()
    folder = OUT / f"search-{args.count}"
    print(f"Building {args.count} synthetic projects into {folder} …", flush=True)
    site, seconds = build_site(args.count, folder, args.rebuild)
    sizes = index_sizes(site)
    results = measure(site, args.repeat)
    print()
    print("Search bundle on disk (kB): " + "; ".join(
        f"{language} {per_language['total'] / 1000:.0f}" for language, per_language in
        sizes.items()))
    print(f"Median of {args.repeat} runs each, every run with an empty cache; bytes of the first.")
    print(table(results))
    report = {"projects": args.count, "build_seconds": seconds, "repeat": args.repeat,
              "bundle_bytes": sizes,
              "measurements": {language: [item.as_dict() for item in items]
                               for language, items in results.items()}}
    target = OUT / f"search-{args.count}.json"
    target.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nWritten to {target}")


if __name__ == "__main__":
    main()
