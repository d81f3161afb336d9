"""Our build pipeline, one stage at a time, with the time each stage took.

Calls the generator's own functions in the order generator/build/pipeline.py does
(validate, generate and write both Markdown trees, MkDocs for Swedish and for
English, Pagefind), so what is timed is what `python -m generator build` runs,
without the final swap into place.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

from benchmarks.clock import Timing, timed
from generator.build.mkdocs_run import derived_config, run_mkdocs
from generator.build.pagefind import index_site
from generator.build.pipeline import source_date_epoch
from generator.build.writer import write_tree
from generator.catalog import Catalog
from generator.i18n import LANGUAGES
from generator.routes import language_folder
from generator.site.generate import generate_all
from generator.site.script_strings import theme_strings
from generator.validation.run import validate

REPO = Path(__file__).resolve().parent.parent
STAGES = ("validate", "markdown", "mkdocs sv", "mkdocs en", "pagefind")

T = TypeVar("T")


class StageFailed(Exception):
    """A stage of the real pipeline failed; the message says which and why."""


@dataclass
class Timings:
    stages: dict[str, Timing] = field(default_factory=dict)

    def run(self, stage: str, action: Callable[[], T]) -> T:
        outcome, self.stages[stage] = timed(action)
        return outcome


@dataclass(frozen=True)
class SiteBuild:
    timings: Timings
    md_root: Path
    """build/md-style folder with one Markdown tree per language."""
    site: Path
    """The Swedish site at the root, English in en/, Pagefind's bundle in pagefind/."""


def site_folder(site: Path, lang: str) -> Path:
    """Where a language's build goes: Swedish at the root, the others beside it by code."""
    return site / language_folder(lang)


def _validated_catalog(content: Path) -> Catalog:
    """Validation as the build uses it, up to the catalogue of models it goes on with."""
    result = validate(content)
    if not result.ok:
        raise StageFailed(f"validation of {content} failed ({len(result.diagnostics)} problems)")
    return result.catalog


def write_markdown_trees(catalog: Catalog, md_root: Path) -> None:
    """Generate both languages' pages and write them, as `generator build` does."""
    for language, pages in generate_all(catalog).items():
        write_tree(pages, md_root / language)


def build_stages(content: Path, work: Path,
                 after_mkdocs: Callable[[str, Path], None] | None = None) -> SiteBuild:
    """Build `content` into `work` (md/ and site/), timing every stage.

    `after_mkdocs(language, md_root)` runs (untimed) right after each MkDocs
    build: the baseline is built there, so both see the same load on a shared
    machine.
    """
    md_root, site = work / "md", work / "site"
    for stale in (md_root, site):
        shutil.rmtree(stale, ignore_errors=True)
    timings = Timings()
    catalog = timings.run("validate", partial(_validated_catalog, content))

    timings.run("markdown", partial(write_markdown_trees, catalog, md_root))
    epoch = source_date_epoch(catalog)
    for language in LANGUAGES:
        config = derived_config(REPO, md_root / language, language,
                                md_root / f"mkdocs.{language}.yml",
                                {"vta_search": theme_strings(language)})
        target = site_folder(site, language)
        outcome = timings.run(f"mkdocs {language}", partial(run_mkdocs, config, target, epoch))
        if not outcome.ok:
            raise StageFailed(f"mkdocs build ({language}) failed:\n{_tail(outcome.output)}")
        if after_mkdocs:
            after_mkdocs(language, md_root)
    error = timings.run("pagefind", lambda: index_site(site, "en"))
    if error:
        raise StageFailed(f"pagefind failed: {error}")
    return SiteBuild(timings, md_root, site)


def _tail(output: str, lines: int = 30) -> str:
    """MkDocs lists every page left out of the nav; the cause is at the end."""
    return "\n".join(output.splitlines()[-lines:])
