// The language switch keeps what the reader chose on this page: the address's
// query (the explorer's choices, the projects compared side by side, marked
// search words) and fragment go along to the same page in the other language.
// Without JavaScript the switch still leads to the same page, only without them.
//
// A page whose query is worded in its own language (the explorer's facet
// labels) hands in a translator; until that is ready a click waits for it, so
// the other language never receives labels it does not know.

const LINKS = "a.vta-language__link[hreflang]";

let translate = null;
let pending = null;

/** The other language's address of this page, with this page's state. */
function target(link) {
  // The server-rendered href is the plain page; keep it to build on.
  link.dataset.vtaPage ??= link.getAttribute("href");
  const params = new URLSearchParams(location.search);
  const query = translate ? translate(params, link.hreflang) : params.toString();
  return link.dataset.vtaPage + (query ? `?${query}` : "") + location.hash;
}

function refresh() {
  for (const link of document.querySelectorAll(LINKS)) link.setAttribute("href", target(link));
}

export function initLanguageSwitch() {
  refresh();
  window.addEventListener("popstate", refresh);
  window.addEventListener("hashchange", refresh);
  // history.pushState raises no event: bring the link up to date as it is about
  // to be used, by pointer (also a middle click or "open in new tab") or keyboard.
  for (const type of ["pointerdown", "focusin"]) {
    document.addEventListener(type, (event) => {
      if (event.target instanceof Element && event.target.closest(LINKS)) refresh();
    }, true);
  }
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element && event.target.closest(LINKS);
    if (!link) return;
    if (pending) {
      event.preventDefault();
      pending.then(() => location.assign(target(link)));
    } else {
      refresh();
    }
  }, true);
}

/**
 * `loading` resolves to (params, lang) => query string for `lang`. If it fails,
 * the switch carries nothing but the page, which is better than wrong choices.
 */
export function translateQueryWith(loading) {
  translate = () => "";
  pending = loading.then(
    (translator) => { translate = translator; },
    () => { translate = () => ""; },
  ).finally(() => {
    pending = null;
    refresh();
  });
}
