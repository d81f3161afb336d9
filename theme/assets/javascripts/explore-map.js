// The explorer's map view: the county map the page carries (generator/geo/choropleth.py)
// shaded by the current selection's counts, with the chosen counties outlined. The classes
// and colours are the same as the build's (generator/geo/colours.py; a browser test
// compares them), so a county looks the same here as on the home page.

import { counted } from "./search-common.js";

export const EMPTY = "#ffffff";
export const RAMP = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd"];

/** Classes covering 0 to the largest count: 0 alone, then up to four ranges of about equal size. */
export function bins(counts) {
  const values = [...counts].sort((a, b) => a - b);
  const result = !values.length || values[0] === 0 ? [{ low: 0, high: 0, colour: EMPTY }] : [];
  const positive = values.filter((value) => value > 0);
  if (!positive.length) return result.length ? result : [{ low: 0, high: 0, colour: EMPTY }];
  const groups = Math.min(RAMP.length, new Set(positive).size);
  const uppers = [];
  for (let group = 1; group <= groups; group++) {
    const upper = positive[Math.ceil((group * positive.length) / groups) - 1];
    if (!uppers.length || upper > uppers[uppers.length - 1]) uppers.push(upper);
  }
  const shades = uppers.length === 1
    ? [RAMP[RAMP.length - 1]]
    : uppers.map((_, step) => RAMP[roundHalfEven((step * (RAMP.length - 1)) / (uppers.length - 1))]);
  let low = 1;
  uppers.forEach((upper, i) => {
    result.push({ low, high: upper, colour: shades[i] });
    low = upper + 1;
  });
  return result;
}

/** Python's round(): halves go to the even neighbour. */
function roundHalfEven(value) {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

export function colourOf(count, classes) {
  const found = classes.find((shade) => shade.low <= count && count <= shade.high);
  return found ? found.colour : EMPTY;
}

const SVG = "http://www.w3.org/2000/svg";

/**
 * Shades the map's areas by `countsByLabel` (Pagefind's counts of the county facet, which
 * are keyed by label), writes each area's name and count, outlines the `chosen` labels and
 * redraws the legend.
 */
export function paintMap(svg, countsByLabel, chosen, strings, formatNumber = String) {
  const areas = [...svg.querySelectorAll("a[data-label]")];
  const countOf = (area) => (countsByLabel || {})[area.dataset.label] || 0;
  const classes = bins(areas.map(countOf));
  for (const area of areas) {
    const count = countOf(area);
    area.querySelector("path").setAttribute("fill", colourOf(count, classes));
    area.querySelector("title").textContent = counted(strings, "maps.area", count, {
      area: area.dataset.label, count: formatNumber(count),
    });
    area.classList.toggle("vta-map__chosen", (chosen || []).includes(area.dataset.label));
  }
  for (const text of svg.querySelectorAll(".vta-map__counts text[data-code]")) {
    const area = svg.querySelector(`a[data-code="${CSS.escape(text.dataset.code)}"]`);
    const count = area ? countOf(area) : 0;
    // Like the build's maps: no number on an area without projects.
    text.textContent = count ? formatNumber(count) : "";
  }
  drawLegend(svg.querySelector(".vta-map__legend"), classes, formatNumber);
}

function drawLegend(legend, classes, formatNumber) {
  if (!legend) return;
  const rows = [...legend.querySelectorAll("rect")];
  if (!rows.length) return;
  const template = { rect: rows[0], text: rows[0].nextElementSibling };
  const top = Number(template.rect.getAttribute("y"));
  const step = Number(legend.dataset.row);
  for (const old of legend.querySelectorAll("rect, rect + text")) old.remove();
  classes.forEach((shade, i) => {
    const rect = template.rect.cloneNode();
    rect.setAttribute("y", String(top + i * step));
    rect.setAttribute("fill", shade.colour);
    const text = document.createElementNS(SVG, "text");
    text.setAttribute("x", template.text.getAttribute("x"));
    text.setAttribute("y", String(Number(template.text.getAttribute("y")) + i * step));
    text.textContent = shade.low === shade.high
      ? formatNumber(shade.low)
      : `${formatNumber(shade.low)}\u2013${formatNumber(shade.high)}`;
    legend.append(rect, text);
  });
}
