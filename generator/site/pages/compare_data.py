"""`data/`: the open-data files, their licence, and every CSV column explained."""

from __future__ import annotations

from typing import get_args

from generator.analysis.comparison import FLAGS, SMALL_NUMBERS_THRESHOLD
from generator.analysis.outcomes import GoalStatus
from generator.export.licence import LICENCE_NAME, LICENCE_URL
from generator.export.table import COLUMNS, FIGURE_PARTS, FIGURES, SHARE_PARTS, SHARES
from generator.page import Page
from generator.routes import DATA, METHODS_JSON, PROJECTS_CSV, PROJECTS_JSON, in_folder, schema_file
from generator.schema import Project
from generator.schema.export import SCHEMA_NAMES
from generator.schema.figure import Precision
from generator.schema.words import description
from generator.site.context import Context, PageKind
from generator.site.fragments.compare_nav import subnav
from generator.site.markup import escape
from generator.site.markup.html import definition_list, heading, table


def column_doc(ctx: Context, name: str) -> str:
    """What a CSV column holds; figure and share columns share one wording each."""
    for figure in FIGURES:
        label = ctx.t(f"site.figure.{figure}")
        for suffix, key in FIGURE_PARTS:
            if name == figure + suffix:
                return ctx.t(f"compare.data.figure.{key}", figure=label)
    for column, measure in SHARES.items():
        label = ctx.t(f"compare.column.{measure}")
        for suffix, key in SHARE_PARTS:
            if name == column + suffix:
                return ctx.t(f"compare.data.share.{'share' if key == 'percent' else key}",
                             share=label)
    if name in Project.model_fields:
        return schema_doc(description(Project, name, ctx.lang))
    return ctx.t(f"compare.data.column.{name}")


def schema_doc(docstring: str) -> str:
    """A field's docstring as a column's explanation: a lower-case phrase like the others,
    `code` in backticks set as code."""
    phrase = docstring.removesuffix(".")
    if phrase[1:2].islower():
        phrase = phrase[:1].lower() + phrase[1:]
    return escape.with_code(phrase)


def _files(ctx: Context) -> str:
    files = [(PROJECTS_JSON, "projects_json"), (PROJECTS_CSV, "projects_csv"),
             (METHODS_JSON, "methods_json"),
             *((schema_file(name), f"schema_{name}") for name in SCHEMA_NAMES)]
    items = []
    for route, key in files:
        name = in_folder(route, DATA)
        items.append(f"<li>{ctx.link(route.url, f'<code>{name}</code>')}: "
                     f"{ctx.t(f'compare.data.file.{key}')}</li>")
    return "<ul>\n" + "\n".join(items) + "\n</ul>"


def data_page(base: Context) -> Page:
    ctx = base.at(DATA)
    t = ctx.t
    columns = table(t("compare.data.columns.caption"),
                    [t("compare.data.columns.name"), t("compare.data.columns.meaning")],
                    [[f"<code>{name}</code>", column_doc(ctx, name)] for name in COLUMNS])
    codes = [
        heading(3, t("compare.data.codes.flags"), "flags"),
        definition_list([(f"<code>{flag}</code>",
                          t(f"compare.flag.{flag}") + ": " + t(f"compare.flag_help.{flag}",
                                                               threshold=SMALL_NUMBERS_THRESHOLD))
                         for flag in FLAGS]),
        heading(3, t("compare.data.codes.precision"), "precision"),
        definition_list([(f"<code>{p}</code>", t(f"site.how.precision.{p}"))
                         for p in get_args(Precision)]),
        heading(3, t("compare.data.codes.goal_status"), "goal-status"),
        definition_list([(f"<code>{s}</code>", t(f"site.how.goal.{s}"))
                         for s in get_args(GoalStatus)]),
    ]
    body = [
        f"# {t('compare.data.title')}",
        f'<p class="vta-lead">{t("compare.data.intro")}</p>',
        subnav(ctx),
        heading(2, t("compare.data.licence.heading"), "licence"),
        f"<p>{t('compare.data.licence.text', name=LICENCE_NAME, url=LICENCE_URL)}</p>",
        f"<p>{t('compare.data.licence.quotes')}</p>",
        heading(2, t("compare.data.files.heading"), "files"),
        _files(ctx),
        f"<p>{t('compare.data.files.languages')}</p>",
        heading(2, t("compare.data.csv.heading"), "csv"),
        f"<p>{t('compare.data.csv.format')}</p>",
        f"<p>{t('compare.data.csv.formulas')}</p>",
        columns,
        heading(2, t("compare.data.codes.heading"), "codes"),
        *codes,
        heading(2, t("compare.data.json.heading"), "json"),
        f"<p>{t('compare.data.json.text')}</p>",
    ]
    return Page(DATA.path, "\n\n".join(body) + "\n")


PAGE_KINDS: tuple[PageKind, ...] = (data_page,)
