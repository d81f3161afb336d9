"""Every field of every model is explained in both languages in the generated field
reference (the site's `contribute/fields/` and `python -m generator schema --fields`),
from its docstring; CONTRIBUTING's tables, which add rules and examples, name only real
fields, in the schema's order, and link to the reference.

Convention in CONTRIBUTING: each model has a heading ending in its class name in backticks,
e.g. `### Siffra (`Figure`)`, followed by a table with one row per field:
`| `field` | required? | what it is | example |`. A new field need not have a row there:
the reference has it as soon as the schema does.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.catalog import Catalog
from generator.commands.schema import fields_text
from generator.i18n import LANGUAGES, t
from generator.routes import FIELD_REFERENCE
from generator.schema.walk import is_required, models
from generator.schema.words import in_language
from generator.site.context import Context
from generator.site.lookups.index import build_index
from generator.site.markup import escape
from generator.site.pages.field_reference import field_reference_page

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


def test_every_field_of_every_model_has_a_docstring_in_both_languages() -> None:
    missing = []
    for model in models():
        for field, info in model.model_fields.items():
            swedish, separator, english = " ".join((info.description or "").split()).partition(
                " / ")
            if not (swedish and separator and english):
                missing.append(f"{model.__name__}.{field}")
    assert missing == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_field_is_in_the_generated_reference_with_its_explanation(lang: str) -> None:
    printed = fields_text(lang)
    page = field_reference_page(Context(Catalog(), build_index(Catalog()), lang))
    for model in models():
        assert f"<code>{model.__name__}</code>" in page.markdown
        for field, info in model.model_fields.items():
            explanation = in_language(info.description or "", lang)
            required = t(lang, "site.fields.required" if is_required(model, field)
                         else "site.fields.optional")
            line = f"  {field} ({required}): {explanation}"
            assert line in printed.splitlines(), (model.__name__, field)
            assert f"<code>{escape.text(field)}</code></th><td>" in page.markdown, (
                model.__name__, field)
            assert escape.with_code(explanation) in page.markdown, (model.__name__, field)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_contributing_links_to_the_generated_reference(name: str) -> None:
    text = (REPO / name).read_text(encoding="utf-8")
    assert FIELD_REFERENCE.url in text and "python -m generator schema --fields" in text


@pytest.mark.parametrize("name", DOCUMENTS)
def test_contributing_rows_name_real_fields_in_the_schemas_order(name: str) -> None:
    docs = documented(name)
    assert docs, f"{name}: no field tables found"
    for model in models():
        fields = list(docs.get(model.__name__, {}))
        schema_order = [field for field in model.model_fields if field in fields]
        assert fields == schema_order, (
            f"{name}, {model.__name__}: only the schema's fields, in its order")


@pytest.mark.parametrize("name", DOCUMENTS)
def test_no_section_documents_a_model_that_does_not_exist(name: str) -> None:
    assert set(documented(name)) <= {model.__name__ for model in models()}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_row_says_whether_required_explains_and_gives_an_example(name: str) -> None:
    required_word, optional_word = DOCUMENTS[name]
    docs = documented(name)
    for model in models():
        for field, cells in docs.get(model.__name__, {}).items():
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
