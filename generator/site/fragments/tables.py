"""Tables of projects: the plain listing, and the comparison table compare.js can sort.

In the comparison table number columns carry `data-sort` on each cell (empty
when the figure is missing, which sorts last); the row header's `data-sort` is
its rank in name order. The first column holds the selection checkboxes for
the side-by-side view; the project name is the row header.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Literal

from generator.analysis.comparison import ProjectComparison
from generator.schema import Project
from generator.site.context import Context
from generator.site.format.dates import project_period
from generator.site.fragments.facts import fact_label
from generator.site.fragments.sections import project_link
from generator.site.markup import escape
from generator.site.markup.html import inline_list, table


def projects_table(ctx: Context, project_ids: list[str], caption: str) -> str:
    """Projects in name order with owner, counties, period and status."""
    projects = sorted((ctx.catalog.projects[i] for i in project_ids),
                      key=lambda p: (ctx.sort_key(p.name), p.id))
    headers = [ctx.t("site.method.column.project"), fact_label(ctx, "owner"),
               fact_label(ctx, "counties"), fact_label(ctx, "period")]
    rows = [ctx.derived.fragment(("projects-table", ctx.lang, ctx.page_url, project.id),
                                 project, partial(_project_cells, ctx, project))
            for project in projects]
    return table(caption, headers, rows)


def _project_cells(ctx: Context, project: Project) -> list[str]:
    return [project_link(ctx, project.id), ctx.label("organisations", project.owner),
            inline_list([ctx.label("counties", c) for c in project.counties]),
            escape.text(project_period(project, ctx.lang))]


SortValue = float | int | str | None


@dataclass(frozen=True)
class Column:
    header: str
    kind: Literal["number", "text"]
    cell: Callable[[ProjectComparison], str]
    sort: Callable[[ProjectComparison], SortValue] | None = None
    """A sort key when the cell's text does not sort right by itself."""


def _sort_attribute(value: SortValue) -> str:
    if value is None:
        return ' data-sort=""'
    if isinstance(value, float):
        value = f"{value:.4f}"
    return f' data-sort="{escape.attribute(str(value))}"'


def sortable_table(ctx: Context, caption: str, columns: Sequence[Column],
                   rows: Sequence[ProjectComparison],
                   row_header: Callable[[ProjectComparison], str], kept: str = "") -> str:
    """`kept` names the table when each row's cells show nothing but the row: they are
    then made once per row value (`Derived.fragment`) and kept for the next generation."""
    pick = ctx.t("compare.column.pick")
    # Each heading ends in a space, for search excerpts (see markup/html.py, `table`).
    head = [f'<th scope="col" class="vta-pick">{pick} </th>',
            f'<th scope="col" data-sort-type="text">{ctx.t("compare.column.project")} </th>']
    head += [f'<th scope="col" data-sort-type="{column.kind}">{column.header} </th>'
             for column in columns]
    def cells(row: ProjectComparison) -> tuple[str, str]:
        """The row before its rank and after it."""
        name = escape.attribute(ctx.t("compare.pick_label", name=ctx.plain(row.project.name)))
        pick = (f'<td class="vta-pick"><input type="checkbox" name="p" '
                f'value="{escape.attribute(row.project.id)}" aria-label="{name}"></td>')
        rest = [f"{row_header(row)}</th>"]
        for column in columns:
            sort = _sort_attribute(column.sort(row)) if column.sort else ""
            rest.append(f"<td{sort}>{column.cell(row)}</td>")
        return pick, "".join(rest)

    body = []
    for rank, row in enumerate(rows):
        before, after = ctx.derived.fragment(
            ("sortable", kept, ctx.lang, ctx.page_url, row.project.id), row,
            partial(cells, row)) if kept else cells(row)
        # Rows come in name order; the rank keeps that order when re-sorted by name.
        body.append(f'<tr>{before}<th scope="row" data-sort="{rank:05d}">{after}</tr>')
    # No class on the table: Material styles only `table:not([class])`.
    return (f'<div class="vta-compare-table" data-vta-sortable tabindex="0" role="region" '
            f'aria-label="{escape.attribute(caption)}">\n'
            f"<table>\n<caption>{escape.text(caption)}</caption>\n"
            f'<thead><tr>{"".join(head)}</tr></thead>\n<tbody>\n'
            + "\n".join(body) + "\n</tbody>\n</table>\n</div>")
