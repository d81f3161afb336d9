"""Hostile files and values: odd ids, invisible characters, huge or bomb-shaped YAML,
binary data, links out of the content folder, a folder full of junk.

Each case spoils a copy of the fixture catalogue and runs the real build. It must refuse
with a message naming the file (and the line, for problems inside a file) and leave
the previous site as it was, or succeed with nothing unsafe in the site.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_build import (
    CONTENT,
    base_record,
    content_copy,
    located,
    own_scripts,
    previous_site,
    run_build,
    tree_digest,
    unsafe_markup,
    write_record,
)
from schema_walk import put

Spoil = Callable[[Path], Path]
"""Spoils the content folder; returns the file the report must name."""


def with_value(path: tuple[str | int, ...], value: object) -> Spoil:
    def spoil(content: Path) -> Path:
        record = base_record()
        name = record["id"]
        put(record, path, value)
        return write_record(content, record, name=name)
    return spoil


def raw_file(name: str, data: bytes) -> Spoil:
    def spoil(content: Path) -> Path:
        target = content / "projects" / name
        target.write_bytes(data)
        return target
    return spoil


def alias_bomb() -> bytes:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    return ("id: bomb\n" + "\n".join(lines) + "\n").encode()


def deep_nesting(depth: int) -> bytes:
    return b"id: deep\nname: " + b"[" * depth + b"x" + b"]" * depth + b"\n"


def symlink_out(content: Path) -> Path:
    secret = content.parent / "outside-secret.yml"
    secret.write_text("id: outside-secret\nname: {sv: hemlig}\n", encoding="utf-8")
    link = content / "projects" / "outside-secret.yml"
    link.symlink_to(secret)
    return link


def symlinked_folder_out(content: Path) -> Path:
    outside = content.parent / "outside"
    outside.mkdir()
    (outside / "stolen.yml").write_bytes((CONTENT / "projects" / "sin.yml").read_bytes())
    link = content / "projects" / "outside"
    link.symlink_to(outside, target_is_directory=True)
    return link


def junk_folder(content: Path) -> Path:
    chooser = random.Random(1000)  # fixed seed: the same junk every run
    junk = content / "projects"
    suffixes = [".yml", ".yaml", ".txt", ".md", "", ".yml~", ".swp", ".html", ".YML"]
    for number in range(1000):
        size = chooser.randrange(0, 300)
        name = f"junk-{number:04d}{chooser.choice(suffixes)}"
        if number % 97 == 0:
            name = "." + name
        (junk / name).write_bytes(bytes(chooser.randrange(256) for _ in range(size)))
    return next(junk.glob("junk-*"))


RTL = "\u202e"
CASES: dict[str, tuple[Spoil, bool]] = {
    # name: (spoil, the report must give a line)
    "id-dot-dot": (with_value(("id",), "../../etc/passwd"), True),
    "id-slash": (with_value(("id",), "projects/evil"), True),
    "id-backslash": (with_value(("id",), "..\\evil"), True),
    "id-cyrillic-lookalike": (with_value(("id",), "fixture-complete-pr\u043eject"), True),
    "id-zero-width": (with_value(("id",), "fixture-complete\u200b-project"), True),
    "id-fullwidth": (with_value(("id",), "\uff46ixture-complete-project"), True),
    "reference-dot-dot": (with_value(("owner",), "../organisations"), True),
    "name-rtl-override": (with_value(("name", "sv"), f"Projekt {RTL}gpj.exe"), True),
    "name-zero-width": (with_value(("name", "en"), "Pay\u200bPal"), True),
    "name-bidi-isolate": (with_value(("name", "en"), "a\u2067b\u2069"), True),
    "summary-nul-escape": (with_value(("summary", "sv"), "text\x00more"), True),
    "summary-escape-char": (with_value(("summary", "sv"), "text\x1b[31mred"), True),
    "enormous-name": (with_value(("name", "sv"), "Å" * 100_000), True),
    "enormous-summary": (with_value(("summary", "sv"), "ord " * 60_000), True),
    "enormous-list": (with_value(("target_groups",), ["long-term-unemployed"] * 5000), True),
    "many-partners": (with_value(("partners",), [{"organisation": "arbetsformedlingen"}] * 60),
                      True),
    "alias-bomb": (raw_file("bomb.yml", alias_bomb()), True),
    "deep-nesting": (raw_file("deep.yml", deep_nesting(5000)), True),
    "moderate-nesting": (raw_file("nested.yml", deep_nesting(40)), True),
    "binary": (raw_file("binary.yml", bytes(range(256)) * 8), True),
    "invalid-utf8": (raw_file("latin1.yml", "id: latin1\nname: {sv: Göinge}\n".encode("latin-1")),
                     True),
    "utf16": (raw_file("utf16.yml", "id: utf16\n".encode("utf-16")), True),
    "huge-file": (raw_file("huge.yml", b"id: huge\n" + b"# padding\n" * 200_000), True),
    "python-tag": (raw_file("tag.yml", b"id: tag\nname: !!python/object/apply:os.system [ls]\n"),
                   True),
    # Records that validated and then broke every build, or replaced a page (issue #11).
    "id-index": (with_value(("id",), "index"), True),
    "added-2206": (with_value(("added",), dt.date(2206, 11, 23)), True),
    "added-end-of-time": (with_value(("added",), dt.date(9999, 12, 31)), True),
    "source-retrieved-year-1": (with_value(("sources", 0, "retrieved"), dt.date(1, 1, 1)), True),
    "budget-beyond-float": (with_value(("budget", "total"), 10**400), True),
    "relative-md-link": (with_value(("summary", "sv"), "Se [rapporten](rapport.md)."), True),
    "nested-list-markers": (with_value(("summary", "sv"), "- " * 600 + "x"), True),
    "nested-definitions": (with_value(("description", "sv"), "Term\n" + ": " * 600 + "x"),
                           True),
    "nested-emphasis": (with_value(("summary", "en"), "*a " * 900 + "x"), True),
    "symlink-out": (symlink_out, False),
    "symlinked-folder-out": (symlinked_folder_out, False),
    "junk-folder": (junk_folder, False),
}


@pytest.mark.parametrize("spoil, with_line", CASES.values(), ids=CASES.keys())
def test_hostile_file(tmp_path: Path, built_site: Path, spoil: Spoil, with_line: bool) -> None:
    site = previous_site(tmp_path)
    before = tree_digest(site)
    content = content_copy(tmp_path)
    named = spoil(content)
    outcome = run_build(tmp_path, content)
    if outcome.code == 1:
        assert located(outcome.output, named, with_line=with_line), outcome.output[-3000:]
        assert tree_digest(site) == before, "a failed build must not touch the site"
    else:
        assert outcome.code == 0, outcome.output[-3000:]
        assert unsafe_markup(outcome.site, own_scripts(built_site)) == []
        assert "outside-secret" not in " ".join(p.name for p in outcome.site.rglob("*"))
