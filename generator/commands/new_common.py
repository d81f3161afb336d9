"""What every `new` subcommand shares: refusals as messages, questions in a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable

from pydantic import TypeAdapter, ValidationError

from generator.i18n import t
from generator.ids import MAX_ID_LENGTH, suggest_id
from generator.safe_output import shown
from generator.scaffold import is_valid_id
from generator.schema.types import PlainText

_NAME = TypeAdapter(PlainText)


class UserError(Exception):
    """A mistake the contributor can fix; shown as a message, never a traceback."""


def both(key: str, **params: object) -> str:
    """Text in both languages, for argparse: it speaks before `--lang` is known."""
    return f"{t('sv', key, **params)} / {t('en', key, **params)}"


def run_reporting(language: str, create: Callable[[], list[str]]) -> int:
    """Run `create`, which returns the lines to print once it has written its file; a
    refusal or a cancelled question becomes a message and an exit code, never a traceback."""
    try:
        lines = create()
    except UserError as error:
        print(error, file=sys.stderr)
        return 2
    except EOFError:
        print("\n" + t(language, "new.cancelled"), file=sys.stderr)
        return 130
    for line in lines:
        print(line)
    return 0


def interactive() -> bool:
    return sys.stdin.isatty()


def ask_until_valid(prompt: str, check: Callable[[str], str]) -> str:
    while True:
        try:
            return check(input(prompt).strip())
        except UserError as error:
            print(error, file=sys.stderr)


def checked_name(name: str, language: str) -> str:
    try:
        return _NAME.validate_python(name)
    except ValidationError:
        raise UserError(t(language, "new.error.name")) from None


def checked_id_format(record_id: str, language: str) -> str:
    """`record_id` if the schema accepts it as an id; else why not, with a suggestion."""
    if is_valid_id(record_id):
        return record_id
    message = t(language, "new.error.id_format", id=shown(record_id), limit=MAX_ID_LENGTH)
    suggestion = suggest_id(record_id)
    if suggestion and suggestion != record_id:
        message += "\n" + t(language, "new.error.id_suggestion", suggestion=suggestion)
    raise UserError(message)
