// Reading the contribution form: every element with data-key is a field of the record,
// in document order (the model's order); list items come from each list's <template>.

import { Day, Quoted } from "./record-yaml.js";

let itemCount = 0;

/** The list item, group or form a field belongs to. */
export function owner(element, form) {
  return element.parentElement.closest("[data-key], [data-item]") || form;
}

/** The fields directly inside a group, a list item or the form. */
export function fieldsOf(container, form) {
  return [...container.querySelectorAll("[data-key]")]
    .filter((field) => owner(field, form) === container);
}

/** Where a field is in the record, written as the validator writes it:
 * `outcomes[0].participants.count`. */
export function placeOf(field, form) {
  const steps = [];
  for (let at = field; at && at !== form; at = owner(at, form)) {
    if (at.matches("[data-item]")) {
      steps.unshift(`[${[...at.parentElement.children].indexOf(at)}]`);
    } else {
      steps.unshift(at.dataset.key);
    }
  }
  return steps.join(".").replaceAll(".[", "[");
}

export function control(field) {
  return field.querySelector(":scope > [data-control]");
}

export function items(list) {
  return [...list.querySelector(":scope > [data-items]").children];
}

const DIGITS = /^-?\d+$/;
const DECIMAL = /^-?\d+(?:[.,]\d+)?$/;
export const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A scalar field's value for the YAML, or undefined when it is empty (or the default). */
function scalarValue(field) {
  const raw = control(field).value;
  const kind = field.dataset.kind;
  if (kind === "markdown") return raw.trim() ? raw.replace(/\r\n?/g, "\n") : undefined;
  const text = raw.trim();
  if (!text) return undefined;
  if (kind === "choice") return text === field.dataset.default ? undefined : text;
  if (kind === "integer" || kind === "number") {
    // "12 000 000" and "55,5" as people write them; the YAML gets the bare number.
    const number = text.replace(/[\s\u00a0\u202f]/g, "");
    const valid = kind === "integer" ? DIGITS.test(number) : DECIMAL.test(number);
    // Not a number: kept as typed, in quotes, for the check (and the validator) to name.
    return valid ? Number(number.replace(",", ".")) : new Quoted(text);
  }
  if (kind === "date") return DAY.test(text) ? new Day(text) : new Quoted(text);
  if (kind === "partial_date" || kind === "code") return new Quoted(text);
  return text;
}

function chosen(field) {
  return [...field.querySelectorAll("input[type=checkbox]:checked")]
    .sort((a, b) => Number(a.dataset.order || 0) - Number(b.dataset.order || 0))
    .map((box) => box.value);
}

/** The record (or part of it) a container holds; undefined when nothing is filled in. */
export function readContainer(container, form) {
  const record = {};
  for (const field of fieldsOf(container, form)) {
    const value = readField(field, form);
    if (value !== undefined) record[field.dataset.key] = value;
  }
  return Object.keys(record).length ? record : undefined;
}

export function readField(field, form) {
  const kind = field.dataset.kind;
  if (kind === "group") return readContainer(field, form);
  if (kind === "list") {
    const values = items(field).map((item) => readContainer(item, form)).filter(Boolean);
    return values.length ? values : undefined;
  }
  if (kind === "refs" || kind === "codes") {
    const values = chosen(field);
    if (!values.length) return undefined;
    return kind === "codes" ? values.map((code) => new Quoted(code)) : values;
  }
  return scalarValue(field);
}

/** The whole record; required groups are written even when empty, so the validator
 * names what they lack. */
export function readRecord(form) {
  const record = readContainer(form, form) || {};
  for (const field of fieldsOf(form, form)) {
    if (field.dataset.required !== undefined && !(field.dataset.key in record) &&
        field.dataset.kind === "group") record[field.dataset.key] = {};
  }
  const ordered = {};
  for (const field of fieldsOf(form, form)) {
    if (field.dataset.key in record) ordered[field.dataset.key] = record[field.dataset.key];
  }
  return ordered;
}

function label(template, number) {
  return (template || "").replace("{number}", String(number));
}

/** Numbers the items of every list as they stand: "sources 2", "Remove sources 2". */
export function renumber(list) {
  items(list).forEach((item, index) => {
    const legend = item.querySelector(":scope > [data-item-legend]");
    legend.textContent = label(legend.dataset.template, index + 1);
    const remove = item.querySelector(":scope > [data-remove]");
    remove.textContent = label(remove.dataset.template, index + 1);
  });
  const add = list.querySelector(":scope > [data-add]");
  const limit = Number(list.dataset.maxItems || Infinity);
  add.disabled = items(list).length >= limit;
}

/** A new item at the end of a list, every id in it made its own. */
export function addItem(list) {
  itemCount += 1;
  const template = list.querySelector(":scope > template");
  const item = template.content.firstElementChild.cloneNode(true);
  for (const element of [item, ...item.querySelectorAll("*")]) {
    for (const name of ["id", "for", "aria-describedby"]) {
      const value = element.getAttribute(name);
      if (value && value.includes("ITEM")) {
        element.setAttribute(name, value.replaceAll("ITEM", String(itemCount)));
      }
    }
  }
  list.querySelector(":scope > [data-items]").append(item);
  renumber(list);
  return item;
}
