// Shared by the header's search box and the explorer: loading Pagefind once,
// filling in texts, and turning Pagefind's data into safe DOM nodes.

let pagefindPromise = null;

/** Pagefind's module, loaded once from the bundle at the site root. */
export function loadPagefind() {
  if (!pagefindPromise) {
    const box = document.querySelector("[data-vta-search]");
    if (!box) return Promise.reject(new Error("no search box on this page"));
    // Resolved against this page, so the site works under any sub-path. Pagefind
    // picks the index for <html lang> and takes the site root from its own URL.
    const url = new URL(box.dataset.pagefind, document.baseURI).href;
    pagefindPromise = import(url).then(async (pagefind) => {
      await pagefind.options({ excerptLength: 24 });
      return pagefind;
    });
  }
  return pagefindPromise;
}

/** A text from the page's strings with {name} placeholders filled in. */
export function format(template, params = {}) {
  return (template || "").replace(/\{(\w+)\}/g, (match, name) =>
    name in params ? String(params[name]) : match);
}

/** The one/other/none form of a counted text: `${prefix}.one` and so on. */
export function counted(strings, prefix, count, params = {}) {
  const form = count === 0 ? "none" : count === 1 ? "one" : "other";
  return format(strings[`${prefix}.${form}`], { count, ...params });
}

export function readStrings(element) {
  try {
    return JSON.parse(element.dataset.strings || "{}");
  } catch {
    return {};
  }
}

/**
 * Pagefind's excerpt as DOM nodes: its text and <mark> around the matched words,
 * nothing else. The excerpt is parsed in an inert template, never inserted as HTML.
 */
export function excerptNodes(html) {
  const template = document.createElement("template");
  template.innerHTML = html || "";
  const nodes = [];
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(node.textContent));
    }
  }
  return nodes;
}

/** An element with a class and text, built without innerHTML. */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
