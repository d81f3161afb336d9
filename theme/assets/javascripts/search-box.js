// The header's search box: Pagefind results for the page's language as you type.
// Keyboard: type, Tab or ArrowDown into the results, ArrowUp/ArrowDown between them,
// Escape closes the results (and clears the box when they are already closed),
// Enter shows every matching project in the explorer. The result count is
// announced through a polite live region.

import { withHighlight } from "./highlight.js";
import { counted, element, excerptNodes, loadPagefind, readStrings } from "./search-common.js";

const SHOWN = 8;
const DEBOUNCE_MS = 200;

export function initSearchBox(box) {
  const strings = readStrings(box);
  const form = box.querySelector(".vta-search__form");
  const input = box.querySelector(".vta-search__input");
  const live = box.querySelector(".vta-search__live");
  const panel = box.querySelector(".vta-search__panel");
  const count = box.querySelector(".vta-search__count");
  const list = box.querySelector(".vta-search__results");
  const all = box.querySelector(".vta-search__all");
  const exploreUrl = new URL(form.getAttribute("action"), document.baseURI);
  let latest = 0;

  form.hidden = false;
  box.querySelector(".vta-search__fallback").hidden = true;

  function open(isOpen) {
    panel.hidden = !isOpen;
  }

  function fail() {
    count.textContent = strings["search.status.failed"];
    live.textContent = strings["search.status.failed"];
    box.querySelector(".vta-search__fallback").hidden = false;
  }

  async function run() {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      open(false);
      list.replaceChildren();
      live.textContent = "";
      return;
    }
    open(true);
    count.textContent = strings["search.status.searching"];
    let pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      fail();
      return;
    }
    const response = await pagefind.debouncedSearch(query, {}, DEBOUNCE_MS);
    if (response === null || ticket !== latest) return;
    const data = await Promise.all(response.results.slice(0, SHOWN).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...data.map((result) => resultItem(result, query)));
    const text = counted(strings, "search.status", response.results.length, { query });
    count.textContent = text;
    live.textContent = text;
    exploreUrl.search = new URLSearchParams({ q: query }).toString();
    all.href = exploreUrl.href;
    all.parentElement.hidden = response.results.length === 0;
  }

  function links() {
    return [...list.querySelectorAll("a")];
  }

  input.addEventListener("input", run);
  input.addEventListener("focus", () => {
    loadPagefind().catch(fail);
    if (input.value.trim() && list.childElementCount) open(true);
  });
  box.addEventListener("keydown", (event) => {
    const items = links();
    const index = items.indexOf(document.activeElement);
    if (event.key === "Escape") {
      const wasOpen = !panel.hidden;
      // Focus first: focusing the box reopens the results, closing must come after.
      input.focus();
      if (wasOpen) {
        open(false);
      } else {
        input.value = "";
        run();
      }
      event.preventDefault();
    } else if (event.key === "ArrowDown" && items.length && !panel.hidden) {
      items[Math.min(index + 1, items.length - 1)].focus();
      event.preventDefault();
    } else if (event.key === "ArrowUp" && index >= 0) {
      (index === 0 ? input : items[index - 1]).focus();
      event.preventDefault();
    }
  });
  box.addEventListener("focusout", (event) => {
    if (!box.contains(event.relatedTarget)) open(false);
  });
  if (input.value.trim()) run();
}

function resultItem(data, query) {
  const item = element("li", "vta-search__result");
  const link = element("a", "vta-search__link", data.meta.title || data.url);
  // The opened page marks the words (highlight.js).
  link.href = withHighlight(data.url, query);
  item.append(link);
  // What kind of page it is first (project, method, overview …), then a project's facts.
  const details = [data.meta.kind, data.meta.owner, data.meta.figures].filter(Boolean)
    .join(" · ");
  if (details) item.append(element("p", "vta-search__details", details));
  const excerpt = element("p", "vta-search__excerpt");
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}
