// Side-by-side view: renders the projects named in ?p=…&p=… as a table with row headers.
// The data (compare/side-by-side.json) is already worded in the page's language, and so
// are the messages (data-strings); both are inserted with textContent only, and links
// only as hrefs the generator wrote: relative, or a source's own http(s) address, which
// the validator checked.
// Without JavaScript the page shows a <noscript> explanation and the selection form.

import { element, format, readStrings } from "./search-common.js";

/** The project ids in the address, each once, in the order given. */
function requested() {
  const ids = new URLSearchParams(location.search).getAll("p").filter(Boolean);
  return [...new Set(ids)];
}

function itemNode(item) {
  const node = element(item.href ? "a" : "span", "", item.text);
  if (item.href) node.setAttribute("href", item.href);
  if (item.lang) node.setAttribute("lang", item.lang);
  return node;
}

function cellContent(cell, items, none) {
  if (!items || !items.length) {
    cell.append(element("span", "vta-none", none));
  } else if (items.length === 1) {
    cell.append(itemNode(items[0]));
  } else {
    const list = element("ul", "vta-inline");
    for (const item of items) {
      const entry = element("li");
      entry.append(itemNode(item));
      list.append(entry);
    }
    cell.append(list);
  }
}

function header(text, scope) {
  const th = element("th", "", text);
  th.setAttribute("scope", scope);
  return th;
}

function table(data, ids, text) {
  const result = element("table");
  result.append(element("caption", "", text("caption")));
  const headRow = element("tr");
  headRow.append(header(text("aspect"), "col"));
  for (const id of ids) {
    const th = header(undefined, "col");
    th.append(itemNode(data.projects[id].name));
    headRow.append(th);
  }
  const head = element("thead");
  head.append(headRow);
  result.append(head);
  const body = element("tbody");
  for (const aspect of data.aspects) {
    const row = element("tr");
    row.append(header(aspect.label, "row"));
    for (const id of ids) {
      const cell = element("td");
      cellContent(cell, data.projects[id].cells[aspect.key], text("none"));
      row.append(cell);
    }
    body.append(row);
  }
  result.append(body);
  const wrapper = element("div", "vta-side__table");
  wrapper.setAttribute("role", "region");
  wrapper.setAttribute("tabindex", "0");
  wrapper.setAttribute("aria-label", text("region"));
  wrapper.append(result);
  return wrapper;
}

function show(data, text, parts) {
  const wanted = requested();
  let known = wanted.filter((id) => Object.hasOwn(data.projects, id));
  const unknown = wanted.filter((id) => !known.includes(id));
  const messages = [];
  if (unknown.length) messages.push(text("unknown", { ids: unknown.join(", ") }));
  if (known.length > data.max) {
    messages.push(text("too_many", { count: known.length, max: data.max }));
    known = known.slice(0, data.max);
  }
  if (parts.form) {
    for (const box of parts.form.querySelectorAll('input[name="p"]')) {
      box.checked = known.includes(box.value);
    }
  }
  if (known.length < 2) {
    messages.push(text("need_two"));
    parts.result.replaceChildren();
  } else {
    parts.result.replaceChildren(table(data, known, text));
    messages.push(text("showing", { count: known.length }));
  }
  parts.status.textContent = messages.join(" ");
}

export async function initSideBySide(root) {
  const strings = readStrings(root);
  /** The view's message `name` (compare.side.<name>) with its {placeholders} filled in. */
  const text = (name, params = {}) => format(strings[`compare.side.${name}`], params);
  const parts = {
    status: document.getElementById("vta-side-status"),
    result: document.getElementById("vta-side-result"),
    form: document.getElementById("vta-side-form"),
  };
  try {
    const response = await fetch(root.dataset.src);
    if (!response.ok) throw new Error(String(response.status));
    const data = await response.json();
    show(data, text, parts);
  } catch {
    parts.status.textContent = text("error");
  }
}
