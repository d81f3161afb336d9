"""`python -m generator validate [PATH…]`: check records, report every problem at once."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from generator.diagnostics import Diagnostic
from generator.i18n import LANGUAGES
from generator.validation.cache import DEFAULT_CACHE, ValidationCache
from generator.validation.files import available_processors
from generator.validation.report import format_github, format_json, format_text, summary
from generator.validation.run import DEFAULT_CONTENT, collector_paused, validate

Output = list[tuple[str, bool]]
"""What a format prints, in order: each text and whether it goes to standard error."""


def _text(diagnostics: list[Diagnostic], files: int, language: str) -> Output:
    problems = [(format_text(diagnostics, language), False)] if diagnostics else []
    return [*problems, (summary(diagnostics, files, language), False)]


def _github(diagnostics: list[Diagnostic], files: int, language: str) -> Output:
    # Standard output holds only the annotations GitHub reads; the summary is for the log.
    annotations = [(format_github(diagnostics, language), False)] if diagnostics else []
    return [*annotations, (summary(diagnostics, files, language), True)]


def _json(diagnostics: list[Diagnostic], files: int, language: str) -> Output:
    return [(format_json(diagnostics, files, language), False)]


FORMATS: dict[str, Callable[[list[Diagnostic], int, str], Output]] = {
    "text": _text, "github": _github, "json": _json}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "validate", help="check records / kontrollera poster",
        description="Check every record and report every problem at once. Exit 1 on errors.")
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="record files or folders (default: the whole content folder)")
    add_common_options(parser)
    parser.add_argument("--format", choices=tuple(FORMATS), default="text")
    parser.add_argument("--no-cache", action="store_true",
                        help=f"read every file again instead of reusing results kept in "
                             f"{DEFAULT_CACHE}/ for files that have not changed")
    parser.set_defaults(run=run)


def add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, default="sv",
                        help="language of messages (default sv)")
    parser.add_argument("--content", type=Path, default=DEFAULT_CONTENT,
                        help="content folder (default: content)")


def run(args: argparse.Namespace) -> int:
    # Also while the report is written: `collector_paused` explains why.
    with collector_paused():
        return _report(args)


def _report(args: argparse.Namespace) -> int:
    result = validate(args.content, args.paths,
                      cache=None if args.no_cache else ValidationCache(DEFAULT_CACHE),
                      workers=available_processors())
    for text, to_stderr in FORMATS[args.format](result.diagnostics, len(result.files), args.lang):
        print(text, file=sys.stderr if to_stderr else sys.stdout)
    return 0 if result.ok else 1
