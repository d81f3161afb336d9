"""Without JavaScript no control is offered that needs it: the comparison table has no
checkboxes, no "compare selected" button and no hint to tick projects; with JavaScript
all of them are there."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

pytestmark = pytest.mark.browser

NEEDS_SCRIPT = (".vta-compare-table input[type=checkbox]", ".vta-compare-form button[type=submit]",
                ".vta-needs-js", ".vta-compare-table th.vta-pick")


@pytest.mark.parametrize("script", [False, True], ids=["no-js", "js"])
@pytest.mark.parametrize("root", ["", "en/"])
def test_comparison_choice_only_with_javascript(site_url: str, browser: Browser, root: str,
                                                script: bool) -> None:
    context = browser.new_context(java_script_enabled=script)
    page = context.new_page()
    page.goto(site_url + root + "compare/", wait_until="networkidle")
    shown = {selector: page.locator(selector).first.is_visible() for selector in NEEDS_SCRIPT}
    table = page.locator(".vta-compare-table tbody th[scope=row]").first.is_visible()
    context.close()
    assert shown == dict.fromkeys(NEEDS_SCRIPT, script)
    assert table, "the table itself is there either way"
