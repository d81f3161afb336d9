"""`compare/side-by-side/?p=a&p=b`: two to four projects next to each other.

A static page cannot read its own query string, so compare-side.js renders
the selection from `compare/side-by-side.json`, which holds every project's
facts already worded in the page's language (plain text; the script inserts
it with textContent only); its own messages are in the page's `data-strings`.
The selection form builds the same URL without JavaScript; without JavaScript
the page says so and links to the full table.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from generator import routes
from generator.analysis.comparison import FLAGS, SHARE_MEASURES, ProjectComparison
from generator.analysis.outcomes import GoalCheck
from generator.export.jsonld import script_json
from generator.page import Page
from generator.routes import (
    COMPARE,
    SIDE_BY_SIDE,
    SIDE_BY_SIDE_DATA,
    flag_url,
    method_url,
    project_url,
    relative,
    target_group_url,
)
from generator.schema.common import Text
from generator.site.context import Context, PageKind
from generator.site.format.dates import project_period
from generator.site.format.evidence import effect_text, evidence_text
from generator.site.format.figures import figure, share_text
from generator.site.fragments.compare_cells import cost_text, share_range_text
from generator.site.fragments.compare_nav import WIDE_PAGE, subnav
from generator.site.fragments.evaluation import evaluation_anchor
from generator.site.fragments.goals import (
    agreement_text,
    figures_text,
    goal_status_text,
    goal_text,
    judgement_text,
)
from generator.site.fragments.outcomes import OUTCOMES_ANCHOR, goals_anchor
from generator.site.fragments.sections import section_anchor
from generator.site.fragments.sources import citation_text, source_anchor
from generator.site.markup import escape
from generator.site.script_strings import SIDE_BY_SIDE_STRINGS, strings_attribute

MAX_PROJECTS = 4
ASPECTS = ("owner", "period", "counties", "target_groups", "methods", "evidence",
           "participants", *SHARE_MEASURES, "goal", "effect", "flags", "cost",
           "success_factors", "challenges", "continued", "sources")
Item = dict[str, str]


def _item(ctx: Context, text: str, url: str | None = None, lang: str | None = None) -> Item:
    item = {"text": text}
    if url is not None:
        # A source's own address is absolute; a page of the site is relative to this one.
        item["href"] = url if "://" in url else relative(ctx.page_url, url)
    if lang is not None and lang != ctx.lang:
        item["lang"] = lang
    return item


def _text_item(ctx: Context, value: Text, url: str | None = None) -> Item:
    fallback = ctx.lang == "en" and value.en is None
    return _item(ctx, ctx.plain(value), url, "sv" if fallback else None)


def _label(ctx: Context, kind: str, term_id: str, url: str | None = None) -> Item:
    text, lang = ctx.catalog.label(kind, term_id, ctx.lang)
    return _item(ctx, text, url, lang)


def _cells(ctx: Context, row: ProjectComparison) -> dict[str, list[Item]]:
    project, catalog = row.project, ctx.catalog
    page = project_url(project.id)
    cells: dict[str, list[Item]] = {
        "owner": [_label(ctx, "organisations", project.owner)],
        "period": [_item(ctx, project_period(project, ctx.lang))],
        "counties": [_label(ctx, "counties", c) for c in project.counties],
        "target_groups": [_label(ctx, "target-groups", g, target_group_url(g))
                          for g in project.target_groups],
        "methods": [_text_item(ctx, catalog.methods[m].name, method_url(m))
                    for m in project.methods if m in catalog.methods],
        "evidence": [_item(ctx, evidence_text(project.evidence_level, ctx.lang))],
        "flags": [_item(ctx, ctx.t(f"compare.flag.{flag}"), flag_url(flag))
                  for flag in FLAGS if flag in row.all_flags()],
        "success_factors": [_label(ctx, "success-factors", f.code,
                                   f"{page}#{section_anchor('success_factors')}")
                            for f in project.success_factors],
        "challenges": [_label(ctx, "challenges", f.code, f"{page}#{section_anchor('challenges')}")
                       for f in project.challenges],
        # Publisher and date with every title, linking to the source itself when it has an
        # address.
        "sources": [_item(ctx, f"{s.title} ({citation_text(ctx.lang, s)})",
                          s.url or f"{page}#{source_anchor(s.id)}", s.language)
                    for s in project.sources],
    }
    if project.continued_after_funding:
        cells["continued"] = [_item(ctx, ctx.t(
            f"site.continuation.{project.continued_after_funding.status}"))]
    if row.participants is not None:
        cells["participants"] = [_item(ctx, figure(row.participants, ctx.lang))]
    for measure in SHARE_MEASURES:
        value = row.share_of(measure)
        if value is not None:
            cells[measure] = [_item(ctx, share_text(value, ctx.lang), f"{page}#{OUTCOMES_ANCHOR}")]
            if extra := share_range_text(ctx, value):
                cells[measure].append(_item(ctx, extra))
    if row.goals:
        cells["goal"] = [_item(ctx, _goal_words(ctx, row, check),
                               f"{page}#{goals_anchor(row.outcome_number)}")
                         for check in row.goals]
    if row.effect is not None:
        cells["effect"] = [_item(ctx, effect_text(row.effect, ctx.lang),
                                 f"{page}#{evaluation_anchor(row.effect.outcome_number)}")]
    if cost := cost_text(ctx, row):
        cells["cost"] = [_item(ctx, cost)]
    return {aspect: items for aspect, items in cells.items() if items}


def _goal_words(ctx: Context, row: ProjectComparison, check: GoalCheck) -> str:
    """"at least 50 into work: The source: will not be met; not yet reached (by the
    figures)", with a sentence when the two disagree."""
    said = judgement_text(ctx, check)
    shown = figures_text(ctx, check, row.outcome) if said \
        else goal_status_text(ctx, check, row.outcome)
    words = "; ".join(part for part in (said, shown) if part)
    conflict = agreement_text(ctx, check)
    return f"{goal_text(ctx, check)}: {words}" + (f". {conflict}" if conflict else "")


def side_by_side_data(ctx: Context, rows: list[ProjectComparison]) -> dict[str, Any]:
    return {
        "max": MAX_PROJECTS,
        "aspects": [{"key": aspect, "label": ctx.t(f"compare.side.aspect.{aspect}")}
                    for aspect in ASPECTS],
        "projects": {row.project.id: {
            "name": _text_item(ctx, row.project.name, project_url(row.project.id)),
            "cells": ctx.derived.fragment(("side-by-side", ctx.lang, row.project.id), row,
                                          partial(_cells, ctx, row))} for row in rows},
    }


def _choices(ctx: Context, rows: list[ProjectComparison]) -> str:
    items = []
    for row in rows:
        project_id = escape.attribute(row.project.id)
        items.append(f'<li><label><input type="checkbox" name="p" value="{project_id}"> '
                     f"{ctx.text(row.project.name)}</label></li>")
    return (f'<form id="vta-side-form" class="vta-side-form" method="get" action="./">\n'
            f'<fieldset>\n<legend>{ctx.t("compare.side.choose")}</legend>\n'
            f'<ul class="vta-side-choices">\n' + "\n".join(items) + "\n</ul>\n</fieldset>\n"
            f'<p><button type="submit" class="md-button">{ctx.t("compare.side.submit")}'
            "</button></p>\n</form>")


def side_by_side_pages(base: Context) -> list[Page]:
    ctx = base.at(SIDE_BY_SIDE)
    rows = ctx.derived.rows_by_name(ctx.lang)
    data = side_by_side_data(ctx, rows)
    source = escape.attribute(relative(ctx.page_url, SIDE_BY_SIDE_DATA.url))
    body = [
        WIDE_PAGE,
        f"# {ctx.t('compare.side.title')}",
        f'<p class="vta-lead">{ctx.t("compare.side.intro")}</p>',
        subnav(ctx),
        f'<div id="vta-side" class="vta-side" data-src="{source}"'
        f"{strings_attribute(ctx.lang, SIDE_BY_SIDE_STRINGS)}>\n"
        '<p id="vta-side-status" class="vta-side__status" role="status"></p>\n'
        '<div id="vta-side-result"></div>\n'
        '<noscript><p class="vta-noscript">'
        f'{ctx.t("compare.side.noscript", link=ctx.href(COMPARE.at(routes.COMPARE_TABLE_ANCHOR)))}'
        "</p></noscript>\n"
        "</div>",
        _choices(ctx, rows),
        '<div class="vta-caveats"><p>'
        f'{ctx.t("compare.side.caveat", link=ctx.href(COMPARE.at(routes.CAVEATS_ANCHOR)))}'
        "</p></div>",
    ]
    return [Page(SIDE_BY_SIDE.path, "\n\n".join(body) + "\n"),
            Page(SIDE_BY_SIDE_DATA.path, script_json(data) + "\n")]


PAGE_KINDS: tuple[PageKind, ...] = (side_by_side_pages,)
