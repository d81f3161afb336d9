"""`contribute/fields/`: every field a record can have, generated from the schema's own
words (schema/reference.py), so CONTRIBUTING links here instead of copying it."""

from __future__ import annotations

from generator.page import Page
from generator.routes import FIELD_REFERENCE
from generator.schema.reference import ModelDoc, field_reference
from generator.site.context import Context, PageKind
from generator.site.markup import escape
from generator.site.markup.html import heading, table


def field_reference_page(base: Context) -> Page:
    ctx = base.at(FIELD_REFERENCE)
    t = ctx.t
    body = [f"# {t('site.fields.title')}", f"<p>{t('site.fields.intro')}</p>",
            *(_model(ctx, model) for model in field_reference(ctx.lang))]
    return Page(FIELD_REFERENCE.path, "\n\n".join(body) + "\n")


def _model(ctx: Context, model: ModelDoc) -> str:
    t = ctx.t
    rows = [[f"<code>{escape.text(field.name)}</code>",
             t("site.fields.required" if field.required else "site.fields.optional"),
             escape.with_code(field.description)] for field in model.fields]
    return "\n\n".join([
        heading(2, f"{escape.with_code(model.description.removesuffix('.'))} "
                   f"(<code>{model.name}</code>)",
                model.name.lower()),
        table(t("site.fields.caption", model=f"<code>{model.name}</code>"),
              [t("site.fields.field"), t("site.fields.required_heading"),
               t("site.fields.meaning")], rows)])


PAGE_KINDS: tuple[PageKind, ...] = (field_reference_page,)
