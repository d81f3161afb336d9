// A facet value's count, with how many of its projects came through narrower terms.
// A facet whose terms include their narrower ones (target groups) names on its
// <details>, in data-own-filter, the Pagefind filter that holds each project's own
// terms; the facet's count less that filter's count is what narrower terms brought.
// The page writes the same text before the script runs
// (generator/site/fragments/term_tree.py, facet_count).

import { format, readStrings } from "./search-common.js";

/** The own-terms filter of a facet, or null when its terms have no narrower ones. */
export function ownFilterOf(form, facet) {
  const group = form.querySelector(`[data-facet="${facet}"]`);
  return (group && group.dataset.ownFilter) || null;
}

/** "(12)", or "(12, varav 5 via smalare)" when narrower terms brought some of them. */
export function countText(box, counts) {
  const count = (counts[box.name] || {})[box.value] || 0;
  const group = box.closest("[data-facet]");
  const own = group && group.dataset.ownFilter;
  const via = own ? count - ((counts[own] || {})[box.value] || 0) : 0;
  if (via <= 0) return `(${count})`;
  return format(readStrings(group)["hierarchy.facet.count_via"], { count, via });
}
