// Search words on the page a reader opened from a search result. The header's
// search box and the explorer add the words to the result's address
// (?highlight=word&highlight=word, the parameter Pagefind's highlightParam uses);
// this marks them in the article. Without JavaScript the parameter is ignored.
//
// Our own few lines rather than Pagefind's pagefind-highlight.js: that bundles
// mark.js (44 kB), which by default treats å, ä and ö as a and o (separate
// letters in Swedish) and marks parts of words; and the build does not publish
// it (generator/build/pagefind.py).

export const HIGHLIGHT_PARAM = "highlight";

/** Letters and digits only: quotes, hyphens and the like are no words to mark. */
const WORD = /[\p{L}\p{N}]+/gu;
/** One letter would mark half the page. */
const SHORTEST = 2;
/** Where marks would break something or mean nothing. */
const SKIP = "script, style, noscript, svg, textarea, select, mark, [hidden], [data-pagefind-ignore]";

export function searchWords(text) {
  const words = (text || "").toLocaleLowerCase().match(WORD) || [];
  return [...new Set(words)].filter((word) => word.length >= SHORTEST);
}

/** A result's address with the search words added, as a path like Pagefind gives. */
export function withHighlight(url, query) {
  const words = searchWords(query);
  if (!words.length) return url;
  const target = new URL(url, document.baseURI);
  for (const word of words) target.searchParams.append(HIGHLIGHT_PARAM, word);
  return target.pathname + target.search + target.hash;
}

/**
 * Mark every word that starts with a search word, whole, as Pagefind's excerpts
 * do: "praktik" marks "praktiken" too. Only inside the indexed article, so the
 * menus and the search box stay as they are. Returns the number of marks.
 */
export function highlightPage(search = location.search) {
  const words = new URLSearchParams(search).getAll(HIGHLIGHT_PARAM).flatMap(searchWords);
  if (!words.length) return 0;
  // Longest first, so "arbetsgivare" wins over "arbete" where both would start a word.
  const alternatives = words.sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})[\\p{L}\\p{N}]*`, "giu");
  let count = 0;
  for (const body of document.querySelectorAll("[data-pagefind-body]")) {
    for (const node of textNodes(body)) count += markIn(node, pattern);
  }
  return count;
}

function textNodes(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => node.parentElement.closest(SKIP) || !node.data.trim()
      ? NodeFilter.FILTER_REJECT
      : NodeFilter.FILTER_ACCEPT,
  });
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
}

function markIn(node, pattern) {
  const text = node.data;
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push(document.createTextNode(text.slice(last, match.index)));
    const mark = document.createElement("mark");
    mark.className = "vta-highlight";
    mark.textContent = match[0];
    parts.push(mark);
    last = match.index + match[0].length;
  }
  if (!parts.length) return 0;
  if (last < text.length) parts.push(document.createTextNode(text.slice(last)));
  node.replaceWith(...parts);
  return parts.filter((part) => part.nodeName === "MARK").length;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
