"""The contribution form: `contribute/index.md`, a form that writes a project record.

The fields come from the content model (lookups/form_model.py), the choices from
the schema and the catalogue's vocabularies. Without JavaScript the page explains
the YAML route; with it, record-form.js shows the form, writes the YAML as the
reader types, checks what the form can know with the validator's own messages and
offers GitHub's new-file page, copying and downloading. `?edit=<id>` loads a record
from the open-data file `data/projects.json`.
"""

from __future__ import annotations

import json

from generator.page import Page
from generator.routes import CONTRIBUTE, FIELD_REFERENCE, PROJECTS_JSON
from generator.site.context import Context, PageKind
from generator.site.fragments.form_fields import datalists, fields_html, joined
from generator.site.lookups.form_model import project_fields, walk
from generator.site.markup import escape
from generator.site.script_strings import CONTRIBUTE_STRINGS, strings_attribute

SCHEMA_HEADER = "# yaml-language-server: $schema=../../schema/project.schema.json"
"""The first line of every file in content/projects/, pointing editors at the schema."""
RECORD_FOLDER = "content/projects/"


def contribute_page(base: Context) -> Page:
    ctx = base.at(CONTRIBUTE)
    t = ctx.t
    settings = {
        "ids": sorted(ctx.catalog.projects),
        "folder": RECORD_FOLDER,
        "header": SCHEMA_HEADER,
        "records": ctx.href(PROJECTS_JSON.url),
        "repo": ctx.feedback.repo,
    }
    widget = joined([
        f'<div class="vta-record-form" data-vta-record-form'
        f'{strings_attribute(ctx.lang, CONTRIBUTE_STRINGS)}'
        f' data-settings="{escape.attribute(json.dumps(settings, sort_keys=True))}">',
        _yaml_route(ctx),
        f'<p>{t("contribute.checks")}</p>',
        _form(ctx),
        _output(ctx),
        "</div>"])
    body = [f"# {t('contribute.title')}", f"<p>{t('contribute.intro')}</p>", widget]
    return Page(CONTRIBUTE.path, "---\npagefind: false\n---\n" + "\n\n".join(body) + "\n")


def _yaml_route(ctx: Context) -> str:
    repo = ctx.feedback.repo
    where = ctx.t("contribute.yaml_route.where", url=escape.attribute(repo)) if repo else ""
    return joined([
        '<h2 id="yaml-route">' + ctx.t("contribute.yaml_route.heading") + "</h2>",
        f'<p>{ctx.t("contribute.yaml_route.text", where=where)}</p>',
        f'<p>{ctx.t("contribute.yaml_route.fields", url=ctx.href(FIELD_REFERENCE.url))}</p>'])


def _form(ctx: Context) -> str:
    fields = project_fields()
    vocabularies = sorted({field.vocabulary for field in walk(fields)
                           if field.kind == "ref" and field.vocabulary})
    return joined([
        '<form class="vta-form" id="vta-record-form" novalidate hidden>',
        '<div class="vta-form__summary" id="vta-form-summary" tabindex="-1" data-summary'
        ' hidden><h2 id="vta-form-summary-title" data-summary-title></h2><ul></ul></div>',
        '<p class="vta-form__status" role="status" data-edit-status></p>',
        fields_html(ctx, fields),
        datalists(ctx, vocabularies),
        f'<p><button type="submit" class="md-button md-button--primary">'
        f'{ctx.t("contribute.check")}</button></p>',
        "</form>"])


def _output(ctx: Context) -> str:
    t = ctx.t
    file = escape.text(RECORD_FOLDER) + "<span data-file-name>…</span>"
    github = ([f'<p><a class="md-button md-button--primary" data-send-github hidden>'
               f'{t("contribute.send.github")}</a></p>',
               f'<p data-send-how hidden>{t("contribute.send.how", file=file)}</p>']
              if ctx.feedback.repo else [f'<p>{t("contribute.send.no_repo")}</p>'])
    return joined([
        '<div class="vta-form__output" data-form-output hidden>',
        f'<h2 id="yaml">{t("contribute.yaml.heading")}</h2>',
        f'<p><label for="vta-record-yaml">{t("contribute.yaml.label")}</label></p>',
        '<textarea id="vta-record-yaml" class="vta-form__yaml" data-record-yaml readonly'
        ' rows="16" spellcheck="false"></textarea>',
        f'<h2 id="send">{t("contribute.send.heading")}</h2>',
        *github,
        f'<p data-send-too-long hidden>{t("contribute.send.too_long", file=file)}</p>',
        f'<p><button type="button" class="md-button" data-send-copy>'
        f'{t("contribute.send.copy")}</button> '
        f'<button type="button" class="md-button" data-send-download>'
        f'{t("contribute.send.download")}</button></p>',
        '<p role="status" data-send-status></p>',
        "</div>"])


PAGE_KINDS: tuple[PageKind, ...] = (contribute_page,)
