"""The build pipeline: validate, generate both Markdown trees, MkDocs twice, swap into place.

Everything is built into a temporary folder beside the output folder and
swapped in only when every step succeeded, so a failed build leaves the
previous site untouched.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, get_args

from generator.build import zensical_run
from generator.build.feedback import BadFeedback, feedback_settings
from generator.build.mkdocs_run import derived_config, run_mkdocs
from generator.build.pagefind import index_site
from generator.build.site_url import BadSiteUrl, language_roots, normalised
from generator.build.writer import WriteReport, write_tree
from generator.catalog import Catalog
from generator.i18n import LANGUAGES, t, templates_of
from generator.page import Page
from generator.routes import FOOTER_PAGES, language_folder, top_folders
from generator.safe_output import shown, shown_lines
from generator.schema import Method, Project
from generator.site.generate import generate_all
from generator.site.incremental import IncrementalPages
from generator.site.script_strings import theme_strings
from generator.tracked import tracked_files
from generator.validation.cache import ValidationCache
from generator.validation.page_paths import page_path_problems
from generator.validation.plausible import RECORD_DATE_FLOOR
from generator.validation.report import format_text, summary
from generator.validation.run import Result, validate

Say = Callable[[str], None]
Engine = Literal["mkdocs", "zensical"]
ENGINES: tuple[Engine, ...] = get_args(Engine)
PostStep = Callable[[Path, str], str | None]
"""A step on the finished site folder, given the language of its messages; returns an
error text to stop the build."""

POST_STEPS: list[tuple[str, PostStep]] = [("pagefind", index_site)]
"""Steps after both MkDocs builds, before the swap."""


@dataclass(frozen=True)
class BuildOptions:
    content: Path = Path("content")
    md_root: Path = Path("build/md")
    site_dir: Path = Path("site")
    project_root: Path = Path(".")
    lang: str = "sv"
    """Language of the progress messages."""
    site_url: str | None = None
    """Public address of the site, if known: canonical links and the sitemap (site_url.py)."""
    engine: Engine = "mkdocs"
    """What builds the HTML: MkDocs + Material, or Zensical (an optional extra)."""


def source_date_epoch(catalog: Catalog) -> int:
    """The newest added/reviewed date in the content: same content, same timestamps."""
    dates = [RECORD_DATE_FLOOR]
    records: list[Project | Method] = [*catalog.projects.values(), *catalog.methods.values()]
    for record in records:
        dates.append(record.added)
        if record.reviewed:
            dates.append(record.reviewed)
    newest = max(dates)
    return int(dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.UTC).timestamp())


@dataclass(frozen=True)
class Generated:
    """What a build writes: both Markdown trees, and what MkDocs needs besides them."""
    trees: dict[str, list[Page]]
    epoch: int
    roots: dict[str, str]
    """Each language's public home address, or empty when it is not known."""
    reused: dict[str, set[str]] = field(default_factory=dict)
    """Per language, the pages that are the same as the last generation's (the preview's)."""


def build(options: BuildOptions, say: Say = print) -> bool:
    """Run every step; print progress and problems; True when the new site is in place."""
    lang = options.lang
    started = time.perf_counter()
    if options.engine == "zensical" and not zensical_run.available():
        say(t(lang, "site.build.engine_missing", engine="Zensical", command=zensical_run.INSTALL))
        return False
    generated = generate(options, say)
    if generated is None:
        return False
    write_trees(options, generated.trees, say)
    work = options.site_dir.with_name(f".{options.site_dir.name}.building-{os.getpid()}")
    shutil.rmtree(work, ignore_errors=True)
    try:
        built = _mkdocs_steps(options, work, generated.epoch, generated.roots, say)
        if not built or not _post_steps(options, work, say):
            return False
        swap(work, options.site_dir)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    say(t(lang, "site.build.done", site=shown(str(options.site_dir)), seconds=_since(started)))
    return True


def generate(options: BuildOptions, say: Say = print, cache: ValidationCache | None = None,
             catalog_of: Callable[[Result], Catalog] | None = None,
             incremental: IncrementalPages | None = None) -> Generated | None:
    """Validate and generate both trees in memory; None (with the problems said) on error.

    `catalog_of` makes the catalogue from the validation's result (the preview keeps the
    records it parsed before); `Result.catalog` by default. `incremental` (the preview's)
    makes again only the pages that can have changed since its last generation.
    """
    lang = options.lang
    started = time.perf_counter()
    try:
        roots = language_roots(normalised(options.site_url)) if options.site_url else {}
    except BadSiteUrl:
        say(t(lang, "site.build.bad_site_url", url=shown(options.site_url or "")))
        return None
    tracked = tracked_files(options.md_root)
    if tracked:
        # Files a pull request forced into the Markdown folder: a link among them would
        # make the build write its pages wherever it points (generator/tracked.py).
        say(t(lang, "site.build.tracked", folder=shown(str(options.md_root)),
              count=len(tracked), example=shown(str(tracked[0]))))
        return None
    try:
        feedback = feedback_settings(options.project_root, lang)
    except BadFeedback as problem:
        say(str(problem))
        return None
    result = validate(options.content, cache=cache)
    if not result.ok:
        say(format_text(result.diagnostics, lang))
        say(summary(result.diagnostics, len(result.files), lang))
        say(t(lang, "site.build.failed_validation"))
        return None
    catalog = catalog_of(result) if catalog_of else result.catalog
    say(t(lang, "site.build.loaded", projects=len(catalog.projects),
          methods=len(catalog.methods), vocabularies=len(catalog.vocabularies),
          seconds=_since(started)))
    reused: dict[str, set[str]] = {}
    if incremental is None:
        trees = generate_all(catalog, feedback=feedback)
    else:
        generation = incremental.generate(catalog, feedback)
        trees, reused = generation.trees, generation.reused
    # The validator reserves the ids of the site's own pages; this catches any other way
    # two pages could land on one address, before anything is written.
    collisions = page_path_problems(trees, catalog, result.id_positions)
    if collisions:
        if incremental is not None:
            incremental.forget()
        say(format_text(collisions, lang))
        say(summary(collisions, len(result.files), lang))
        say(t(lang, "site.build.failed_validation"))
        return None
    return Generated(trees, source_date_epoch(catalog), roots, reused)


def write_trees(options: BuildOptions, trees: dict[str, list[Page]], say: Say = print,
                reused: dict[str, set[str]] | None = None,
                held: dict[str, set[str]] | None = None) -> dict[str, WriteReport]:
    """Write both trees, each file only when its bytes changed; `reused` pages, the same
    as last time, are not even compared; `held`: each tree's paths after the last write
    (writer.write_tree)."""
    reports: dict[str, WriteReport] = {}
    step = time.perf_counter()
    for language, pages in trees.items():
        report = reports[language] = write_tree(pages, options.md_root / language,
                                                (reused or {}).get(language, set()),
                                                (held or {}).get(language))
        say(t(options.lang, "site.build.markdown", lang=language, pages=len(pages),
              written=len(report.written), unchanged=len(report.unchanged),
              deleted=len(report.deleted), seconds=_since(step)))
        step = time.perf_counter()
    return reports


def mkdocs_extra(language: str, roots: dict[str, str]) -> dict[str, object]:
    """What the theme gets in `extra` besides mkdocs.yml's own: its texts and addresses."""
    extra: dict[str, object] = {
        "vta_search": theme_strings(language),
        "vta_theme": templates_of(language, "theme"),
        # The footer's links (theme/partials/copyright.html): addresses from routes.py.
        "vta_footer": {name: route.url for name, route in FOOTER_PAGES.items()},
        # The 404 page finds the site root by these (theme/partials/javascripts/site-root.html).
        "vta_top_folders": top_folders(language)}
    if roots:
        # The theme's hreflang links and sitemap need every language's address.
        extra["vta_language_urls"] = roots
    return extra


def _mkdocs_steps(options: BuildOptions, work: Path, epoch: int, roots: dict[str, str],
                  say: Say) -> bool:
    """`roots`: each language's public home address, or empty when it is not known."""
    for language in LANGUAGES:
        step = time.perf_counter()
        target = work / language_folder(language)
        extra = mkdocs_extra(language, roots)
        if options.engine == "zensical":
            config = zensical_run.flat_config(options.project_root, options.md_root,
                                              language, extra, roots.get(language))
            outcome = zensical_run.run_zensical(config, target, epoch)
        else:
            config = derived_config(options.project_root, options.md_root / language, language,
                                    options.md_root / f"mkdocs.{language}.yml", extra,
                                    site_url=roots.get(language))
            outcome = run_mkdocs(config, target, epoch)
        if not outcome.ok:
            # The engine quotes the generated pages, and so what the records say.
            say(shown_lines(outcome.output))
            say(t(options.lang, f"site.build.failed_{options.engine}", lang=language))
            return False
        say(t(options.lang, f"site.build.{options.engine}", lang=language, seconds=_since(step)))
    return True


def _post_steps(options: BuildOptions, work: Path, say: Say) -> bool:
    for name, run in POST_STEPS:
        step = time.perf_counter()
        error = run(work, options.lang)
        if error:
            say(shown_lines(error))
            say(t(options.lang, "site.build.failed_step", step=name))
            return False
        say(t(options.lang, "site.build.step", step=name, seconds=_since(step)))
    return True


def swap(work: Path, site_dir: Path) -> None:
    """Put the new site in place with two renames; the old one is removed afterwards."""
    old = site_dir.with_name(f".{site_dir.name}.old-{os.getpid()}")
    shutil.rmtree(old, ignore_errors=True)
    if site_dir.exists():
        site_dir.rename(old)
    work.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)


def _since(start: float) -> str:
    return f"{time.perf_counter() - start:.1f}"
