"""Honest figures on the real catalogue (issue #13), checked only for what holds whatever it
holds: every project page has its glance in words, every share of another group than the
participants says so and stays off the chart, a status is as of its source, every source
with an address is linked, and no method summary has a median of fewer than three projects.
Exact figures are tested on fixtures (tests/test_figures_pages.py).
"""

from __future__ import annotations

from pathlib import Path

from conftest import one, soup
from helpers_figures import folded

from generator.analysis.aggregate import MIN_FOR_SUMMARY
from generator.analysis.comparison import ProjectComparison, compare_projects
from generator.analysis.status import status_as_of
from generator.catalog import Catalog
from generator.i18n import t
from generator.routes import method_comparison_anchor
from generator.site.format.dates import status_text
from generator.site.format.evidence import evidence_scale, evidence_text
from generator.site.format.figures import base_words
from generator.site.lookups.cards import sort_values

ROOTS = {"sv": "", "en": "en/"}


def rows(catalog: Catalog) -> list[ProjectComparison]:
    return compare_projects(catalog.projects.values())


def test_every_project_page_has_its_glance_in_words(catalogue_site: Path,
                                                    catalogue_catalog: Catalog) -> None:
    for lang, root in ROOTS.items():
        for project in catalogue_catalog.projects.values():
            page = soup(catalogue_site, f"{root}projects/{project.id}/")
            glance = one(page, "dl.vta-glance")
            assert len(glance.select("dt")) == 3
            level = one(glance, ".vta-glance__level").get_text()
            assert level == evidence_text(project.evidence_level, lang)
            scale = one(glance, ".vta-scale")
            assert scale.get("aria-hidden") == "true"
            assert scale.get_text() == evidence_scale(project.evidence_level)


def test_a_share_of_another_group_says_so_and_is_never_on_the_axis(
        catalogue_site: Path, catalogue_catalog: Catalog) -> None:
    for lang, root in ROOTS.items():
        page = soup(catalogue_site, f"{root}compare/")
        chart_rows = {folded(th.get_text(" ")) for th in page.select(
            ".vta-chart__data tbody th[scope=row]")}
        for row in rows(catalogue_catalog):
            others = [value for measure in ("into_work", "into_studies", "combined")
                      if (value := row.share_of(measure)) is not None
                      and value.base != "participants"]
            if not others:
                continue
            box = one(page, f'input[name=p][value="{row.project.id}"]')
            line = box.find_parent("tr")
            assert line is not None
            words = folded(line.get_text(" "))
            assert all(base_words(value, lang) in words for value in others)
            name = row.project.name.en if lang == "en" and row.project.name.en \
                else row.project.name.sv
            drawn = [value for measure in ("into_work", "into_studies", "combined")
                     if (value := row.share_of(measure)) is not None
                     and value.base == "participants"]
            if not drawn:
                assert name not in chart_rows
            combined = row.combined
            if combined is not None and combined.base != "participants":
                assert "share" not in sort_values(lang, row.project, row)


def test_a_status_is_as_of_its_source(catalogue_site: Path, catalogue_catalog: Catalog) -> None:
    for lang, root in ROOTS.items():
        for project in catalogue_catalog.projects.values():
            status = status_as_of(project)
            facts = folded(one(soup(catalogue_site, f"{root}projects/{project.id}/"),
                               "dl.vta-facts").get_text(" "))
            assert status_text(status, lang) in facts
            if status.reading == "unknown":
                assert status_text(status, lang).startswith(
                    "status okänd" if lang == "sv" else "status unknown")


def test_every_source_with_an_address_is_linked(catalogue_site: Path,
                                                catalogue_catalog: Catalog) -> None:
    for lang, root in ROOTS.items():
        for project in catalogue_catalog.projects.values():
            page = soup(catalogue_site, f"{root}projects/{project.id}/")
            for source in project.sources:
                entry = one(page, f"#source-{source.id}")
                assert source.publisher in entry.get_text()
                if source.url:
                    assert entry.select_one(f'a[href="{source.url}"] cite') is not None
                else:
                    assert t(lang, "figures.source.no_url") in entry.get_text()


def test_no_method_summary_has_a_median_of_fewer_than_three(
        catalogue_site: Path, catalogue_catalog: Catalog) -> None:
    for lang, root in ROOTS.items():
        page = soup(catalogue_site, f"{root}compare/methods/")
        why = {t(lang, "compare.spread.too_few", minimum=MIN_FOR_SUMMARY),
               t(lang, "figures.spread.other_base_median")}
        for method_id in catalogue_catalog.methods:
            heading = page.select_one(f"#{method_comparison_anchor(method_id)}")
            if heading is None:
                continue
            table = heading.find_next("table")
            assert table is not None
            for line in table.select("tbody tr"):
                values = [folded(cell.get_text(" ")) for cell in line.select("td")]
                if values and values[0].isdigit() and 1 < int(values[0]) < MIN_FOR_SUMMARY:
                    assert values[2] in why
