"""Every message the validator can give is shown, word for word, by an example under
tests/fixtures/invalid/, so a change to any of them is read in its context before it lands.

A few problems cannot sit in an example file; each is listed here with where it is tested.
"""

from __future__ import annotations

import re

import pytest
from helpers_validation import INVALID, LANGUAGES

from generator.i18n import strings, t

NOT_AN_EXAMPLE_FILE = {
    "file.not_a_file": "a path that is no file (test_validation_files.py)",
    "file.not_yaml": "a file that is not .yml: the examples are (test_validation_files.py)",
    "file.symlink": "git keeps no symbolic links (test_validation_files.py)",
    "file.symlink_folder": "git keeps no symbolic links (hostile/test_hostile_symlinks.py)",
    "cache.tracked": "a cache committed to git (hostile/test_hostile_cache.py)",
    "page_collision": "two generated pages on one address, which no record alone can cause "
                      "once reserved ids are refused (hostile/test_hostile_page_paths.py)",
    "file.too_large": "a file over 256 KiB (test_validation_files.py)",
    "file.unknown_kind": "a record outside a kind folder (test_validation_files.py)",
    "yaml.too_many_nodes": "a file of 20 000 values (test_yamlsource.py)",
    "invalid": "a fallback: no input the schema knows leads to it",
    "pattern": "a fallback: every pattern has a message of its own (test_validation_coverage.py)",
}


def message_pattern(language: str, code: str) -> re.Pattern[str]:
    template = strings(language)[f"check.{code}.message"]
    parts = re.split(r"(\{\w+\})", template.replace("{{", "{").replace("}}", "}"))
    return re.compile("".join(".+?" if re.fullmatch(r"\{\w+\}", part) else re.escape(part)
                              for part in parts))


def codes() -> list[str]:
    return sorted(key.removeprefix("check.").removesuffix(".message")
                  for key in strings("sv") if key.startswith("check.")
                  and key.endswith(".message"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_shown_by_an_example(language: str) -> None:
    shown = "\n".join(path.read_text(encoding="utf-8")
                      for path in INVALID.rglob(f"*.{language}.txt"))
    unshown = [code for code in codes() if code not in NOT_AN_EXAMPLE_FILE
               and not message_pattern(language, code).search(shown)]
    assert unshown == []


def test_the_exceptions_are_real_messages() -> None:
    assert set(NOT_AN_EXAMPLE_FILE) <= set(codes())
    assert t("en", "check.file.not_yaml.message", name="x.txt")
