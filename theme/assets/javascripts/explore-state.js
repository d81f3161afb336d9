// The explorer's state and its two homes: the address (shareable, back button)
// and the form. State: { q: text, sort: "" (default) or a sort name,
// facets: { facetName: [value labels] }, view: "" (the list) or "map" (list and map) }.

/** Pagefind sort keys and the direction each is offered in. */
const SORT_DIRECTIONS = {
  name: "asc",
  start_year: "desc",
  participants: "desc",
  share: "desc",
};

/** Views besides the list, as the address spells them. */
const VIEWS = ["map"];

export function emptyState() {
  return { q: "", sort: "", facets: {}, view: "" };
}

export function stateFromUrl(search, facetNames) {
  const params = new URLSearchParams(search);
  const facets = {};
  for (const name of facetNames) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) facets[name] = values;
  }
  const sort = params.get("sort") || "";
  const view = params.get("view") || "";
  return {
    q: params.get("q") || "",
    sort: sort in SORT_DIRECTIONS || sort === "relevance" ? sort : "",
    facets,
    view: VIEWS.includes(view) ? view : "",
  };
}

export function urlFromState(state, facetNames) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const name of facetNames) {
    for (const value of state.facets[name] || []) params.append(name, value);
  }
  if (state.sort) params.set("sort", state.sort);
  if (state.view) params.set("view", state.view);
  const search = params.toString();
  return search ? `?${search}` : location.pathname;
}

export function stateFromForm(form, facetNames) {
  const data = new FormData(form);
  const facets = {};
  for (const name of facetNames) {
    const values = data.getAll(name).map(String);
    if (values.length) facets[name] = values;
  }
  const sort = String(data.get("sort") || "");
  const q = String(data.get("q") || "").trim();
  const view = String(data.get("view") || "");
  // The sort box shows the default too; only a different choice is worth keeping.
  return { q, sort: sort === defaultSort(q) ? "" : sort, facets, view: VIEWS.includes(view) ? view : "" };
}

export function applyStateToForm(form, state) {
  form.elements.q.value = state.q;
  form.elements.sort.value = effectiveSort(state);
  for (const box of form.querySelectorAll("input[type=checkbox]")) {
    box.checked = (state.facets[box.name] || []).includes(box.value);
  }
  // The view box sits with the results, outside the form element but one of its fields.
  const view = form.elements.namedItem("view");
  if (view) view.checked = state.view === view.value;
}

/** Best match when there is text to match, else name order. */
export function effectiveSort(state) {
  const sort = state.sort || defaultSort(state.q);
  return sort === "relevance" && !state.q ? "name" : sort;
}

function defaultSort(q) {
  return q ? "relevance" : "name";
}

/**
 * Pagefind filters: projects only, any of the chosen values within a facet,
 * all facets together. `without` leaves one facet out, for that facet's counts.
 */
export function filtersFor(state, without = null) {
  const filters = { kind: "project" };
  for (const [name, values] of Object.entries(state.facets)) {
    if (name !== without && values.length) filters[name] = { any: values };
  }
  return filters;
}

export function sortFor(state) {
  const sort = effectiveSort(state);
  return sort in SORT_DIRECTIONS ? { [sort]: SORT_DIRECTIONS[sort] } : {};
}

/**
 * The address's query for the explorer in language `to`: facet labels swapped
 * for that language's labels (`table` is explore/facet-labels.json, written by
 * generator/site/pages/facet_labels.py); the text and the sort order stay as they are.
 * A label the table does not know is dropped: it would match nothing there.
 */
export function translateQuery(params, table, from, to, facetNames) {
  const source = table.languages.indexOf(from);
  const target = table.languages.indexOf(to);
  const translated = new URLSearchParams();
  const seen = new Set();
  for (const [name, value] of params) {
    if (!facetNames.includes(name)) {
      translated.append(name, value);
      continue;
    }
    for (const pair of (table.facets[name] || []).filter((p) => p[source] === value)) {
      const key = `${name}\n${pair[target]}`;
      if (!seen.has(key)) translated.append(name, pair[target]);
      seen.add(key);
    }
  }
  return translated.toString();
}
