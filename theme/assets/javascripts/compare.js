// Comparison table, progressively enhanced. Without this script the table stays in its
// documented order (project name) and the selection form still submits ?p=…&p=….
// With it: sort buttons in the column headers (aria-sort on the sorted column, missing
// values always last) and a check that two to four projects are selected.

import { element, format, readStrings } from "./search-common.js";

const MIN_PICKED = 2;
const MAX_PICKED = 4;

function value(row, index, type) {
  const cell = row.cells[index];
  if (!cell) return null;
  const raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort")
    : cell.textContent.trim();
  if (raw === "") return null;
  if (type === "number") {
    const number = parseFloat(raw);
    return Number.isNaN(number) ? null : number;
  }
  return raw;
}

function compare(a, b, collator) {
  if (typeof a === "number" && typeof b === "number") return a - b;
  // Cells with data-sort carry a ready-made key (the name's rank); others are read text.
  if (collator) return collator.compare(String(a), String(b));
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function sortRows(table, index, type, descending) {
  const body = table.tBodies[0];
  const first = body.rows.length ? body.rows[0].cells[index] : null;
  const keyed = Boolean(first && first.hasAttribute("data-sort"));
  const collator = keyed ? null : new Intl.Collator(document.documentElement.lang);
  const rows = [...body.rows].map((row, position) => ({
    row, key: value(row, index, type), position,
  }));
  rows.sort((a, b) => {
    if (a.key === null || b.key === null) {
      // Missing figures last in both directions; otherwise keep the current order.
      return (a.key === null) - (b.key === null) || a.position - b.position;
    }
    const order = compare(a.key, b.key, collator);
    return (descending ? -order : order) || a.position - b.position;
  });
  for (const { row } of rows) body.append(row);
}

function enhanceTable(wrapper) {
  const table = wrapper.querySelector("table");
  if (!table || !table.tHead || !table.tBodies.length) return;
  const headers = [...table.tHead.rows[0].cells];
  headers.forEach((th, index) => {
    const type = th.getAttribute("data-sort-type");
    if (!type) return;
    const button = element("button", "vta-sort");
    button.type = "button";
    button.append(...th.childNodes);
    const arrow = element("span", "vta-sort__arrow");
    arrow.setAttribute("aria-hidden", "true");
    button.append(arrow);
    th.append(button);
    button.addEventListener("click", () => {
      const descending = th.getAttribute("aria-sort") === "ascending";
      sortRows(table, index, type, descending);
      for (const other of headers) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", descending ? "descending" : "ascending");
    });
  });
  // The static order is by project name: say so once the headers are buttons.
  const nameHeader = headers.find((th) => th.getAttribute("data-sort-type") === "text");
  if (nameHeader) nameHeader.setAttribute("aria-sort", "ascending");
}

function guardSelection(form) {
  const strings = readStrings(form);
  const status = form.querySelector("[data-vta-pick-status]");
  form.addEventListener("submit", (event) => {
    const count = form.querySelectorAll('input[name="p"]:checked').length;
    if (count >= MIN_PICKED && count <= MAX_PICKED) return;
    event.preventDefault();
    if (status) status.textContent = format(strings["compare.table.pick_count"], { count });
  });
}

export function initComparison() {
  for (const wrapper of document.querySelectorAll("[data-vta-sortable]")) enhanceTable(wrapper);
  for (const form of document.querySelectorAll("form.vta-compare-form")) guardSelection(form);
}
