"""Maps on pages (issue #16): the county map with its table, a county's municipalities, the
project page's locator and the explorer's map of the selection.

generator/geo draws; this module decides which areas, counts them in the catalogue, makes
the links relative to the page and gives every text in the page's language. Each map has
a table or list with the same figures beside it, so nothing depends on seeing the map.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from generator.catalog import Catalog
from generator.geo import topology
from generator.geo.choropleth import Layout, MapTexts, Region, choropleth
from generator.geo.locator import Sprite
from generator.page import Page
from generator.routes import MAP_SPRITE, county_url, explore_filter_url, relative
from generator.schema import Project
from generator.site.context import Context
from generator.site.format.figures import number
from generator.site.markup import escape
from generator.site.markup.html import table

Groups = tuple[tuple[str, tuple[str, ...]], ...]


def area_name(ctx: Context, name: str, count: int) -> str:
    """"Skåne län: 3 projekt", plain text: an area's accessible name and tooltip."""
    form = "none" if count == 0 else "one" if count == 1 else "other"
    return ctx.t(f"maps.area.{form}", area=name, count=number(count, ctx.lang))


def _texts(ctx: Context, title: str, description: str) -> MapTexts:
    return MapTexts(title, description, ctx.t("maps.legend"),
                    number=lambda value: number(value, ctx.lang))


def _figure(svg: str, data_table: str) -> str:
    return (f'<div class="vta-map-figure">\n<div class="vta-map-figure__map">{svg}</div>\n'
            f'<div class="vta-map-figure__table">\n{data_table}\n</div>\n</div>')


def _by_label(ctx: Context, kind: str, codes: list[str]) -> list[str]:
    return sorted(codes, key=lambda code: (ctx.sort_key(ctx.catalog.term(kind, code).label),
                                           code))


def county_counts(ctx: Context) -> dict[str, int]:
    """Projects per county, every county of the vocabulary included."""
    return {code: len(ctx.index.by_county.get(code, []))
            for code in ctx.catalog.vocabularies.get("counties", {})}


def _county_regions(ctx: Context, counts: dict[str, int], codes: list[str],
                    link: bool) -> list[Region]:
    regions = []
    for code in codes:
        name = ctx.label_plain("counties", code)
        if link:
            regions.append(Region(code, area_name(ctx, name, counts[code]), counts[code],
                                  relative(ctx.page_url, county_url(code))))
        else:
            regions.append(Region(code, area_name(ctx, name, counts[code]), counts[code],
                                  relative(ctx.page_url, explore_filter_url("county", name)),
                                  (("label", name),)))
    return regions


def counties_map(ctx: Context, map_id: str) -> str:
    """All counties shaded by their projects, each linking to its page, and the table."""
    counts = county_counts(ctx)
    return _drawn(ctx, map_id, counts, lambda: _counties_map(ctx, map_id, counts))


def _counties_map(ctx: Context, map_id: str, counts: dict[str, int]) -> str:
    codes = _by_label(ctx, "counties", list(counts))
    svg = choropleth(topology.counties(), _county_regions(ctx, counts, codes, link=True),
                     _texts(ctx, ctx.t("maps.counties.title"), ctx.t("maps.counties.desc")),
                     map_id, Layout(legend="top-left"))
    rows = [[ctx.link(county_url(code), ctx.label("counties", code)),
             number(counts[code], ctx.lang)] for code in codes]
    return _figure(svg, table(ctx.t("maps.table.caption.counties"),
                              [ctx.t("maps.table.county"), ctx.t("maps.table.projects")], rows))


def explore_map(ctx: Context, map_id: str) -> str:
    """The explorer's county map: explore-map.js shades it by the selection; each county
    links to the explorer with that county chosen."""
    counts = county_counts(ctx)
    return _drawn(ctx, map_id, counts, lambda: _explore_map(ctx, map_id, counts))


def _explore_map(ctx: Context, map_id: str, counts: dict[str, int]) -> str:
    codes = _by_label(ctx, "counties", list(counts))
    return choropleth(topology.counties(), _county_regions(ctx, counts, codes, link=False),
                      _texts(ctx, ctx.t("maps.explore.title"), ctx.t("maps.explore.desc")),
                      map_id, Layout(legend="top-left"))


def municipality_counts(ctx: Context, county: str) -> dict[str, int]:
    """Projects naming each of the county's municipalities (a project only naming the county
    counts for none of them)."""
    named = ctx.derived.named_municipalities
    municipalities = ctx.catalog.vocabularies.get("municipalities", {})
    return {code: named[code] for code, term in municipalities.items() if term.county == county}


def _drawn(ctx: Context, map_id: str, counts: dict[str, int], draw: Callable[[], str]) -> str:
    """A map with its figures, drawn again only when its counts changed: nothing else it
    shows depends on the projects (`Derived.fragment`)."""
    return ctx.derived.fragment(("map", map_id, ctx.lang, ctx.page_url), counts, draw)


def county_map(ctx: Context, county: str, map_id: str) -> str:
    """The county's municipalities shaded by their projects, those with projects linking to
    the explorer showing them; beside it the same figures (a table of the municipalities
    with projects, the others named in a sentence)."""
    counts = municipality_counts(ctx, county)
    if not counts:
        # A catalogue whose vocabularies name none of the county's municipalities has
        # nothing to draw; the county page still lists its projects.
        return ""
    return _drawn(ctx, map_id, counts, lambda: _county_map(ctx, county, map_id, counts))


def _county_map(ctx: Context, county: str, map_id: str, counts: dict[str, int]) -> str:
    codes = _by_label(ctx, "municipalities", list(counts))
    county_name = ctx.label_plain("counties", county)
    regions, rows, without = [], [], []
    for code in codes:
        name = ctx.label_plain("municipalities", code)
        url = explore_filter_url("municipality", name) if counts[code] else None
        regions.append(Region(code, area_name(ctx, name, counts[code]), counts[code],
                              relative(ctx.page_url, url) if url else None))
        if url:
            rows.append([ctx.link(url, ctx.label("municipalities", code)),
                         number(counts[code], ctx.lang)])
        else:
            without.append(ctx.label("municipalities", code))
    svg = choropleth(topology.municipalities(), regions, _texts(
        ctx, ctx.t("maps.county.title", county=county_name),
        ctx.t("maps.county.desc", county=county_name)), map_id)
    parts = [table(ctx.t("maps.table.caption.county", county=escape.text(county_name)),
                   [ctx.t("maps.table.municipality"), ctx.t("maps.table.projects")], rows)
             ] if rows else []
    if without:
        parts.append(f'<p>{ctx.t("maps.county.without", names=", ".join(without))}</p>')
    return _figure(svg, "\n".join(parts))


def _groups(catalog: Catalog) -> Groups:
    """The outlines' municipalities by county. An SCB municipality code begins with its
    county's code (a test holds the vocabularies to that), so the grouping needs no
    vocabulary and the sprite is the same for any catalogue, an empty one included."""
    members: dict[str, list[str]] = {}
    for code in topology.municipalities().shapes:
        members.setdefault(code[:2], []).append(code)
    return tuple((county, tuple(sorted(codes))) for county, codes in sorted(members.items()))


@cache
def _sprite(groups: Groups) -> Sprite:
    return Sprite(topology.municipalities(), dict(groups))


def sprite_file(catalog: Catalog) -> Page:
    """The outlines every locator map draws by reference: one file, the same in both trees."""
    return Page(MAP_SPRITE.path, _sprite(_groups(catalog)).svg())


def locator(ctx: Context, project: Project) -> str:
    """A small map of Sweden marking the project's municipalities, and the counties where it
    names none; "" when it names neither."""
    municipalities = ctx.catalog.vocabularies.get("municipalities", {})
    areas = list(dict.fromkeys(project.municipalities))
    covered = {str(municipalities[code].county) for code in areas}
    groups = [code for code in dict.fromkeys(project.counties) if code not in covered]
    if not areas and not groups:
        return ""
    places = [ctx.label_plain("municipalities", code) for code in areas] + [
        ctx.label_plain("counties", code) for code in groups]
    svg = _sprite(_groups(ctx.catalog)).locator(
        relative(ctx.page_url, MAP_SPRITE.url), "vta-locator", ctx.t("maps.locator.title"),
        ctx.t("maps.locator.desc", places=", ".join(places)), areas=areas, groups=groups)
    return f'<div class="vta-locator-figure">{svg}</div>'
