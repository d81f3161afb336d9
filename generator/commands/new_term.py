"""`python -m generator new organisation` and `new term KIND`: add a vocabulary entry.

A project often names an organisation or a target group the catalogue lacks. This writes
the entry with the id rule applied (`Föreningen Nya Vägar` -> `foreningen-nya-vagar`), after
checking that it is not there already, municipalities included (each is an organisation
already), and that the file reads back as a valid vocabulary with the entry added.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from generator.commands.new_common import (
    UserError,
    ask_until_valid,
    both,
    checked_id_format,
    checked_name,
    interactive,
    run_reporting,
)
from generator.commands.new_vocabulary import Vocabulary, read_vocabulary
from generator.i18n import t
from generator.ids import folded, suggest_id
from generator.safe_output import shown
from generator.scaffold.terms import NewTerm, appended, new_file_text
from generator.schema.vocabulary import LABEL_KINDS
from generator.validation.load import display_path

COMMANDS = ("organisation", "term")
OFFICIAL_LISTS = ("municipalities", "counties")
"""Complete official lists: nothing to add."""
TERM_KINDS = tuple(kind for kind in (*LABEL_KINDS, "organisations") if kind not in OFFICIAL_LISTS)


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name-en", metavar="NAME", help=both("new.help.name_en"))
    parser.add_argument("--type", dest="organisation_type", metavar="TYPE",
                        help=both("new.help.type"))
    parser.add_argument("--broader", action="append", default=[], metavar="ID",
                        help=both("new.help.broader"))


def run(args: argparse.Namespace) -> int:
    language: str = args.lang
    return run_reporting(language, lambda: _created(args, language))


def _created(args: argparse.Namespace, language: str) -> list[str]:
    kind = "organisations" if args.kind == "organisation" else _kind(args.vocabulary, language)
    path, term = create(kind, args, language)
    file = display_path(path)
    lines = [t(language, "new.term.created", file=file, id=term.term_id,
               name=shown(term.swedish))]
    if not term.english:
        lines.append(t(language, "new.term.add_english", file=file))
    return [*lines, t(language, "new.term.next", id=term.term_id)]


def create(kind: str, args: argparse.Namespace, language: str) -> tuple[Path, NewTerm]:
    content: Path = args.content
    if not content.is_dir():
        raise UserError(t(language, "new.error.no_content", path=shown(str(content))))
    vocabulary = read_vocabulary(content, kind, language)
    if args.name is None and not interactive():
        raise UserError(t(language, "new.error.term_not_interactive") + "\n"
                        + t(language, "new.error.term_example", command=_command(kind)))
    name = checked_name(args.name, language) if args.name is not None else ask_until_valid(
        t(language, "new.prompt.name.term"), lambda answer: checked_name(answer, language))
    english = checked_name(args.name_en, language) if args.name_en else None
    term_id = checked_id_format(args.record_id or suggest_id(name), language)
    _refuse_existing(vocabulary, term_id, name, language)
    term = NewTerm(kind, term_id, name, english, _organisation_type(kind, args, vocabulary,
                                                                      language),
                   _broader(args.broader, vocabulary, language))
    text = appended(vocabulary.text, term) if vocabulary.path.exists() else new_file_text(term)
    vocabulary.check_written(text, term)
    vocabulary.path.parent.mkdir(parents=True, exist_ok=True)
    vocabulary.path.write_text(text, encoding="utf-8")
    return vocabulary.path, term


def _kind(vocabulary: str | None, language: str) -> str:
    if vocabulary in OFFICIAL_LISTS:
        raise UserError(t(language, "new.error.official_list", kind=vocabulary))
    if vocabulary not in TERM_KINDS:
        raise UserError(t(language, "new.error.term_kind", found=shown(vocabulary or ""),
                          kinds=", ".join(TERM_KINDS)))
    return vocabulary


def _command(kind: str) -> str:
    return "organisation" if kind == "organisations" else f"term {kind}"


def _refuse_existing(vocabulary: Vocabulary, term_id: str, name: str, language: str) -> None:
    for existing_id, (swedish, derived) in vocabulary.terms.items():
        if existing_id == term_id or folded(swedish) == folded(name):
            key = "new.error.term_derived" if derived else "new.error.term_exists"
            raise UserError(t(language, key, id=existing_id, name=shown(swedish),
                              file=display_path(vocabulary.path)))


def _organisation_type(kind: str, args: argparse.Namespace, vocabulary: Vocabulary,
                       language: str) -> str | None:
    if kind != "organisations":
        return None
    types = vocabulary.organisation_types
    listed = ", ".join(types)

    def check(answer: str) -> str:
        if answer not in types:
            raise UserError(t(language, "new.error.type", found=shown(answer), types=listed))
        return answer

    if args.organisation_type is not None:
        return check(args.organisation_type)
    if not interactive():
        raise UserError(t(language, "new.error.type_missing", types=listed))
    return ask_until_valid(t(language, "new.prompt.type", types=listed), check)


def _broader(wanted: list[str], vocabulary: Vocabulary, language: str) -> tuple[str, ...]:
    unknown = [term_id for term_id in wanted if term_id not in vocabulary.terms]
    if unknown:
        raise UserError(t(language, "new.error.broader", found=shown(", ".join(unknown)),
                          file=display_path(vocabulary.path)))
    if wanted and vocabulary.kind not in LABEL_KINDS:
        raise UserError(t(language, "new.error.broader_kind", kind=vocabulary.kind))
    return tuple(dict.fromkeys(wanted))
