"""Fingerprint of a built site: the sha256 of every file, sorted by path.

`python -m benchmarks.site_manifest OUT` builds the bundled content and a
synthetic catalogue of 300 projects (every page kind, and lists long enough to
be capped) with the real pipeline, and writes `OUT/<name>.site.txt` and
`OUT/<name>.md.txt` (one `sha256  path` line per file of the site and of the
two Markdown trees). It prints one hash per manifest, so two versions of the code
can be compared: a refactoring that changes no output leaves every hash as it was.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
from pathlib import Path

from benchmarks.synthetic import write_catalogue
from generator.build.pipeline import BuildOptions, build
from generator.i18n import LANGUAGES

REPO = Path(__file__).resolve().parent.parent
SYNTHETIC_PROJECTS = 300


def manifest(folder: Path, under: tuple[str, ...] = ("",)) -> str:
    """`sha256  path` for every file under `folder` (or its subfolders `under`), by path."""
    lines = []
    files = {p for sub in under for p in (folder / sub).rglob("*") if p.is_file()}
    for path in sorted(files):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        lines.append(f"{digest}  {path.relative_to(folder).as_posix()}")
    return "\n".join(lines) + "\n"


def built(content: Path, work: Path) -> tuple[Path, Path]:
    """Build `content` into `work/site` (Markdown in `work/md`); the two folders."""
    shutil.rmtree(work, ignore_errors=True)
    output: list[str] = []
    options = BuildOptions(content=content, md_root=work / "md", site_dir=work / "site",
                           project_root=REPO, lang="en")
    if not build(options, say=output.append):
        raise SystemExit("\n".join(output))
    return work / "site", work / "md"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="folder for the builds and the manifests")
    args = parser.parse_args()
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    synthetic = write_catalogue(SYNTHETIC_PROJECTS, out / "synthetic-content")
    for name, content in (("bundled", REPO / "content"), ("synthetic", synthetic)):
        site, markdown = built(content, out / name)
        # The Markdown trees only: the MkDocs configs beside them hold absolute paths.
        for kind, text in (("site", manifest(site)), ("md", manifest(markdown, LANGUAGES))):
            (out / f"{name}.{kind}.txt").write_text(text, encoding="utf-8")
            files = text.count("\n")
            digest = hashlib.sha256(text.encode()).hexdigest()
            print(f"{name:<9} {kind:<4} {files:>5} files  {digest}")


if __name__ == "__main__":
    main()
