"""`python -m generator new project|method|organisation|term KIND`: start a record from a
template, or add a term to a vocabulary (generator/commands/new_term.py)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from generator.commands import new_term
from generator.commands.new_common import (
    UserError,
    ask_until_valid,
    both,
    checked_id_format,
    checked_name,
    interactive,
    run_reporting,
)
from generator.commands.validate import add_common_options
from generator.i18n import t
from generator.safe_output import shown
from generator.scaffold import KINDS, existing_record, render, suggest_id
from generator.validation.load import display_path


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("new", help=both("new.help.command"),
                                   description=both("new.help.command"))
    parser.add_argument("kind", choices=(*KINDS, *new_term.COMMANDS), help=both("new.help.kind"))
    parser.add_argument("vocabulary", nargs="?", metavar="VOCABULARY",
                        help=both("new.help.vocabulary", kinds=", ".join(new_term.TERM_KINDS)))
    parser.add_argument("--id", dest="record_id", metavar="ID", help=both("new.help.id"))
    parser.add_argument("--name", help=both("new.help.name"))
    new_term.add_options(parser)
    add_common_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    language: str = args.lang
    if args.kind in new_term.COMMANDS:
        return new_term.run(args)
    return run_reporting(language, lambda: _created(args, language))


def _created(args: argparse.Namespace, language: str) -> list[str]:
    if args.vocabulary is not None:
        raise UserError(t(language, "new.error.extra_argument", kind=args.kind,
                          found=args.vocabulary))
    if args.name_en or args.organisation_type or args.broader:
        raise UserError(t(language, "new.error.term_option", kind=args.kind))
    file = display_path(create(args.kind, args.record_id, args.name, args.content, language))
    return [t(language, "new.created", file=file), t(language, "new.next", file=file)]


def create(kind: str, record_id: str | None, name: str | None, content: Path,
           language: str) -> Path:
    if not content.is_dir():
        raise UserError(t(language, "new.error.no_content", path=shown(str(content))))
    if (record_id is None or name is None) and not interactive():
        raise UserError(t(language, "new.error.not_interactive") + "\n"
                        + t(language, "new.error.example", kind=kind))
    folder = content / KINDS[kind]
    if name is None:
        name = ask_until_valid(t(language, f"new.prompt.name.{kind}"),
                               lambda answer: checked_name(answer, language))
    else:
        name = checked_name(name, language)
    if record_id is None:
        suggestion = suggest_id(name)
        record_id = ask_until_valid(
            t(language, "new.prompt.id", suggestion=suggestion),
            lambda answer: _checked_id(answer or suggestion, folder, language))
    else:
        record_id = _checked_id(record_id, folder, language)
    folder.mkdir(exist_ok=True)
    path = folder / f"{record_id}.yml"
    try:
        with path.open("x", encoding="utf-8") as stream:
            stream.write(render(kind, record_id, name, dt.date.today()))
    except FileExistsError:
        raise UserError(_id_taken(path, 1, record_id, language)) from None
    return path


def _checked_id(record_id: str, folder: Path, language: str) -> str:
    checked_id_format(record_id, language)
    if folder.is_dir():
        found = existing_record(folder, record_id)
        if found is not None:
            raise UserError(_id_taken(found[0], found[1], record_id, language))
    return record_id


def _id_taken(path: Path, line: int, record_id: str, language: str) -> str:
    return t(language, "new.error.id_exists", file=shown(display_path(path)), line=line,
             id=record_id)

