"""`python -m generator validate | build | serve | new | report | schema`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from generator.commands import build, new, report, schema, serve, validate

COMMANDS = [validate, build, serve, schema, new, report]


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="python -m generator",
        description="Vägar till arbete / Paths to Work: validate records and build the site.")
    subparsers = root.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
