"""What a reader's browser fetches and waits for when searching a built site.

Each scenario runs in a fresh browser context (an empty cache). Bytes are the
response bodies Chromium received, split into Pagefind's index (everything
under pagefind/ except fragments: entry, metadata, word and filter chunks,
WebAssembly and its loader), Pagefind's fragments (one per result shown) and
everything else (pages, styles, scripts). Times are taken inside the page
with performance.now(), from the action to the moment the results are shown.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from playwright.sync_api import Browser, Page, Request

WATCH_SCRIPT = """
window.__vtaShown = {};
new MutationObserver((mutations) => {
  for (const [name, selector] of [["explore", ".vta-explore__status"],
                                  ["box", ".vta-search__live"]]) {
    const node = document.querySelector(selector);
    if (node && node.textContent && mutations.some((m) => node.contains(m.target))) {
      const seen = window.__vtaShown[name];
      window.__vtaShown[name] = { count: (seen ? seen.count : 0) + 1, at: performance.now() };
    }
  }
}).observe(document, { subtree: true, childList: true, characterData: true });
"""
"""Counts and times each time the explorer's status or the box's live region is written."""


@dataclass
class Measurement:
    scenario: str
    milliseconds: float
    bytes: dict[str, int] = field(default_factory=dict)
    requests: int = 0

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


class Traffic:
    """Response sizes of every finished request, by kind."""

    def __init__(self, page: Page) -> None:
        self.finished: list[Request] = []
        page.on("requestfinished", lambda request: self.finished.append(request))

    def take(self) -> tuple[dict[str, int], int]:
        totals = {"pagefind_index": 0, "pagefind_fragment": 0, "other": 0}
        for request in self.finished:
            # -1 when there is no body (e.g. a request the page cancelled).
            totals[_kind(request.url)] += max(0, request.sizes()["responseBodySize"])
        count = len(self.finished)
        self.finished = []
        return totals, count


def _kind(url: str) -> str:
    if "/pagefind/fragment/" in url:
        return "pagefind_fragment"
    return "pagefind_index" if "/pagefind/" in url else "other"


def _shown(page: Page, name: str, writes_before: int = 0) -> float:
    """Wait until `name` has been written again (and nothing is busy); when that was."""
    page.wait_for_function(
        "([name, before]) => window.__vtaShown[name] && window.__vtaShown[name].count > before"
        " && !document.querySelector('.vta-explore__results[aria-busy]')",
        arg=[name, writes_before], timeout=120_000)
    at: float = page.evaluate("(name) => window.__vtaShown[name].at", name)
    return at


def _now(page: Page) -> float:
    value: float = page.evaluate("performance.now()")
    return value


def _writes(page: Page, name: str) -> int:
    count: int = page.evaluate("(name) => window.__vtaShown[name]?.count ?? 0", name)
    return count


def explorer(browser: Browser, root: str, query: str, method: str) -> list[Measurement]:
    """Open the explorer, then type a query, then tick a method."""
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(WATCH_SCRIPT)
    traffic = Traffic(page)
    page.goto(f"{root}explore/")
    opened = _shown(page, "explore")
    page.wait_for_load_state("networkidle")
    results = [Measurement("explorer: open, first results", opened, *traffic.take())]

    def step(name: str, action: Callable[[], None]) -> None:
        before, started = _writes(page, "explore"), _now(page)
        action()
        done = _shown(page, "explore", before)
        page.wait_for_load_state("networkidle")
        results.append(Measurement(name, done - started, *traffic.take()))

    step(f"explorer: type {query!r}", lambda: page.fill("#vta-explore-q", query))
    step("explorer: tick a method", lambda: _tick(page, method))
    context.close()
    return results


def _tick(page: Page, label: str) -> None:
    group = page.locator("details[data-facet=method]")
    group.locator("summary").click()
    group.locator(f"input[type=checkbox][value={json.dumps(label, ensure_ascii=False)}]").check()


def search_box(browser: Browser, root: str, page_url: str, query: str) -> list[Measurement]:
    """Open a project page, then type a query into the header's search box."""
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(WATCH_SCRIPT)
    traffic = Traffic(page)
    page.goto(f"{root}{page_url}")
    page.wait_for_load_state("networkidle")
    loaded: float = page.evaluate(
        "performance.getEntriesByType('navigation')[0].loadEventEnd")
    results = [Measurement(f"box: open {page_url} (page load)", loaded, *traffic.take())]
    started = _now(page)
    page.fill("#vta-search-input", query)
    done = _shown(page, "box")
    page.wait_for_load_state("networkidle")
    results.append(Measurement(f"box: type {query!r}", done - started, *traffic.take()))
    context.close()
    return results
