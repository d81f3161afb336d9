"""`t` fills every string the same way, with or without parameters; `template` is for the
strings a script in the browser fills in itself."""

from __future__ import annotations

import pytest

from generator import i18n
from generator.i18n import LANGUAGES, strings, t, template


def test_double_braces_are_one_brace_without_parameters() -> None:
    assert t("en", "check.yaml.syntax.unclosed_bracket.message") == \
        "A bracket [ or brace { opened here is never closed."
    assert t("sv", "check.yaml.syntax.unclosed_bracket.fix").startswith(
        "Avsluta listan med ] eller fälten med },")


def test_double_braces_are_one_brace_with_parameters() -> None:
    assert "{…}" in t("en", "check.unclear_link.fix", url="x")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_without_fields_renders(language: str) -> None:
    plain = [key for key, text in strings(language).items() if "{" not in text.replace("{{", "")]
    assert plain
    for key in plain:
        assert "{{" not in t(language, key), key


def test_template_keeps_the_fields_for_the_script() -> None:
    assert template("en", "search.explore.count.other") == "{count} projects match your choices."
    with pytest.raises(KeyError):
        t("en", "search.explore.count.other")


def test_template_falls_back_to_swedish(monkeypatch: pytest.MonkeyPatch) -> None:
    english = dict(strings("en"))
    del english["search.explore.count.other"]
    monkeypatch.setattr(i18n, "strings", lambda language: english if language == "en"
                        else strings(language))
    assert template("en", "search.explore.count.other") == \
        strings("sv")["search.explore.count.other"]
    with pytest.raises(i18n.MissingString):
        template("en", "no.such.key")


def test_strings_for_scripts_have_no_double_braces() -> None:
    """A script replaces `{count}` as written; it would show `{{` as two braces."""
    from generator.site.script_strings import SCRIPT_STRINGS

    doubled = [(language, key) for language in LANGUAGES for key in SCRIPT_STRINGS
               if "{{" in template(language, key) or "}}" in template(language, key)]
    assert doubled == []
