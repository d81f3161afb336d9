"""What the width, keyboard and print tests measure in Chromium, shared by them.

Each helper answers with a list of problems in words (empty when all is well), so a
test can report every page that fails, and why, at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from playwright.sync_api import Page, Request, Response
from test_a11y_pages import AXE_SCRIPT

WIDTHS = {390: 844, 1366: 768}
"""Viewport widths and heights: a phone (or a desktop at 400 % zoom) and a laptop."""
TAB_STOPS = 15
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_FOCUS = """async () => {
  const e = document.activeElement;
  if (!e || e === document.body || e === document.documentElement) return null;
  // Focus styles fade in (Material's skip link): judge what is shown once they have.
  const settled = Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null)));
  await Promise.race([settled, new Promise((done) => setTimeout(done, 1000))]);
  const style = getComputedStyle(e);
  const box = e.getClientRects()[0] || e.getBoundingClientRect();
  const [w, h] = [innerWidth, innerHeight];
  const name = `<${e.tagName.toLowerCase()} class="${e.getAttribute("class") || ""}">` +
    ` ${(e.innerText || e.value || e.getAttribute("aria-label") || "").trim().slice(0, 40)}`;
  const problems = [];
  if (!box || box.width < 1 || box.height < 1) problems.push("has no size");
  else {
    if (box.left < -0.5 || (box.width <= w && box.right > w + 0.5)) problems.push(
      `is off screen sideways (x ${Math.round(box.left)}..${Math.round(box.right)} of ${w})`);
    if (box.bottom <= 0 || box.top >= h) problems.push(
      `is off screen (y ${Math.round(box.top)}..${Math.round(box.bottom)} of ${h})`);
    if (!problems.length) {
      const x = Math.min(Math.max(box.left + Math.min(box.width, 8) / 2, 0), w - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), h - 1);
      const hit = document.elementFromPoint(x, y);
      // A map area's box overlaps its neighbours' shapes: a shape of the same map at that
      // point hides nothing of the focused one (its focus outline rings the whole area).
      const map = e.closest("svg");
      if (!hit || !(hit === e || e.contains(hit) || hit.contains(e) ||
                    (hit.control && hit.control === e) || (map && map.contains(hit)))) {
        const cover = hit ? `${hit.tagName.toLowerCase()}.${hit.getAttribute("class") || ""}`
          : "nothing";
        problems.push(`is covered by ${cover}`);
      }
    }
  }
  if (!e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }))
    problems.push("is invisible (visibility or opacity)");
  const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1;
  if (!ring && style.boxShadow === "none") problems.push("shows no focus indicator");
  return { name, problems };
}"""


@contextmanager
def failed_requests(page: Page) -> Iterator[list[str]]:
    """Every request that fails or is answered with an error while the block runs, and
    until the network is quiet after it (a Tab stop may start loading the search)."""
    failed: list[str] = []

    def on_failed(request: Request) -> None:
        failed.append(f"{request.url} failed ({request.failure})")

    def on_response(response: Response) -> None:
        if response.status >= 400:
            failed.append(f"{response.url} answered {response.status}")

    page.on("requestfailed", on_failed)
    page.on("response", on_response)
    try:
        yield failed
        page.wait_for_load_state("networkidle")
    finally:
        page.remove_listener("requestfailed", on_failed)
        page.remove_listener("response", on_response)


def open_page(page: Page, url: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": WIDTHS.get(width, 800)})
    page.goto(url, wait_until="networkidle")


def axe_violations(page: Page) -> list[str]:
    page.add_script_tag(path=str(AXE_SCRIPT))
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    result: dict[str, Any] = page.evaluate("o => axe.run(document, o)", options)
    return [f"axe {rule['id']}: {rule['help']} at "
            + ", ".join(" ".join(node["target"]) for node in rule["nodes"][:4])
            for rule in result["violations"]]


def sideways_scroll(page: Page) -> list[str]:
    wide: int = page.evaluate("document.documentElement.scrollWidth")
    room: int = page.evaluate("document.documentElement.clientWidth")
    return [f"the page scrolls sideways ({wide} px in {room} px)"] if wide > room else []


def hidden_tab_stops(page: Page, stops: int = TAB_STOPS) -> list[str]:
    """Press Tab from the top of the page; every focused element must be seen on screen."""
    problems = []
    seen: list[str] = []
    for number in range(1, stops + 1):
        page.keyboard.press("Tab")
        focused: dict[str, Any] | None = page.evaluate(_FOCUS)
        if focused is None or (seen and focused["name"] == seen[0]):
            break  # out of the page, or round again: the page has fewer stops
        seen.append(focused["name"])
        problems += [f"Tab stop {number} {focused['name']} {problem}"
                     for problem in focused["problems"]]
    return problems


def report(url: str, width: int, problems: list[str]) -> str:
    return f"/{url} at {width} px:\n    " + "\n    ".join(problems)
