"""Target groups as a hierarchy: counts with narrower groups, the nested index, the links
between a group and its broader and narrower groups.

Every count comes from `Derived.target_groups` (analysis/hierarchy.py), the same figures
the explorer's facet shows, so a page and the facet never disagree.
"""

from __future__ import annotations

from collections import Counter

from generator.analysis.hierarchy import TermUse
from generator.routes import TARGET_GROUPS, target_group_url
from generator.site.context import Context
from generator.site.lookups.own_terms import OWN_FILTERS, own_values
from generator.site.markup.html import DASH, inline_list
from generator.site.script_strings import FACET_COUNT_STRINGS, strings_attribute

KIND = "target-groups"


def count_text(ctx: Context, use: TermUse) -> str:
    """"12 projekt, varav 5 via smalare målgrupper", or "7 projekt" with none through them."""
    projects = ctx.count("site.count.projects", use.total)
    if not use.via:
        return projects
    return ctx.t("hierarchy.count.with_narrower", projects=projects, via=len(use.via))


def own_counts(ctx: Context) -> dict[str, Counter[str]]:
    """Per facet whose terms include narrower ones, how many projects carry each label as
    one of their own terms (lookups/own_terms.py)."""
    facets = {own: facet for facet, own in OWN_FILTERS.items()}
    counts: dict[str, Counter[str]] = {facet: Counter() for facet in OWN_FILTERS}
    for project in ctx.catalog.projects.values():
        for own, label in own_values(ctx.catalog, ctx.lang, project):
            counts[facets[own]][label] += 1
    return counts


def facet_count(ctx: Context, total: int, own: Counter[str] | None, label: str) -> str:
    """A facet value's count in parentheses, with how many came through narrower terms;
    facet-counts.js writes the same text live. `own` is None for a facet without them."""
    via = total - own[label] if own is not None else 0
    if via <= 0:
        return f"({total})"
    return ctx.t("hierarchy.facet.count_via", count=total, via=via)


def facet_note(ctx: Context, facet: str) -> str:
    """Under a facet whose terms include narrower ones: that they do, and where to see how."""
    if facet not in OWN_FILTERS:
        return ""
    note = ctx.t("hierarchy.facet.note", link=ctx.href(TARGET_GROUPS.url))
    return f'<p class="vta-facet__note">{note}</p>\n'


def facet_attributes(ctx: Context, facet: str) -> str:
    """What a facet's `<details>` carries when its terms include narrower ones: the filter of
    each project's own terms, and the text for a count with narrower terms."""
    if facet not in OWN_FILTERS:
        return ""
    return (f' data-own-filter="{OWN_FILTERS[facet]}"'
            + strings_attribute(ctx.lang, FACET_COUNT_STRINGS))


def term_link(ctx: Context, term: str) -> str:
    return ctx.link(target_group_url(term), ctx.label(KIND, term))


def ordered(ctx: Context, terms: list[str]) -> list[str]:
    """Terms in the page's alphabetical order of their labels."""
    return sorted(terms, key=lambda term: (ctx.sort_key(ctx.catalog.term(KIND, term).label),
                                           term))


def shown_terms(ctx: Context, terms: list[str]) -> list[str]:
    """The terms that have a page: those that reach a project, in alphabetical order."""
    usage = ctx.derived.target_groups
    return ordered(ctx, [term for term in terms if term in usage])


def term_tree(ctx: Context) -> str:
    """Every target group that reaches a project, narrower groups nested under each broader
    one. A group under several broader ones appears under each; its own narrower groups
    are spelled out the first time only, so the list stays as long as the vocabulary."""
    usage = ctx.derived.target_groups
    tree = ctx.derived.target_group_tree
    roots = shown_terms(ctx, [term for term in usage
                              if not any(parent in usage for parent in tree.broader(term))])
    if not roots:
        return ""
    lines = ['<ul class="vta-term-tree">']
    expanded: set[str] = set()
    # A stack of the terms still to list at each level, not recursion: a chain of a
    # thousand terms must not exhaust Python's recursion limit.
    levels = [roots]
    while levels:
        if not levels[-1]:
            levels.pop()
            lines.append("</ul></li>" if levels else "</ul>")
            continue
        term = levels[-1].pop(0)
        children = shown_terms(ctx, tree.narrower(term))
        entry = f"<li>{term_link(ctx, term)} {DASH} {count_text(ctx, usage[term])}"
        if children and term not in expanded:
            expanded.add(term)
            lines.append(entry + "\n<ul>")
            levels.append(children)
        elif children:
            lines.append(f"{entry} ({ctx.t('hierarchy.index.listed_above')})</li>")
        else:
            lines.append(entry + "</li>")
    return "\n".join(lines)


def related_terms(ctx: Context, term: str) -> list[tuple[str, str]]:
    """Definition-list rows: the broader groups a group is part of, its narrower groups."""
    tree = ctx.derived.target_group_tree
    usage = ctx.derived.target_groups
    broader = [term_link(ctx, parent) for parent in shown_terms(ctx, tree.broader(term))]
    narrower = [f"{term_link(ctx, child)} ({count_text(ctx, usage[child])})"
                for child in shown_terms(ctx, tree.narrower(term))]
    return [(ctx.t("hierarchy.term.broader"), inline_list(broader) if broader else ""),
            (ctx.t("hierarchy.term.narrower"), inline_list(narrower) if narrower else "")]
