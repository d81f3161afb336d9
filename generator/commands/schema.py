"""`python -m generator schema`: print or write the JSON Schema of the records."""

from __future__ import annotations

import argparse
from pathlib import Path

from generator.schema.export import SCHEMA_NAMES, json_schema_text

SCHEMA_FOLDER = Path("schema")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "schema", help="export JSON Schema / exportera JSON Schema",
        description="Print the JSON Schema of one record kind, or write all of them.")
    parser.add_argument("name", nargs="?", choices=SCHEMA_NAMES, default="project")
    parser.add_argument("--write", type=Path, nargs="?", const=SCHEMA_FOLDER, metavar="DIR",
                        help=f"write every schema to DIR (default {SCHEMA_FOLDER}/)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.write is None:
        print(json_schema_text(args.name), end="")
        return 0
    args.write.mkdir(parents=True, exist_ok=True)
    for name in SCHEMA_NAMES:
        target = args.write / f"{name}.schema.json"
        text = json_schema_text(name)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
    return 0
