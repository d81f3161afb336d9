"""`python -m generator new project|method`: start a record from a template."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from generator.commands.validate import add_common_options
from generator.i18n import t
from generator.safe_output import shown
from generator.scaffold import (
    KINDS,
    MAX_ID_LENGTH,
    existing_record,
    is_valid_id,
    render,
    suggest_id,
)
from generator.schema.types import PlainText
from generator.validation.load import display_path

_NAME = TypeAdapter(PlainText)


class UserError(Exception):
    """A mistake the contributor can fix; shown as a message, never a traceback."""


def both(key: str, **params: object) -> str:
    """Text in both languages, for argparse: it speaks before `--lang` is known."""
    return f"{t('sv', key, **params)} / {t('en', key, **params)}"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("new", help=both("new.help.command"),
                                   description=both("new.help.command"))
    parser.add_argument("kind", choices=tuple(KINDS), help=both("new.help.kind"))
    parser.add_argument("--id", dest="record_id", metavar="ID", help=both("new.help.id"))
    parser.add_argument("--name", help=both("new.help.name"))
    add_common_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    language: str = args.lang
    try:
        path = create(args.kind, args.record_id, args.name, args.content, language)
    except UserError as error:
        print(error, file=sys.stderr)
        return 2
    except EOFError:
        print("\n" + t(language, "new.cancelled"), file=sys.stderr)
        return 130
    file = display_path(path)
    print(t(language, "new.created", file=file))
    print(t(language, "new.next", file=file))
    return 0


def create(kind: str, record_id: str | None, name: str | None, content: Path,
           language: str) -> Path:
    if not content.is_dir():
        raise UserError(t(language, "new.error.no_content", path=shown(str(content))))
    interactive = sys.stdin.isatty()
    if (record_id is None or name is None) and not interactive:
        raise UserError(t(language, "new.error.not_interactive") + "\n"
                        + t(language, "new.error.example", kind=kind))
    folder = content / KINDS[kind]
    if name is None:
        name = _ask_until_valid(t(language, f"new.prompt.name.{kind}"),
                                lambda answer: _checked_name(answer, language))
    else:
        name = _checked_name(name, language)
    if record_id is None:
        suggestion = suggest_id(name)
        record_id = _ask_until_valid(
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


def _ask_until_valid(prompt: str, check: Callable[[str], str]) -> str:
    while True:
        try:
            return check(input(prompt).strip())
        except UserError as error:
            print(error, file=sys.stderr)


def _checked_name(name: str, language: str) -> str:
    try:
        return _NAME.validate_python(name)
    except ValidationError:
        raise UserError(t(language, "new.error.name")) from None


def _checked_id(record_id: str, folder: Path, language: str) -> str:
    if not is_valid_id(record_id):
        message = t(language, "new.error.id_format", id=shown(record_id), limit=MAX_ID_LENGTH)
        suggestion = suggest_id(record_id)
        if suggestion and suggestion != record_id:
            message += "\n" + t(language, "new.error.id_suggestion", suggestion=suggestion)
        raise UserError(message)
    if folder.is_dir():
        found = existing_record(folder, record_id)
        if found is not None:
            raise UserError(_id_taken(found[0], found[1], record_id, language))
    return record_id


def _id_taken(path: Path, line: int, record_id: str, language: str) -> str:
    return t(language, "new.error.id_exists", file=shown(display_path(path)), line=line,
             id=record_id)

