"""Driving the contribution form (contribute/) in Chromium, for its browser tests.

Fields are found by their place in the record (`data-path`, `*` for a list item), so the
tests read like the YAML they expect; `nth` picks the item when a list has several.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from playwright.sync_api import Locator, Page

from generator.catalog import Catalog
from generator.validation.report import render
from generator.validation.run import Result, validate


def open_form(page: Page, url: str) -> None:
    page.goto(url, wait_until="networkidle")
    page.wait_for_selector("#vta-record-form:not([hidden])")


def control(page: Page, path: str, nth: int = 0) -> Locator:
    return page.locator(f'[data-path="{path}"] > [data-control]').nth(nth)


def fill(page: Page, path: str, value: str, nth: int = 0) -> None:
    field = control(page, path, nth)
    if field.evaluate("element => element.tagName") == "SELECT":
        field.select_option(value)
    else:
        field.fill(value)


def add(page: Page, path: str, nth: int = 0) -> None:
    """One more item in the list at `path` (the `nth` such list, e.g. the goals of the
    second outcome)."""
    page.locator(f'[data-path="{path}"] > [data-add]').nth(nth).click()


def tick(page: Page, path: str, value: str) -> None:
    page.locator(f'[data-path="{path}"] input[type=checkbox][value="{value}"]').check()


def record_yaml(page: Page) -> str:
    return page.locator("[data-record-yaml]").input_value()


def fill_required(page: Page, project_id: str) -> None:
    """Only what the schema requires, with an id, owner and source the catalogue allows."""
    fill(page, "id", project_id)
    fill(page, "name.sv", "Nytt projekt: en väg in")
    fill(page, "owner", "arbetsformedlingen")
    fill(page, "added", "2026-12-01")
    fill(page, "summary.sv", "Ett projekt för nyanlända.\n\nDet andra stycket.")
    fill(page, "period.status", "finished")
    fill(page, "sources.*.id", "s1")
    fill(page, "sources.*.title", "Slutrapport")
    fill(page, "sources.*.publisher", "Arbetsförmedlingen")


def validate_with(content: Path, folder: Path, name: str, text: str,
                  replace: str | None = None) -> tuple[Result, Path]:
    """`content` copied into `folder` with the record `name` written into its projects (in
    place of `replace`, if given), validated."""
    copy = folder / "content"
    shutil.copytree(content, copy)
    if replace:
        (copy / "projects" / replace).unlink()
    (copy / "projects" / name).write_text(text, encoding="utf-8")
    return validate(copy), copy


def catalog_of(result: Result, lang: str = "en") -> Catalog:
    assert result.ok, "\n".join(
        f"{problem.file}:{problem.line} {problem.field}: {render(problem, lang)}"
        for problem in result.diagnostics)
    return result.catalog
