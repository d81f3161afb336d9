"""CONTRIBUTING documents every field of every model, in both languages.

Convention: each model has a heading ending in its class name in backticks, e.g.
`### Siffra (`Figure`)`, followed by a table with one row per field:
`| `field` | required? | what it is | example |`. Adding a field to the schema
without a row in both files fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.schema.walk import is_required, models

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "tests" / "fixtures" / "catalogue"
"""The records the examples were taken from, as they were then: contributors edit content/,
so the guide's quotations are checked against this frozen copy."""
# File name -> the words its "required" column starts with (yes, no).
DOCUMENTS = {"CONTRIBUTING.md": ("ja", "nej"), "CONTRIBUTING.en.md": ("yes", "no")}
MODEL_HEADING = re.compile(r"^#{2,4} .*\(`(\w+)`\)\s*$")
FIELD_ROW = re.compile(r"^\|\s*`(\w+)`\s*\|(.*)\|\s*$")


def without_code_blocks(markdown: str) -> str:
    return re.sub(r"^```.*?^```", "", markdown, flags=re.S | re.M)


def documented(name: str) -> dict[str, dict[str, list[str]]]:
    """Model -> field -> the other cells of its row."""
    text = without_code_blocks((REPO / name).read_text(encoding="utf-8"))
    found: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    for line in text.splitlines():
        heading = MODEL_HEADING.match(line)
        if heading:
            assert heading[1] not in found, f"{name}: {heading[1]} documented twice"
            current = found[heading[1]] = {}
        elif line.startswith("#"):
            current = None
        elif current is not None and (row := FIELD_ROW.match(line)):
            current[row[1]] = [cell.strip() for cell in row[2].split("|")]
    return found


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_field_of_every_model_is_documented(name: str) -> None:
    docs = documented(name)
    for model in models():
        assert model.__name__ in docs, f"{name}: no section for {model.__name__}"
        fields = docs[model.__name__]
        assert list(fields) == list(model.model_fields), (
            f"{name}, {model.__name__}: document exactly the schema's fields, in its order")


@pytest.mark.parametrize("name", DOCUMENTS)
def test_no_section_documents_a_model_that_does_not_exist(name: str) -> None:
    assert set(documented(name)) <= {model.__name__ for model in models()}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_row_says_whether_required_explains_and_gives_an_example(name: str) -> None:
    required_word, optional_word = DOCUMENTS[name]
    docs = documented(name)
    for model in models():
        for field, cells in docs[model.__name__].items():
            assert len(cells) == 3 and all(cells), (model.__name__, field, cells)
            expected = required_word if is_required(model, field) else optional_word
            assert re.split(r"[\s,]", cells[0])[0] == expected, (model.__name__, field, cells[0])
            assert "`" in cells[2], (model.__name__, field, "example should show YAML")


@pytest.mark.parametrize("name", DOCUMENTS)
def test_examples_come_from_real_records_or_say_they_are_invented(name: str) -> None:
    invented = "påhittat" if name == "CONTRIBUTING.md" else "invented"
    real_files = {path.name for path in EXAMPLES.rglob("*.yml")}
    for model, fields in documented(name).items():
        for field, cells in fields.items():
            example = cells[2]
            cited = set(re.findall(r"[\w-]+\.yml", re.sub(r"`[^`]*`", "", example)))
            assert example.startswith(invented) or cited, (model, field, example)
            assert cited <= real_files, (model, field, sorted(cited - real_files))


@pytest.mark.parametrize("name", DOCUMENTS)
def test_quoted_example_text_really_is_in_the_cited_record(name: str) -> None:
    files = {path.name: path.read_text(encoding="utf-8")
             for path in EXAMPLES.rglob("*.yml")}
    for model, fields in documented(name).items():
        for field, cells in fields.items():
            cited = re.findall(r"[\w-]+\.yml", re.sub(r"`[^`]*`", "", cells[2]))
            if not cited or cited[0] not in files:
                continue
            for quoted in re.findall(r'"([^"]+)"', "".join(re.findall(r"`([^`]*)`", cells[2]))):
                text = quoted.removesuffix(" …").removesuffix("…")
                assert text in files[cited[0]], (model, field, cited[0], text)
