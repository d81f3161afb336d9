"""The comparison pages in headless Chromium: selection, side-by-side, sorting, no-JS fallback.

The built site is served over HTTP on 127.0.0.1; Playwright drives Debian's
Chromium and never downloads a browser. Waits are on page state, not on time.
"""

from __future__ import annotations

from playwright.sync_api import Browser, Page, Route, expect

from generator.i18n import t

GOINGE = "Goinge Forward \u2013 En väg in"


def side_table_headers(page: Page) -> list[str]:
    page.locator("#vta-side-result table").wait_for()
    return [text.strip() for text in
            page.locator("#vta-side-result thead th[scope=col]").all_inner_texts()]


def row_cells(page: Page, label: str) -> list[str]:
    row = page.locator("#vta-side-result tbody tr").filter(
        has=page.locator(f"th[scope=row]:text-is('{label}')"))
    return [text.strip() for text in row.locator("td").all_inner_texts()]


def test_selecting_two_projects_shows_them_side_by_side(page: Page, site_url: str) -> None:
    page.goto(site_url + "compare/")
    page.get_by_label(f"Välj {GOINGE} för jämförelse").check()
    page.get_by_label("Välj SIN-projektet för jämförelse").check()
    page.get_by_role("button", name="Jämför valda projekt sida vid sida").click()
    page.wait_for_url("**/compare/side-by-side/?p=goinge-forward&p=sin")
    assert side_table_headers(page) == ["Uppgift", GOINGE, "SIN-projektet"]
    assert row_cells(page, "Deltagare") == ["246", "58"]
    expect(page.locator("#vta-side-status")).to_have_text("Visar 2 projekt sida vid sida.")
    address = page.url

    # The address alone reproduces the view, with the boxes ticked.
    fresh = page.context.new_page()
    fresh.goto(address)
    assert side_table_headers(fresh) == side_table_headers(page)
    assert row_cells(fresh, "Deltagare") == ["246", "58"]
    expect(fresh.locator('#vta-side-form input[value="sin"]')).to_be_checked()
    expect(fresh.locator('#vta-side-form input[value="steget-vidare"]')).not_to_be_checked()


def test_english_view_and_row_headers(page: Page, site_url: str) -> None:
    page.goto(site_url + "en/compare/side-by-side/?p=steget-vidare&p=sin")
    assert side_table_headers(page) == ["Item", "Steget vidare (The Next Step)",
                                        "SIN-projektet (the SIN project)"]
    flags = row_cells(page, "Keep in mind")
    assert "Approximate figure" in flags[0] and "Interim results" in flags[1]
    assert page.locator("#vta-side-result tbody th[scope=row]").count() > 10


def test_compare_control_on_a_project_page(page: Page, site_url: str) -> None:
    page.goto(site_url + "projects/sin/")
    page.get_by_role("button", name="Jämför med andra projekt").click()
    page.wait_for_url("**/compare/side-by-side/?p=sin")
    expect(page.locator("#vta-side-status")).to_contain_text("Välj minst två projekt")
    expect(page.locator('#vta-side-form input[value="sin"]')).to_be_checked()
    page.locator('#vta-side-form input[value="goinge-forward"]').check()
    page.get_by_role("button", name="Visa jämförelsen").click()
    page.wait_for_url("**/side-by-side/?p=goinge-forward&p=sin")
    assert side_table_headers(page)[1:] == [GOINGE, "SIN-projektet"]


def test_more_than_four_projects_shows_the_first_four(page: Page, site_url: str) -> None:
    ids = ["sin", "goinge-forward", "steget-vidare", "steget-fore", "arbetsmarknadscenter",
           "nonexistent"]
    page.goto(site_url + "en/compare/side-by-side/?" + "&".join(f"p={i}" for i in ids))
    assert len(side_table_headers(page)) == 5
    status = page.locator("#vta-side-status")
    expect(status).to_contain_text("The first 4 are shown")
    expect(status).to_contain_text("Not in the catalogue: nonexistent")


def test_sorting_by_participants_keeps_missing_figures_last(page: Page, site_url: str) -> None:
    page.goto(site_url + "en/compare/")
    header = page.locator(".vta-compare-table thead th").filter(has_text="Participants")
    button = header.get_by_role("button")
    names = page.locator(".vta-compare-table tbody th[scope=row]")
    expect(page.locator(".vta-compare-table thead th[aria-sort=ascending]")).to_have_count(1)
    button.click()
    expect(header).to_have_attribute("aria-sort", "ascending")
    # 58 (SIN) < 246 (Goinge) < about 1000 (Steget vidare); the rest give no number.
    expect(names.nth(0)).to_contain_text("SIN-projektet")
    expect(names.nth(2)).to_contain_text("Steget vidare")
    button.click()
    expect(header).to_have_attribute("aria-sort", "descending")
    expect(names.nth(0)).to_contain_text("Steget vidare")
    expect(names.nth(2)).to_contain_text("SIN-projektet")
    expect(names.nth(3)).to_contain_text("Arbetsmarknadscenter")
    assert page.locator(".vta-compare-table thead th[aria-sort]").count() == 1


def test_selection_needs_two_to_four_projects(page: Page, site_url: str) -> None:
    page.goto(site_url + "compare/")
    page.get_by_label("Välj SIN-projektet för jämförelse").check()
    page.get_by_role("button", name="Jämför valda projekt sida vid sida").click()
    expect(page.locator("[data-vta-pick-status]")).to_contain_text("nu har du valt 1")
    assert page.url.endswith("/compare/")


def test_without_javascript_the_page_explains_and_links_to_the_table(
        browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "compare/side-by-side/?p=sin&p=goinge-forward")
        expect(page.locator(".vta-noscript")).to_be_visible()
        expect(page.locator(".vta-noscript a")).to_have_attribute("href",
                                                                  "../../compare/#table")
        assert page.locator("#vta-side-result table").count() == 0
        page.goto(site_url + "compare/")
        assert page.locator(".vta-compare-table thead button").count() == 0
        first = page.locator(".vta-compare-table tbody th[scope=row]").first
        expect(first).to_contain_text("Arbetsmarknadscenter")
    finally:
        context.close()


def test_side_by_side_messages_come_in_the_page_language(page: Page, site_url: str) -> None:
    page.goto(site_url + "en/compare/side-by-side/?p=no-such-project&p=nor-this")
    expect(page.locator("#vta-side-status")).to_contain_text(
        t("en", "compare.side.unknown", ids="no-such-project, nor-this"))
    expect(page.locator("#vta-side-status")).to_contain_text(t("en", "compare.side.need_two"))


def test_side_by_side_says_when_its_data_cannot_be_loaded(page: Page, site_url: str) -> None:
    def fail(route: Route) -> None:
        route.abort()

    page.route("**/compare/side-by-side.json", fail)
    page.goto(site_url + "compare/side-by-side/?p=a&p=b")
    expect(page.locator("#vta-side-status")).to_have_text(t("sv", "compare.side.error"))
