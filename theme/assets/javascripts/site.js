// Entry point on every page: marked search words, the language switch's state, the
// header's search box, and the explorer, comparison views and contribution form where the
// page has them.
// Plain ES modules, no build step; everything is served from this site.

import { highlightPage } from "./highlight.js";
import { initLanguageSwitch, translateQueryWith } from "./language-switch.js";
import { initSearchBox } from "./search-box.js";

highlightPage();
initLanguageSwitch();

const box = document.querySelector("[data-vta-search]");
if (box) initSearchBox(box);

const explorer = document.querySelector("[data-vta-explore]");
if (explorer) {
  const loading = import("./explore.js");
  // At once, so that a switch of language made while the explorer loads waits for
  // its labels instead of carrying this language's labels across.
  translateQueryWith(loading.then(({ labelTranslator }) => labelTranslator(explorer)));
  loading.then(({ initExplorer }) => initExplorer(explorer));
}

if (document.querySelector("[data-vta-sortable], form.vta-compare-form")) {
  import("./compare.js").then(({ initComparison }) => initComparison());
}

const sideBySide = document.getElementById("vta-side");
if (sideBySide) import("./compare-side.js").then(({ initSideBySide }) => initSideBySide(sideBySide));

const recordForm = document.querySelector("[data-vta-record-form]");
if (recordForm) import("./record-form.js").then(({ initRecordForm }) => initRecordForm(recordForm));
