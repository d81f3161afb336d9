"""Numbers YAML read as text: which mistake it was, and the value to write instead."""

from __future__ import annotations

import pytest

from generator.validation.number_text import number_text_problem


@pytest.mark.parametrize(("expected", "found", "quoted", "answer"), [
    ("whole_number", "29 090 968", False, ("number_with_spaces", "29090968")),
    ("whole_number", "1\u00a0200", False, ("number_with_spaces", "1200")),
    ("whole_number", "1\u202f200", False, ("number_with_spaces", "1200")),
    ("number", "12 500,5", False, ("number_with_spaces", "12500.5")),
    ("number", "16,7", False, ("decimal_comma", "16.7")),
    ("number", "17 %", False, ("percent_sign", "17")),
    ("number", "17%", True, ("percent_sign", "17")),
    ("whole_number", "120", True, ("wrong_type_unquote", "120")),
    ("whole_number", "1 200", True, ("wrong_type_unquote", "1200")),
    ("whole_number", "12,5", False, None),
    ("whole_number", "ungefär 40", False, None),
    ("whole_number", "1 200,5", False, None),
])
def test_the_mistake_and_its_correction(expected: str, found: str, quoted: bool,
                                        answer: tuple[str, str] | None) -> None:
    assert number_text_problem(expected, found, quoted) == answer
