// The explorer: facets with live counts, free text and sort order over Pagefind,
// with the choices kept in the address. Without this script the page shows its
// static list of every project by county; the script replaces it only once
// Pagefind has loaded.

import {
  applyStateToForm, emptyState, filtersFor, sortFor, stateFromForm, stateFromUrl, translateQuery,
  urlFromState,
} from "./explore-state.js";
import { paintMap } from "./explore-map.js";
import { withHighlight } from "./highlight.js";
import { counted, element, format, loadPagefind, readStrings } from "./search-common.js";
import { countText, ownFilterOf } from "./facet-counts.js";

const PAGE_SIZE = 20;
/** Facet labels in both languages, next to this page (generator/site/pages/facet_labels.py). */
const LABELS_URL = "facet-labels.json";

export async function initExplorer(root) {
  const strings = readStrings(root);
  const form = root.querySelector(".vta-explore__form");
  const section = root.querySelector(".vta-explore__results");
  const status = root.querySelector(".vta-explore__status");
  const list = root.querySelector(".vta-explore__list");
  const more = root.querySelector(".vta-explore__more");
  const mapView = root.querySelector(".vta-explore__map");
  const facetNames = facetNamesOf(form);
  let pagefind;
  try {
    pagefind = await loadPagefind();
    // Counts for a facet need its filter index; load them all once, up front.
    await pagefind.filters();
  } catch {
    const note = element("p", "vta-explore__failed", strings["search.status.failed"]);
    note.setAttribute("role", "alert");
    root.prepend(note);
    return;
  }
  let state = stateFromUrl(location.search, facetNames);
  let typing = false;
  let ticket = 0;
  let matches = [];
  let shown = 0;

  form.hidden = false;
  section.hidden = false;
  root.querySelector(".vta-explore__static").hidden = true;
  applyStateToForm(form, state);

  async function update() {
    const current = ++ticket;
    section.setAttribute("aria-busy", "true");
    const query = state.q || null;
    const all = await pagefind.search(query, { filters: filtersFor(state) });
    const sort = sortFor(state);
    const sorted = Object.keys(sort).length
      ? await pagefind.search(query, { filters: filtersFor(state), sort })
      : all;
    const counts = {};
    for (const name of facetNames) {
      // Counts within a facet ignore that facet's own choices: any one of them may match.
      const found = state.facets[name]
        ? (await pagefind.search(query, { filters: filtersFor(state, name) })).filters
        : all.filters;
      counts[name] = found[name];
      // Beside a facet that includes narrower terms, its projects' own terms (facet-counts.js).
      const own = ownFilterOf(form, name);
      if (own) counts[own] = found[own];
    }
    if (current !== ticket) return;
    showCounts(form, counts);
    showChosen(form, state, strings);
    showMap(mapView, state, counts.county, strings);
    matches = sorted.results;
    shown = 0;
    list.replaceChildren();
    list.dataset.resultCount = String(all.results.length);
    await showMore(current, false);
    if (current !== ticket) return;
    showSortNote(root, state);
    let text = counted(strings, "search.explore.count", all.results.length);
    const hidden = all.results.length - sorted.results.length;
    if (hidden > 0) text += " " + format(strings["search.explore.count.sorted"], { count: hidden });
    status.textContent = text;
    section.removeAttribute("aria-busy");
  }

  async function showMore(current, moveFocus) {
    const next = matches.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (current !== ticket) return;
    const cards = data.map((result) => card(result, state.q, strings));
    list.append(...cards);
    shown += next.length;
    more.hidden = shown >= matches.length;
    if (moveFocus && cards.length) cards[0].querySelector("a").focus();
  }

  function commit(push) {
    const url = urlFromState(state, facetNames);
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
    update();
  }

  form.addEventListener("change", (event) => {
    if (event.target.name === "q") return;
    state = stateFromForm(form, facetNames);
    typing = false;
    commit(true);
  });
  form.elements.q.addEventListener("input", () => {
    state = stateFromForm(form, facetNames);
    // One history entry per search, not per keystroke.
    commit(!typing);
    typing = true;
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    typing = false;
  });
  form.addEventListener("reset", (event) => {
    event.preventDefault();
    // Clears the choices; the map stays if it was shown.
    state = { ...emptyState(), view: state.view };
    applyStateToForm(form, state);
    typing = false;
    commit(true);
  });
  more.addEventListener("click", () => showMore(ticket, true));
  const viewBox = form.elements.namedItem("view");
  if (viewBox) {
    // Outside the form element, so its change does not reach the form's listener.
    viewBox.addEventListener("change", () => {
      state = stateFromForm(form, facetNames);
      typing = false;
      commit(true);
    });
  }
  if (mapView) {
    // A county on the map chooses or un-chooses it in the County filter, like its checkbox.
    mapView.addEventListener("click", (event) => {
      const area = event.target.closest("a[data-label]");
      if (!area) return;
      event.preventDefault();
      const chosen = state.facets.county || [];
      const label = area.dataset.label;
      const next = chosen.includes(label) ? chosen.filter((value) => value !== label) : [...chosen, label];
      state = { ...state, facets: { ...state.facets, county: next } };
      if (!next.length) delete state.facets.county;
      applyStateToForm(form, state);
      typing = false;
      commit(true);
    });
  }
  window.addEventListener("popstate", () => {
    state = stateFromUrl(location.search, facetNames);
    applyStateToForm(form, state);
    typing = false;
    update();
  });
  await update();
}

/**
 * For the language switch (language-switch.js): this explorer's address in
 * another language, with the facet labels of that language.
 */
export async function labelTranslator(root) {
  const facetNames = facetNamesOf(root.querySelector(".vta-explore__form"));
  const here = document.documentElement.lang;
  const response = await fetch(new URL(LABELS_URL, location.href));
  if (!response.ok) throw new Error(`${LABELS_URL}: ${response.status}`);
  const table = await response.json();
  return (params, there) => translateQuery(params, table, here, there, facetNames);
}

function facetNamesOf(form) {
  return [...form.querySelectorAll("[data-facet]")].map((group) => group.dataset.facet);
}

function showCounts(form, counts) {
  for (const box of form.querySelectorAll("input[type=checkbox]")) {
    const count = (counts[box.name] || {})[box.value] || 0;
    const label = box.closest("label");
    label.querySelector(".vta-facet__count").textContent = countText(box, counts);
    label.classList.toggle("vta-facet__item--empty", count === 0);
  }
}

/** Each group's summary says how many of its values are chosen; such groups stay open. */
function showChosen(form, state, strings) {
  for (const group of form.querySelectorAll("[data-facet]")) {
    const chosen = (state.facets[group.dataset.facet] || []).length;
    group.querySelector(".vta-facet__chosen").textContent = chosen
      ? `(${format(strings["search.explore.chosen"], { count: chosen })})`
      : "";
    if (chosen) group.open = true;
  }
}

/** The map view: shown when chosen, shaded by the selection's counts per county. */
function showMap(mapView, state, countyCounts, strings) {
  if (!mapView) return;
  mapView.hidden = state.view !== "map";
  if (mapView.hidden) return;
  const numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
  paintMap(mapView.querySelector("svg"), countyCounts || {}, state.facets.county || [], strings,
    (value) => numbers.format(value));
}

/** While a figure orders the list, say that it is a sort, not a ranking. */
function showSortNote(root, state) {
  const note = root.querySelector(".vta-explore__sort-note");
  if (!note) return;
  const figureSorts = (note.dataset.figureSorts || "").split(" ");
  note.hidden = !figureSorts.includes(sortKey(state));
}

function sortKey(state) {
  return Object.keys(sortFor(state))[0] || "";
}

function card(data, query, strings) {
  const item = element("li", "vta-card");
  const heading = element("h3", "vta-card__title");
  const link = element("a", "", data.meta.title || data.url);
  // The opened page marks the words (highlight.js).
  link.href = withHighlight(data.url, query);
  heading.append(link);
  item.append(heading);
  const when = [data.meta.period, data.meta.place].filter(Boolean).join(" · ");
  for (const [name, text] of [["owner", data.meta.owner], ["when", when], ["figures", data.meta.figures]]) {
    if (text) item.append(element("p", `vta-card__${name}`, text));
  }
  item.append(glance(data.meta, strings));
  return item;
}

/**
 * Evidence at a glance, as on the project page: the evidence level in words (the squares
 * only repeat them), the cost per participant and the result, each caveat beside it.
 */
function glance(meta, strings) {
  const list = element("dl", "vta-card__glance");
  const rows = [
    ["evidence", meta.evidence, meta.evidence_scale],
    ["cost", meta.cost],
    ["result", meta.result],
    ["effect", meta.effect],
    ["caveats", meta.caveats],
  ];
  for (const [key, text, scale] of rows) {
    if (!text) continue;
    list.append(element("dt", "", strings[`search.card.glance.${key}`]));
    const value = element("dd", `vta-card__${key}`, text);
    if (scale) {
      const squares = element("span", "vta-scale", scale);
      squares.setAttribute("aria-hidden", "true");
      value.append(" ", squares);
    }
    list.append(value);
  }
  return list;
}
