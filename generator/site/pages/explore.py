"""The explorer: `explore/index.md`, every project by facet, free text and sort order.

The page carries everything it needs without JavaScript: the facet form with
the catalogue's counts (hidden until the script takes over) and a list of all
projects by county, so no project is out of reach. The script
(theme/assets/javascripts/explore.js) asks Pagefind for the matching projects
and keeps the choices in the address, so a view can be shared or bookmarked.
The page itself is left out of the search index: it names every project and
would otherwise match every search.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from generator.page import Page
from generator.routes import CAVEATS_ANCHOR, COMPARE, EXPLORE
from generator.site.context import Context, PageKind
from generator.site.fragments import term_tree
from generator.site.fragments.maps import explore_map
from generator.site.fragments.sections import project_link
from generator.site.lookups.facets import FACETS, FIGURE_SORTS, SORTS, FacetValue
from generator.site.markup import escape
from generator.site.script_strings import EXPLORE_STRINGS, strings_attribute

SORT_CHOICES = ("relevance", *SORTS)


def explore_page(base: Context) -> Page:
    ctx = base.at(EXPLORE)
    widget = "\n".join([
        f'<div class="vta-explore" data-vta-explore{strings_attribute(ctx.lang, EXPLORE_STRINGS)}>',
        _form(ctx),
        _results(ctx),
        _static_list(ctx),
        "</div>",
    ])
    body = [f"# {ctx.t('search.nav.explore')}", widget]
    return Page(EXPLORE.path, "---\npagefind: false\n---\n" + "\n\n".join(body) + "\n")


def _form(ctx: Context) -> str:
    sorts = "".join(f'<option value="{name}">{ctx.t(f"search.sort.{name}")}</option>'
                    for name in SORT_CHOICES)
    return "\n".join([
        '<form class="vta-explore__form" id="vta-explore-form" role="search" hidden>',
        # Inside the form: without JavaScript there are no lists to choose from.
        f'<p>{ctx.t("search.explore.intro")}</p>',
        '<div class="vta-explore__bar">',
        f'<p class="vta-explore__field"><label for="vta-explore-q">'
        f'{ctx.t("search.explore.query")}</label>'
        '<input id="vta-explore-q" type="search" name="q" autocomplete="off"></p>',
        f'<p class="vta-explore__field"><label for="vta-explore-sort">'
        f'{ctx.t("search.explore.sort")}</label>'
        f'<select id="vta-explore-sort" name="sort">{sorts}</select></p>',
        "</div>",
        f'<h2 class="vta-explore__heading">{ctx.t("search.explore.filters")}</h2>',
        f'<p class="vta-explore__logic">{ctx.t("search.explore.logic")}</p>',
        '<div class="vta-explore__facets">',
        *_facets(ctx),
        "</div>",
        f'<p><button type="reset" class="md-button">{ctx.t("search.explore.reset")}</button></p>',
        "</form>",
    ])


def _facets(ctx: Context) -> list[str]:
    counts: dict[str, Counter[FacetValue]] = defaultdict(Counter)
    for project in ctx.catalog.projects.values():
        for value in ctx.derived.facet_values(ctx.lang, project):
            counts[value.facet][value] += 1
    own = term_tree.own_counts(ctx)
    # The lists show nothing of the projects but these counts: made again when they change.
    return ctx.derived.fragment(("explore-facets", ctx.lang, ctx.page_url), (counts, own),
                                lambda: _fieldsets(ctx, counts, own))


def _fieldsets(ctx: Context, counts: dict[str, Counter[FacetValue]],
               own: dict[str, Counter[str]]) -> list[str]:
    fieldsets = []
    for facet in FACETS:
        found = counts.get(facet)
        if not found:
            continue
        items = []
        for value in sorted(found):
            label = escape.text(value.label)
            if value.language != ctx.lang:
                label = f'<span lang="{value.language}">{label}</span>'
            items.append(
                f'<li><label><input type="checkbox" name="{facet}" '
                f'value="{escape.attribute(value.label)}"> <span>{label}</span> '
                '<span class="vta-facet__count">'
                f'{term_tree.facet_count(ctx, found[value], own.get(facet), value.label)}'
                '</span></label></li>')
        name = ctx.t(f"search.facet.{facet}")
        # Closed until needed, so the results stay near the top; the script opens
        # the groups that have choices.
        fieldsets.append(
            f'<details class="vta-facet" data-facet="{facet}"'
            f'{term_tree.facet_attributes(ctx, facet)}>'
            f'<summary>{name} <span class="vta-facet__chosen"></span></summary>\n'
            f'<fieldset><legend class="vta-visually-hidden">{name}</legend>\n'
            '<ul class="vta-facet__list">\n' + "\n".join(items) + "\n</ul>\n"
            + term_tree.facet_note(ctx, facet) + "</fieldset></details>")
    return fieldsets


def _results(ctx: Context) -> str:
    return "\n".join([
        '<section class="vta-explore__results" aria-labelledby="vta-explore-results" hidden>',
        f'<h2 id="vta-explore-results">{ctx.t("search.explore.results")}</h2>',
        '<p class="vta-explore__status" role="status" aria-live="polite"></p>',
        # One of the form's fields (view=map in the address), placed with the results it
        # changes; the facets' own lists stay checkboxes of facet values only.
        '<p class="vta-explore__view"><label><input type="checkbox" name="view" value="map" '
        f'form="vta-explore-form"> {ctx.t("maps.explore.toggle")}</label></p>',
        # Shown by explore.js when the reader asks for the map view.
        f'<div class="vta-explore__map" hidden>{explore_map(ctx, "vta-explore-map")}</div>',
        # Shown by the script while the list is sorted by a figure: no ranking.
        f'<p class="vta-explore__sort-note" data-figure-sorts="{" ".join(FIGURE_SORTS)}" '
        f'hidden>{ctx.t("figures.explore.sort_note", link=ctx.href(COMPARE.at(CAVEATS_ANCHOR)))}'
        "</p>",
        '<ol class="vta-explore__list"></ol>',
        f'<p><button type="button" class="vta-explore__more md-button" hidden>'
        f'{ctx.t("search.explore.more")}</button></p>',
        "</section>",
    ])


def _static_list(ctx: Context) -> str:
    """Every project under each of its counties: what readers without JavaScript get."""
    by_county: dict[str, list[str]] = defaultdict(list)
    for project_id, project in ctx.catalog.projects.items():
        for county in project.counties or [""]:
            by_county[county].append(project_id)
    counties = sorted(by_county, key=lambda code: (
        code == "", ctx.sort_key(ctx.catalog.term("counties", code).label) if code else "", code))
    parts = ['<div class="vta-explore__static">',
             f'<p>{ctx.t("search.explore.no_js")}</p>',
             f'<h2 id="by-county">{ctx.t("search.explore.by_county")}</h2>']
    for code in counties:
        name = ctx.label("counties", code) if code else ctx.t("search.explore.no_county")
        projects = sorted(by_county[code], key=lambda p: (
            ctx.sort_key(ctx.catalog.projects[p].name), p))
        anchor = f"county-{code}" if code else "county-none"
        parts.append(f'<h3 id="{anchor}">{name} ({len(projects)})</h3>')
        parts.append('<ul class="vta-explore__group">'
                     + "".join(f"<li>{project_link(ctx, p)}</li>" for p in projects) + "</ul>")
    parts.append("</div>")
    return "\n".join(parts)


PAGE_KINDS: tuple[PageKind, ...] = (explore_page,)
