"""`python -m generator schema`: print or write the JSON Schema of the records, or print
the field reference (every field, from the schema's own words)."""

from __future__ import annotations

import argparse
from pathlib import Path

from generator.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from generator.schema.export import SCHEMA_NAMES, json_schema_text
from generator.schema.reference import ModelDoc, field_reference

SCHEMA_FOLDER = Path("schema")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "schema", help="export JSON Schema / exportera JSON Schema",
        description="Print the JSON Schema of one record kind, or write all of them, "
                    "or print the field reference.")
    parser.add_argument("name", nargs="?", choices=SCHEMA_NAMES, default="project")
    parser.add_argument("--write", type=Path, nargs="?", const=SCHEMA_FOLDER, metavar="DIR",
                        help=f"write every schema to DIR (default {SCHEMA_FOLDER}/)")
    parser.add_argument("--fields", action="store_true",
                        help="print every field of every record kind / skriv ut fältreferensen")
    parser.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE,
                        help=f"language of the field reference (default {DEFAULT_LANGUAGE})")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.fields:
        print(fields_text(args.lang), end="")
        return 0
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


def fields_text(lang: str) -> str:
    """The field reference as plain text: each model, then one line per field."""
    return "\n".join(_model_text(model, lang) for model in field_reference(lang))


def _model_text(model: ModelDoc, lang: str) -> str:
    lines = [f"{model.name}: {model.description}"]
    for field in model.fields:
        required = t(lang, "site.fields.required" if field.required else "site.fields.optional")
        lines.append(f"  {field.name} ({required}): {field.description}")
    return "\n".join(lines) + "\n"
