"""The text checks on their own, without a build: every refused character, every link trick.

Fast enough to try hundreds of inputs. The build-level tests (test_hostile_links.py) show
the same inputs never reach the site; these show each is refused with the right code and
pointing at the right part of the text, and that ordinary text still passes.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from generator.schema.characters import REFUSED_CHARACTERS
from generator.schema.link_targets import is_safe_target, unsafe_rendered_targets
from generator.schema.markdown_links import links
from generator.schema.types import MAX_BRACKETS, Email, MarkdownText, PlainText, Url
from generator.validation.report import visible

PLAIN: TypeAdapter[str] = TypeAdapter(PlainText)
MARKDOWN: TypeAdapter[str] = TypeAdapter(MarkdownText)
REFUSED = {"\u2028": "line_separator", "\u2029": "line_separator", "\x85": "line_separator",
           "\r": "line_separator", "\ufeff": "invisible_character",
           "\u061c": "bidi_character", "\u2060": "invisible_character",
           "\u2061": "invisible_character", "\u2062": "invisible_character",
           "\u2063": "invisible_character", "\u2064": "invisible_character",
           "\u200b": "invisible_character", "\u200d": "invisible_character",
           "\u202e": "bidi_character", "\u2066": "bidi_character", "\u200f": "bidi_character",
           "\x00": "control_character", "\x1b": "control_character", "\x7f": "control_character",
           "\x9b": "control_character"}


def refusal(adapter: TypeAdapter[str], value: str) -> tuple[str, dict[str, object]]:
    with pytest.raises(ValidationError) as caught:
        adapter.validate_python(value)
    [error] = caught.value.errors()
    return error["type"], dict(error.get("ctx") or {})


def every_refused_character() -> list[str]:
    found = []
    for characters in REFUSED_CHARACTERS.values():
        ranges = characters.replace("\\", "")
        index = 0
        while index < len(ranges):
            if index + 2 < len(ranges) and ranges[index + 1] == "-":
                found += [chr(c) for c in range(ord(ranges[index]), ord(ranges[index + 2]) + 1)]
                index += 3
            else:
                found.append(ranges[index])
                index += 1
    return found


@pytest.mark.parametrize(("character", "code"), REFUSED.items(),
                         ids=[f"U+{ord(c):04X}" for c in REFUSED])
@pytest.mark.parametrize("adapter", [PLAIN, MARKDOWN], ids=["plain", "markdown"])
def test_invisible_character_is_refused_by_name(adapter: TypeAdapter[str], character: str,
                                                code: str) -> None:
    found, context = refusal(adapter, f"Vägen{character}vidare")
    assert (found, context["code"], context["culprit"]) == (code, f"{ord(character):04X}",
                                                            character)


def test_every_refused_character_is_spelled_out_in_a_report() -> None:
    """A message quoting the text shows [U+XXXX] where the invisible character is."""
    characters = every_refused_character()
    assert len(characters) > 60
    hidden = [f"U+{ord(c):04X}" for c in characters if f"[U+{ord(c):04X}]" not in visible(c)]
    assert hidden == []


@pytest.mark.parametrize("text", ["Göinge \u2013 ett steg framåt", "Tab\tin Markdown",
                                  "Café naïve 👍 ½ «citat»", "Two\nlines\n\nand a paragraph"])
def test_ordinary_text_passes(text: str) -> None:
    assert MARKDOWN.validate_python(text) == text


REFUSED_MARKDOWN = {
    "[a [b] c](javascript:alert(1))": ("unsafe_link", "javascript:alert(1)"),
    "[a\\]](javascript:alert(1))": ("unsafe_link", "javascript:alert(1)"),
    "[`]`](javascript:alert(1))": ("unsafe_link", "javascript:alert(1)"),
    "[x](<javascript:alert(1)>)": ("unsafe_link", "javascript:alert(1)"),
    "[x]( \n javascript:alert(1))": ("unsafe_link", "javascript:alert(1)"),
    "[x](&#106;avascript:alert(1))": ("encoded_link", "&#106;avascript:alert(1)"),
    "[x](javascript&colon;alert(1))": ("encoded_link", "javascript&colon;alert(1)"),
    "[x](java&Tab;script:alert(1))": ("encoded_link", "java&Tab;script:alert(1)"),
    "[x](\\\\\\\\evil.example/x)": ("unsafe_link", "\\\\\\\\evil.example/x"),
    "[x](//evil.example/x)": ("unsafe_link", "//evil.example/x"),
    "- a\n\n    [r]: javascript:alert(1)": ("unsafe_link", "javascript:alert(1)"),
    "> [r]: <javascript:alert(1)>": ("unsafe_link", "javascript:alert(1)"),
    "[r]:\n   data:text/html,x": ("unsafe_link", "data:text/html,x"),
    "![x][logo]": ("image_not_allowed", "!["),
    "![logo]": ("image_not_allowed", "!["),
    "[![p](https://t.example/p.png)](https://example.org)": ("image_not_allowed", "!["),
    "<https://example.org>": ("angle_link", "<https://example.org>"),
    "Mejla <info@example.org>": ("angle_link", "<info@example.org>"),
    "[x](https://example.org){: href='javascript:alert(1)' }": (
        "unclear_link", "javascript:alert(1)"),
}


@pytest.mark.parametrize(("text", "expected"), REFUSED_MARKDOWN.items(),
                         ids=list(REFUSED_MARKDOWN))
def test_link_trick_is_refused_pointing_at_the_address(text: str,
                                                        expected: tuple[str, str]) -> None:
    code, context = refusal(MARKDOWN, text)
    assert (code, context["culprit"]) == expected


ALLOWED_MARKDOWN = [
    "[Wikipedia](https://sv.wikipedia.org/wiki/Göinge_(härad))",
    "[a](https://example.org/a_(b)_(c)) och (en parentes)",
    "[rapport](https://example.org/r.pdf \"Slutrapport (2021)\")",
    "[oss](mailto:arbete@example.org)", "[sidan](/explore/) och [del](#mal)",
    "[nested [ok]](https://example.org)", "[1]: https://example.org/bakgrund",
    "Se `[x](javascript:alert(1))` som kod", "\\[x](javascript:alert(1))",
    "Pris: 5 kr [inkl. moms]", "&lt;b&gt; &#60;i&#62;", "javascript:alert(1) som text",
]


@pytest.mark.parametrize("text", ALLOWED_MARKDOWN)
def test_safe_links_and_lookalikes_pass(text: str) -> None:
    assert MARKDOWN.validate_python(text) == text


@pytest.mark.parametrize(("url", "safe"), [
    ("https://example.org", True), ("HTTP://example.org", True), ("mailto:a@b.se", True),
    ("/page", True), ("#part", True), ("relative/page", True), ("2019:1", True),
    ("javascript:x", False), (" JaVaScRiPt:x", False), ("java\tscript:x", False),
    ("https:javascript:x", False), ("https://", False), ("//host", False), ("\\\\host", False),
    ("data:text/html,x", False), ("vbscript:x", False), ("file:///etc/passwd", False)])
def test_safe_target(url: str, safe: bool) -> None:
    assert is_safe_target(url) is safe


PIECES = st.sampled_from([
    "[", "]", "(", ")", "<", ">", "!", "\\", "`", " ", "\t", "\n", "\n\n", "    ", "- ", "1. ",
    "> ", "Term\n: ", "!!! note\n    ", "---\n", ":", "x", "{", "}", "*", "_", "|", "\"",
    "[]", "](", "[r]: ", "[r]", "javascript:alert(1)", "https://example.org", "&#106;",
    "&#x6A;", "&colon;", "&Tab;", "&NewLine;"])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=14).map("".join))
def test_scanner_sees_every_link_python_markdown_makes(text: str) -> None:
    """Whatever Python-Markdown would make an image or an unsafe link, the scanner finds
    too, so the reader gets a message that points at it (not the backstop's)."""
    if unsafe_rendered_targets(text):
        assert any(link.image or not is_safe_target(link.target) for link in links(text)), text


@pytest.mark.parametrize(("adapter", "value"), [
    (TypeAdapter(Url), "https://example.org/\u202egpj.exe"),
    (TypeAdapter(Url), "https://exa\u200bmple.org/"),
    (TypeAdapter(Email), "arbete\u2060@example.org")], ids=["url-bidi", "url-zero-width",
                                                          "email-word-joiner"])
def test_addresses_refuse_invisible_characters(adapter: TypeAdapter[str], value: str) -> None:
    code, _ = refusal(adapter, value)
    assert code in ("bidi_character", "invisible_character")


@pytest.mark.parametrize("text", ["[" * 20_000, "[a](" * 5_000, "[x] " * 101],
                         ids=["open-brackets", "open-links", "just-over"])
def test_too_many_brackets_are_refused_before_markdown_reads_them(text: str) -> None:
    """Python-Markdown would take minutes over the first two: the count comes first."""
    code, context = refusal(MARKDOWN, text)
    assert (code, context["limit"]) == ("too_many_brackets", MAX_BRACKETS)


def test_brackets_up_to_the_limit_pass() -> None:
    text = "[x] " * MAX_BRACKETS
    assert MARKDOWN.validate_python(text) == text


def test_scanner_pairs_brackets_and_parentheses_as_counting_does() -> None:
    text = "[a [b] c](https://e.example/(x)) [(](javascript:x) [u](v"
    found = [(link.written, link.start) for link in links(text)]
    assert found == [("https://e.example/(x)", 10), ("javascript:x", 37), ("v", 55)]


@pytest.mark.parametrize("text", ["`" * 19_999, "`a" * 9_999, "``x" * 6_000, "`\n" * 9_999],
                         ids=["backticks", "backtick-letter", "double-backticks", "lines"])
def test_long_rows_of_backticks_are_read_as_ordinary_text(text: str) -> None:
    """A regular expression for code spans backtracks for hours on these; the scanner
    reads them run by run (it would hang this test, not fail it, if it did not)."""
    assert MARKDOWN.validate_python(text) == text


def test_code_spans_hide_brackets_only_inside_one_paragraph() -> None:
    assert [link.written for link in links("`[x](javascript:a)` `b`")] == []
    assert [link.written for link in links("`a\n\n[x](javascript:a)`")] == ["javascript:a"]


@pytest.mark.parametrize("text", ["<" + " " * 19_999, "<" + " \t\n" * 6_000, "< " * 9_999],
                         ids=["spaces", "mixed-space", "pairs"])
def test_a_lone_angle_bracket_before_much_space_is_read_once(text: str) -> None:
    assert MARKDOWN.validate_python(text) == text


def test_many_unclosed_tags_are_refused_at_the_first() -> None:
    code, context = refusal(MARKDOWN, "<a" * 9_999)
    assert (code, context["tag"]) == ("html_not_allowed", "<a")
