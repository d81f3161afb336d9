"""The safe YAML reader: positions, YAML's surprises, and everything it refuses."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.diagnostics import Severity
from generator.yamlsource import MAX_DEPTH, MAX_FILE_BYTES, MAX_NODES, Document, load


def parse(text: str | bytes) -> Document:
    document, problems = load(text.encode() if isinstance(text, str) else text, "f.yml")
    assert problems == []
    assert document is not None
    return document


def refuse(text: str | bytes) -> tuple[str, int, int]:
    """The single problem that stops `text` from being read: code, line, column."""
    document, problems = load(text.encode() if isinstance(text, str) else text, "f.yml")
    assert document is None
    [problem] = problems
    assert problem.severity is Severity.ERROR
    return problem.code, problem.line, problem.column


# --- positions ------------------------------------------------------------------------

def test_positions_are_one_based_and_point_at_values_and_keys() -> None:
    document = parse("id: x\nname:\n  sv: Vägen\nlist:\n  - a\n  - b\n")
    assert document.positions[("id",)] == (1, 5)
    assert document.key_positions[("id",)] == (1, 1)
    assert document.positions[("name", "sv")] == (3, 7)
    assert document.key_positions[("name", "sv")] == (3, 3)
    assert document.positions[("list", 1)] == (6, 5)
    assert document.positions[()] == (1, 1)


def test_flow_style_positions() -> None:
    document = parse('name: {sv: "Vägen", en: x}\ncodes: ["0136", "1256"]\n')
    assert document.positions[("name", "en")] == (1, 25)
    assert document.positions[("codes", 1)] == (2, 17)


def test_columns_count_characters_not_bytes() -> None:
    document = parse('name: {sv: "Åäö åäö", en: x}\n')
    assert document.positions[("name", "en")] == (1, 27)


def test_windows_line_endings_keep_lines_right() -> None:
    document = parse("id: x\r\nowner: y\r\n")
    assert document.positions[("owner",)] == (2, 8)
    assert document.data == {"id": "x", "owner": "y"}


def test_locate_falls_back_to_the_nearest_enclosing_value() -> None:
    document = parse("period:\n  status: finished\n")
    assert document.locate(("period", "end")) == (2, 3)
    assert document.locate(("period", "end"), key=True) == (1, 1)
    assert document.locate(("period",), key=True) == (1, 1)
    assert document.locate(("nothing", "here")) == (1, 1)


def test_find_points_inside_a_long_text() -> None:
    document = parse("summary:\n  sv: |\n    Rad ett.\n    Rad <b>två</b>.\n")
    assert document.find(("summary", "sv"), "<b>") == (4, 9)
    assert document.find(("summary", "sv"), "<i>") is None
    assert document.find(("summary", "en"), "<b>") is None


# --- what YAML makes of what was typed --------------------------------------------------

def test_yaml_1_1_surprises_are_kept_as_yaml_reads_them() -> None:
    document = parse("a: 0136\nb: yes\nc: on\nd: 2021-06-30\ne: 2021-06\nf: '0136'\ng: 0180\n")
    assert document.data == {"a": 94, "b": True, "c": True, "d": dt.date(2021, 6, 30),
                             "e": "2021-06", "f": "0136", "g": "0180"}


def test_what_was_typed_is_remembered_for_unquoted_values_only() -> None:
    document = parse("a: 0136\nb: '0136'\nc: yes\n")
    assert document.written == {("a",): "0136", ("c",): "yes"}


def test_core_tags_are_allowed() -> None:
    assert parse("a: !!str 0136\nb: !!int '12'\n").data == {"a": "0136", "b": 12}


# --- refused ----------------------------------------------------------------------------

def test_alias_bomb_is_refused_at_the_first_alias_without_expanding() -> None:
    # 30 levels of 10 aliases each would be 10**30 values if expanded.
    levels = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 30)]
    assert refuse("\n".join(levels) + "\n") == ("yaml.alias", 2, 10)


def test_any_alias_is_refused() -> None:
    assert refuse("a: &x {sv: text}\nb: *x\n") == ("yaml.alias", 2, 4)


def test_merge_key_is_refused() -> None:
    assert refuse("a: &x {sv: text}\nb:\n  <<: *x\n")[0] == "yaml.alias"


@pytest.mark.parametrize("tag", ["!!python/object/apply:os.system", "!!python/name:os.system",
                                 "!custom", "!!binary", "!!set"])
def test_custom_and_unsafe_tags_are_refused(tag: str) -> None:
    code, line, column = refuse(f"id: x\nowner: {tag} ['ls']\n")
    assert (code, line, column) == ("yaml.tag", 2, 8)


def test_duplicate_key_is_refused_naming_both_lines() -> None:
    document, [problem] = load(b"id: x\nperiod:\n  end: 2020\n  end: 2021\n", "f.yml")
    assert document is None
    assert (problem.code, problem.line, problem.column, problem.field) == (
        "yaml.duplicate_key", 4, 3, "period.end")
    assert problem.params == {"key": "end", "first_line": 3}


def test_every_tab_in_indentation_is_reported() -> None:
    document, problems = load(b"id: x\nperiod:\n\tstatus: a\n\tend: 2020\n", "f.yml")
    assert document is None
    assert [(p.code, p.line, p.column) for p in problems] == [("yaml.tab", 3, 1),
                                                              ("yaml.tab", 4, 1)]


def test_tab_inside_a_value_is_fine() -> None:
    assert parse('a: "x\\ty"\nb: x\ty\n').data == {"a": "x\ty", "b": "x\ty"}


def test_invalid_utf8_is_located_at_the_bad_byte() -> None:
    # Columns count characters: "name: Vå" is 8 characters (9 bytes) before the bad byte.
    assert refuse("id: x\nname: Vå".encode() + b"\xe4gen\n") == ("file.encoding", 2, 9)


def test_bom_is_a_warning_and_the_file_is_read() -> None:
    document, [problem] = load(b"\xef\xbb\xbfid: x\n", "f.yml")
    assert document is not None and document.data == {"id": "x"}
    assert (problem.code, problem.severity) == ("file.bom", Severity.WARNING)


def test_nul_byte_means_binary() -> None:
    assert refuse(b"id: x\n\x00")[0] == "file.binary"


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n", "~\n", "null\n"])
def test_empty_documents_are_refused(text: str) -> None:
    assert refuse(text) == ("yaml.empty", 1, 1)


def test_second_document_is_refused_but_a_leading_marker_is_fine() -> None:
    assert parse("---\nid: x\n").data == {"id": "x"}
    assert refuse("id: x\n---\nid: y\n") == ("yaml.multiple_documents", 2, 1)


def test_nesting_up_to_the_limit_is_read_and_deeper_is_refused() -> None:
    def nested(depth: int) -> str:
        return "a: " + "[" * (depth - 1) + "]" * (depth - 1) + "\n"
    assert parse(nested(MAX_DEPTH)).data is not None
    assert refuse(nested(MAX_DEPTH + 1))[0] == "yaml.too_deep"


def test_too_many_values_are_refused() -> None:
    assert refuse("a: [" + ", ".join(["1"] * MAX_NODES) + "]\n")[0] == "yaml.too_many_nodes"


def test_list_or_mapping_as_key_is_refused() -> None:
    assert refuse("? [a, b]\n: c\n")[0] == "yaml.complex_key"


def test_too_large_reports_the_real_size_rounded_up() -> None:
    document, [problem] = load(b"a: b\n", "f.yml", size=MAX_FILE_BYTES + 1)
    assert document is None
    assert (problem.code, problem.params) == ("file.too_large", {"size": 257, "limit": 256})


# --- syntax errors explained -------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("title: Rapport: del 1\n", ("yaml.syntax.colon", 1, 15)),
    ('id: x\ntitle: "Rapport\n', ("yaml.syntax.unclosed", 2, 8)),
    ('title: "Rapport\npublisher: "Kommun"\n', ("yaml.syntax.unclosed", 1, 8)),
    ("codes: [\"0136\", \"1256\"\nid: x\n", ("yaml.syntax.unclosed_bracket", 1, 8)),
    ("period:\n  status: a\n end: 2020\n", ("yaml.syntax.indentation", 3, 2)),
    ("summary: |\n  text\nstatus\n", ("yaml.syntax.missing_colon", 3, 1)),
    ("owner: @kommun\n", ("yaml.syntax.reserved_character", 1, 8)),
])
def test_common_syntax_errors_are_named_and_located(text: str,
                                                    expected: tuple[str, int, int]) -> None:
    assert refuse(text) == expected
