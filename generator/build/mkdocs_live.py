"""MkDocs inside the preview's process, kept between builds (issue #18).

`python -m generator build` runs MkDocs as a program of its own (mkdocs_run.py). The
preview instead keeps one loaded configuration per language and calls MkDocs' own
`build(config, dirty=True)`: MkDocs then reads and renders only the pages whose Markdown
is newer than their HTML, and the writer (writer.py) touches only files whose bytes
changed. That is all this module adds; what counts as a change that needs a full build
is decided by the preview (preview.py).

Between builds of one loaded configuration the theme's templates are compiled once: a
dirty build otherwise spends half its time compiling Material's templates again, since
MkDocs makes a new template environment for every build. The environment of the first
build is handed back through MkDocs' documented `on_env` event (`_KeptTemplates`, a plugin
of the loaded configuration only: mkdocs.yml has none, and `build` uses none). A change to
the theme or mkdocs.yml loads the configuration again (preview.py), and with it a new
environment.

Two things differ from `mkdocs build --strict`, both because of the dirty mode:
- MkDocs' strict mode would count its own warning that a dirty build is running, so the
  warnings are counted here instead, that one left out;
- a page MkDocs does not read has no title, so the menu's titles are written into the
  config (`menu_titles`, read the way MkDocs reads them: `title` in the front matter, else
  the first level-one heading).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import jinja2
import yaml
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files

from generator.build.mkdocs_run import MkDocsResult
from generator.page import Page
from generator.routes import NAV_PAGES

DIRTY_NOTICE = "A 'dirty' build is being performed"
"""The start of MkDocs' warning that a dirty build runs: expected here, not a problem."""


class _Collected(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if not message.startswith(DIRTY_NOTICE):
            self.lines.append(f"{record.levelname}: {message}")


@contextmanager
def _collected_warnings() -> Iterator[_Collected]:
    handler = _Collected()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


class _KeptTemplates(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    """The first build's template environment, for every later build of the same config."""

    def __init__(self) -> None:
        super().__init__()
        self.environment: jinja2.Environment | None = None

    def on_env(self, env: jinja2.Environment, /, *, config: MkDocsConfig,
               files: Files) -> jinja2.Environment:
        if self.environment is None:
            self.environment = env
        return self.environment


class LiveMkDocs:
    """One language's MkDocs configuration, loaded once and rebuilt from."""

    def __init__(self, config_file: Path) -> None:
        self.config_file = config_file
        self._config: MkDocsConfig | None = None
        self._loaded_text: str | None = None

    def stale(self) -> bool:
        """Whether the next build must be a full one: nothing loaded, or the config changed."""
        return (self._config is None
                or self.config_file.read_text(encoding="utf-8") != self._loaded_text)

    def forget(self) -> None:
        """Load the configuration again next time (mkdocs.yml or the theme changed)."""
        self._config = None

    def build(self, site_dir: Path, *, dirty: bool, epoch: int) -> MkDocsResult:
        """Build into `site_dir`; `dirty`: render only pages newer than their HTML.

        A configuration that changed since the last build is loaded again and built in
        full, whatever `dirty` says.
        """
        text = self.config_file.read_text(encoding="utf-8")
        if self._config is None or text != self._loaded_text:
            dirty = False
            self._loaded_text = text
            self._config = None
        # MkDocs reads the timestamp for the sitemap from the environment.
        os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
        with _collected_warnings() as warnings:
            try:
                if self._config is None:
                    self._config = load_config(str(self.config_file), strict=False)
                    self._config.plugins["vta-kept-templates"] = _KeptTemplates()
                self._config.site_dir = str(site_dir.resolve())
                mkdocs_build(self._config, dirty=dirty)
            except (Exception, SystemExit) as error:
                # A broken template or config must not end the preview: it is reported
                # like a failed `mkdocs build`, and the next build starts afresh.
                self._config = None
                return MkDocsResult(False, "\n".join([*warnings.lines, str(error)]).strip())
        if warnings.lines:
            self._config = None
            return MkDocsResult(False, "\n".join(warnings.lines))
        return MkDocsResult(True, "")


def menu_titles(pages: list[Page]) -> dict[str, str]:
    """The title MkDocs would give each page of the menu, by path."""
    menu = {route.path for route in NAV_PAGES}
    titles = {}
    for page in pages:
        if page.path in menu:
            title = _title(page.markdown)
            if title:
                titles[page.path] = title
    return titles


def _title(markdown: str) -> str | None:
    lines = markdown.splitlines()
    if lines and lines[0] == "---" and "---" in lines[1:]:
        end = lines.index("---", 1)
        meta = yaml.safe_load("\n".join(lines[1:end]))
        if isinstance(meta, Mapping) and isinstance(meta.get("title"), str):
            return str(meta["title"])
        lines = lines[end + 1:]
    for line in lines:
        if line.startswith("# "):
            heading = line[2:].strip()
            if heading.endswith("}") and "{" in heading:
                heading = heading[:heading.rindex("{")].strip()
            return heading
    return None
