"""Build-pipeline benchmark: each stage's time against a plain Material build of the same size.

    python -m benchmarks.pipeline                       # 100, 1,000 and 5,000 projects
    python -m benchmarks.pipeline --sizes 100 1000      # quicker
    python -m benchmarks.pipeline --validate-only 10000 # only validation, cold and warm

For every size it writes a synthetic catalogue (benchmarks/synthetic.py; the
same size always gives the same catalogue), runs our pipeline stage by stage
(validation, Markdown generation, MkDocs Swedish, MkDocs English, Pagefind),
measures HTML bytes per page by kind of page, then builds the plain baseline
(benchmarks/plain_site.py) from pages of the same paths and sizes, once per
language. Prints the tables and writes benchmarks/out/pipeline.{md,json}.
A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from benchmarks.page_bytes import KindBytes, bytes_by_kind, html_pages
from benchmarks.pipeline_report import Report, SizeResult, machine, markdown, save
from benchmarks.pipeline_stages import StageFailed, build_stages, site_folder
from benchmarks.plain_site import PlainBuild, build_plain
from benchmarks.synthetic import write_catalogue
from benchmarks.validation_timing import time_validation
from generator.i18n import LANGUAGES

OUT = Path(__file__).resolve().parent / "out"
DEFAULT_SIZES = (100, 1000, 5000)


def _markdown_bytes(tree: Path) -> int:
    return sum(path.stat().st_size for path in tree.rglob("*.md"))


def measure_size(projects: int, folder: Path, keep: bool) -> SizeResult:
    print(f"{projects:,} projects: writing the catalogue …", flush=True)
    content = write_catalogue(projects, folder / "content")
    print(f"{projects:,} projects: our pipeline, each MkDocs build followed by the plain "
          "baseline's …", flush=True)
    plain: list[PlainBuild] = []

    def baseline(language: str, md_root: Path) -> None:
        plain.append(build_plain(md_root / language, folder / "plain" / language, language))

    ours = build_stages(content, folder, after_mkdocs=baseline)
    print("  " + ", ".join(f"{stage} {timing.cpu:.1f} s ({timing.wall:.1f} s wall)"
                           for stage, timing in ours.timings.stages.items()), flush=True)
    print("  " + ", ".join(f"plain {build.language} {build.timing.cpu:.1f} s "
                           f"({build.timing.wall:.1f} s wall)" for build in plain), flush=True)
    ours_bytes: dict[str, dict[str, KindBytes]] = {}
    for lang in LANGUAGES:
        others = tuple(other for other in LANGUAGES if other != lang)
        ours_bytes[lang] = bytes_by_kind(html_pages(site_folder(ours.site, lang), others))
    result = SizeResult(
        projects=projects,
        pages={lang: len(list((ours.md_root / lang).rglob("*.md"))) for lang in LANGUAGES},
        markdown_bytes={lang: {"ours": _markdown_bytes(ours.md_root / lang),
                               "plain": _markdown_bytes(folder / "plain" / lang / "docs")}
                        for lang in LANGUAGES},
        stages=dict(ours.timings.stages),
        plain={build.language: build.timing for build in plain},
        ours_bytes=ours_bytes,
        plain_bytes={build.language: bytes_by_kind(html_pages(build.site)) for build in plain})
    if not keep:
        shutil.rmtree(folder, ignore_errors=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES),
                        metavar="N", help="catalogue sizes in projects (100 1000 5000)")
    parser.add_argument("--validate-only", type=int, metavar="N",
                        help="only time validation of N projects (cold and warm)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the catalogues and sites in benchmarks/out/pipeline-N/")
    args = parser.parse_args()
    if any(size < 1 for size in args.sizes) or (args.validate_only or 1) < 1:
        parser.error("sizes must be at least 1 project")
    report = Report(machine=machine())
    if args.validate_only:
        folder = OUT / f"validate-{args.validate_only}"
        print(f"{args.validate_only:,} projects: timing validation …", flush=True)
        report.validation = time_validation(args.validate_only, folder).as_dict()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
        name = f"validate-{args.validate_only}"
    else:
        try:
            for size in args.sizes:
                report.sizes.append(measure_size(size, OUT / f"pipeline-{size}", args.keep))
        except StageFailed as error:
            raise SystemExit(str(error)) from None
        name = "pipeline"
    print()
    print(markdown(report))
    json_path, md_path = save(report, OUT, name)
    print(f"Written to {md_path} and {json_path}")


if __name__ == "__main__":
    main()
