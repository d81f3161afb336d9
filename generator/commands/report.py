"""`python -m generator report`: what the content still needs. Informs; never fails a build."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from generator.commands.new_common import both
from generator.commands.validate import add_common_options
from generator.i18n import t
from generator.reporting.collect import collect
from generator.reporting.render import format_json, format_text
from generator.safe_output import shown
from generator.validation.load import display_path

DEFAULT_STALE_YEARS = 3


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("report", help=both("quality.help.command"),
                                   description=both("quality.help.command"))
    add_common_options(parser)
    parser.add_argument("--stale-years", type=_years, default=DEFAULT_STALE_YEARS, metavar="N",
                        help=both("quality.help.stale_years"))
    parser.add_argument("--today", type=_day, default=None, metavar="YYYY-MM-DD",
                        help=both("quality.help.today"))
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help=both("quality.help.format"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    language: str = args.lang
    if not args.content.is_dir():
        print(t(language, "quality.error.no_content", path=shown(str(args.content))),
              file=sys.stderr)
        return 2
    today: dt.date = args.today or dt.date.today()
    report = collect(args.content, today, args.stale_years)
    content = display_path(args.content)
    if args.format == "json":
        print(format_json(report, content))
    else:
        print(format_text(report, content, language))
    return 0


def _years(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(both("quality.error.stale_years", value=value))
    return int(value)


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(both("quality.error.today", value=value)) from None

