"""The contribution form's inputs, one per field of the content model (lookups/form_model.py).

Every field is an element with `data-key` (its YAML key) and `data-kind`; the
script (record-form.js) reads the record from these elements in document order,
which is the model's order. Items of a list come from a `<template>`; the marker
`ITEM` in their ids is replaced by a number when an item is added, so that every
label, help text and error message stays tied to its own input. Each input is
described (`aria-describedby`) by its help text and by its error message.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from generator.schema.words import in_language
from generator.site.context import Context
from generator.site.lookups.form_model import SOURCE_REFERENCE, FormField
from generator.site.markup import escape

ITEM = "ITEM"
"""Stands for an item's number in the ids inside a list's template."""
INPUT_KINDS = {"date": "text", "integer": "text", "number": "text", "partial_date": "text",
               "string": "text", "code": "text", "ref": "text"}
"""Text inputs throughout: a date input is four tab stops and shows dates in the browser's
format; YYYY-MM-DD is what the validator wants, and what the help says. A number typed
wrongly stays visible, for the check to name, instead of becoming empty."""
INPUT_MODES = {"integer": "numeric", "number": "decimal"}


def joined(parts: Iterable[str]) -> str:
    """Lines of one raw HTML block: no blank line may end it before its closing tag."""
    return "\n".join(part for part in parts if part)


def field_id(field: FormField) -> str:
    return "vta-f-" + "-".join(ITEM if step == "*" else step for step in field.path)


def list_id(vocabulary: str) -> str:
    return f"vta-list-{vocabulary}"


def fields_html(ctx: Context, fields: tuple[FormField, ...]) -> str:
    return joined(field_html(ctx, field) for field in fields)


def field_html(ctx: Context, field: FormField) -> str:
    if field.kind == "group":
        return _group(ctx, field)
    if field.kind == "list":
        return _list(ctx, field)
    if field.kind in ("refs", "codes"):
        return _refs(ctx, field)
    return _scalar(ctx, field)


def _data(field: FormField) -> str:
    attributes = {"data-key": field.key, "data-kind": field.kind, "data-path": ".".join(
        field.path)}
    if field.required:
        attributes["data-required"] = ""
    if field.default is not None:
        attributes["data-default"] = str(field.default)
    low, high = field.bounds
    if low is not None:
        attributes["data-min"] = _number(low)
    if high is not None:
        attributes["data-max"] = _number(high)
    if field.max_length is not None:
        attributes["data-max-length"] = str(field.max_length)
    if field.max_items is not None:
        attributes["data-max-items"] = str(field.max_items)
    if field.pattern is not None:
        attributes["data-pattern"] = field.pattern
    return "".join(f' {name}="{escape.attribute(value)}"' if value else f" {name}"
                   for name, value in attributes.items())


def _number(value: Any) -> str:
    return json.dumps(value)


def _short(doc: str) -> str:
    """A docstring's first clause, without a closing remark in brackets: the label."""
    # A sentence ends at ". " before a capital, not inside "t.ex. "1256"" or "e.g. `s1`".
    first = re.split(r"\.\s+(?=[A-ZÅÄÖ])|; ", doc, maxsplit=1)[0].rstrip(".")
    return re.sub(r" \([^()]*\)$", "", first)


def _what(ctx: Context, field: FormField) -> str:
    """What a list or a choice of terms is called in buttons and legends: the field's label,
    or the start of its documentation, rather than its YAML key."""
    return in_language(field.title, ctx.lang) if field.title else _short(field.doc_in(ctx.lang))


def _name(ctx: Context, field: FormField) -> str:
    """What a label says: the start of the field's documentation, its YAML key, and whether
    it is required."""
    required = (f' <span class="vta-form__required">({ctx.t("contribute.required")})</span>'
                if field.required else "")
    short = _short(field.doc_in(ctx.lang))
    return f"{_doc_html(short)} <code>{escape.text(field.key)}</code>{required}"


def _help(ctx: Context, field: FormField) -> str:
    """The whole documentation when the label shows only its start, and how to choose."""
    doc = field.doc_in(ctx.lang)
    texts = [_doc_html(doc)] if doc.rstrip(".") != _short(doc) else []
    if field.vocabulary == SOURCE_REFERENCE:
        texts.append(ctx.t("contribute.source_hint"))
    elif field.kind == "ref":
        texts.append(ctx.t("contribute.pick_hint"))
    if not texts:
        return ""
    return f'<p class="vta-form__help" id="{field_id(field)}-help">{" ".join(texts)}</p>'


def _doc_html(doc: str) -> str:
    """A docstring's text, with `code` in backticks as <code>."""
    parts = doc.split("`")
    return "".join(f"<code>{escape.text(part)}</code>" if index % 2 else escape.text(part)
                   for index, part in enumerate(parts))


def _described_by(field: FormField, help_html: str) -> str:
    ids = ([f"{field_id(field)}-help"] if help_html else []) + [f"{field_id(field)}-error"]
    return " ".join(ids)


def _error(field: FormField) -> str:
    return f'<p class="vta-form__error" id="{field_id(field)}-error" data-error hidden></p>'


def _group(ctx: Context, field: FormField) -> str:
    help_html = _help(ctx, field)
    return joined([
        f'<fieldset class="vta-form__group" id="{field_id(field)}"{_data(field)}'
        f' aria-describedby="{_described_by(field, help_html)}">',
        f"<legend>{_name(ctx, field)}</legend>", help_html, _error(field),
        fields_html(ctx, field.children), "</fieldset>"])


def _list(ctx: Context, field: FormField) -> str:
    help_html = _help(ctx, field)
    what = escape.text(_what(ctx, field))
    legend = escape.attribute(ctx.t("contribute.item", what=_what(ctx, field), number="{number}"))
    remove = escape.attribute(ctx.t("contribute.remove", what=_what(ctx, field),
                                    number="{number}"))
    item = joined([
        f'<fieldset class="vta-form__item" data-item id="{field_id(field)}-{ITEM}">',
        f'<legend data-item-legend data-template="{legend}">{what}</legend>',
        fields_html(ctx, field.children),
        f'<button type="button" class="md-button vta-form__remove" data-remove'
        f' data-template="{remove}">{what}</button>',
        "</fieldset>"])
    return joined([
        f'<fieldset class="vta-form__group vta-form__list" id="{field_id(field)}"{_data(field)}'
        f' aria-describedby="{_described_by(field, help_html)}">',
        f"<legend>{_name(ctx, field)}</legend>", help_html, _error(field),
        "<div data-items></div>",
        f"<template>{item}</template>",
        f'<button type="button" class="md-button vta-form__add" data-add>'
        f"{ctx.t('contribute.add', what=what)}</button>",
        "</fieldset>"])


def _refs(ctx: Context, field: FormField) -> str:
    help_html = _help(ctx, field)
    base = field_id(field)
    choices = "\n".join(
        f'<li><input type="checkbox" id="{base}-{escape.attribute(value)}" '
        f'value="{escape.attribute(value)}"><label for="{base}-{escape.attribute(value)}">'
        f"{label} <code>{escape.text(value)}</code></label></li>"
        for value, label, _ in vocabulary_choices(ctx, field.vocabulary or ""))
    return joined([
        f'<fieldset class="vta-form__group vta-form__refs" id="{base}"{_data(field)}'
        f' aria-describedby="{_described_by(field, help_html)}">',
        f"<legend>{_name(ctx, field)}</legend>", help_html, _error(field),
        f'<p class="vta-form__filter"><label for="{base}-filter">'
        f'{ctx.t("contribute.filter", what=escape.text(_what(ctx, field)))}</label> '
        f'<input type="search" id="{base}-filter" data-filter autocomplete="off"></p>',
        f'<ul class="vta-form__choices">\n{choices}\n</ul>', "</fieldset>"])


def _scalar(ctx: Context, field: FormField) -> str:
    help_html = _help(ctx, field)
    own = field_id(field)
    described = f' aria-describedby="{_described_by(field, help_html)}"'
    required = ' aria-required="true"' if field.required else ""
    if field.kind == "choice":
        empty = "" if field.default is not None else '<option value=""></option>'
        options = "".join(
            f'<option value="{escape.attribute(str(choice))}"'
            f'{" selected" if choice == field.default else ""}>{escape.text(str(choice))}</option>'
            for choice in field.choices)
        control = (f'<select id="{own}" data-control{described}{required}>{empty}{options}'
                   "</select>")
    elif field.kind == "markdown":
        control = f'<textarea id="{own}" rows="5" data-control{described}{required}></textarea>'
    else:
        mode = INPUT_MODES.get(field.kind)
        extra = f' inputmode="{mode}"' if mode else ""
        if field.vocabulary:
            extra += f' list="{list_id(field.vocabulary)}" autocomplete="off"'
        control = (f'<input type="{INPUT_KINDS[field.kind]}" id="{own}" data-control'
                   f"{extra}{described}{required}>")
    return joined([
        f'<div class="vta-form__field"{_data(field)}>',
        f'<label for="{own}">{_name(ctx, field)}</label>', help_html, control, _error(field),
        "</div>"])


def vocabulary_choices(ctx: Context, vocabulary: str) -> list[tuple[str, str, str]]:
    """(id, label as HTML, label as plain text) of every term a field may point at, in the
    page's language, sorted by label."""
    catalog = ctx.catalog
    if vocabulary == "methods":
        named = {key: method.name for key, method in catalog.methods.items()}
    elif vocabulary == "projects":
        named = {key: project.name for key, project in catalog.projects.items()}
    else:
        named = {key: term.label for key, term in catalog.vocabularies.get(vocabulary, {}).items()}
    ordered = sorted(named.items(), key=lambda pair: (ctx.sort_key(pair[1]), pair[0]))
    return [(key, ctx.text(text), ctx.plain(text)) for key, text in ordered]


def datalists(ctx: Context, vocabularies: list[str]) -> str:
    """The suggestions of the single-choice references; the record's own sources are filled
    in by the script as they are typed."""
    lists = []
    for vocabulary in vocabularies:
        options = "" if vocabulary == SOURCE_REFERENCE else "".join(
            f'<option value="{escape.attribute(value)}">{escape.text(plain)}</option>'
            for value, _, plain in vocabulary_choices(ctx, vocabulary))
        lists.append(f'<datalist id="{list_id(vocabulary)}">{options}</datalist>')
    return "\n".join(lists)
