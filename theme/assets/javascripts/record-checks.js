// What the form can check before the validator does, worded by the validator's own
// messages (check.<code>.message and .expected, shipped in the page's data-strings).
// Everything else is left to `python -m generator validate` in CI.

import { format } from "./search-common.js";
import { DAY, control, fieldsOf, items, readContainer, readField } from "./record-fields.js";

const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const PATTERN_CODES = { email: "email", esf_case_id: "esf_case_id" };
const PARTS = ["into_work", "into_studies", "other", "discontinued", "into_work_or_studies"];

/** The validator's wording: the message, then what it expected. */
export function wording(strings, code, params = {}) {
  const message = format(strings[`check.${code}.message`], params);
  const expected = strings[`check.${code}.expected`];
  if (!expected) return message;
  return `${message} ${strings["report.expected"]}: ${format(expected, params)}.`;
}

function realDay(text) {
  if (text.length !== 10) return true;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

function scalarProblem(field, value, strings) {
  const kind = field.dataset.kind;
  const raw = control(field).value.trim();
  if (value === undefined) {
    return field.dataset.required !== undefined && !raw ? ["missing", { name: field.dataset.key }]
      : null;
  }
  if ((kind === "integer" || kind === "number") && typeof value !== "number") {
    const type = strings[kind === "integer" ? "type.whole_number" : "type.number"];
    return ["wrong_type", { expected_type: type }];
  }
  if (typeof value === "number") {
    if (field.dataset.min !== undefined && value < Number(field.dataset.min)) {
      return ["too_small", { limit: field.dataset.min }];
    }
    if (field.dataset.max !== undefined && value > Number(field.dataset.max)) {
      return ["too_large", { limit: field.dataset.max }];
    }
    return null;
  }
  if (kind === "date") {
    if (!DAY.test(raw)) return ["wrong_type", { expected_type: strings["type.date"] }];
    return realDay(raw) ? null : ["no_such_date", {}];
  }
  if (kind === "partial_date") {
    if (!PARTIAL_DATE.test(raw)) return ["partial_date", {}];
    return realDay(raw) ? null : ["no_such_date", {}];
  }
  const limit = Number(field.dataset.maxLength || Infinity);
  if (raw.length > limit) return ["too_long", { size: raw.length, limit }];
  if (field.dataset.pattern && !new RegExp(field.dataset.pattern).test(raw)) {
    const known = PATTERN_CODES[field.dataset.key];
    return [known || (field.dataset.pattern.startsWith("^[a-z0-9]+") ? "id_format" : "pattern"),
      {}];
  }
  if (field.dataset.key === "url" && !/^https?:\/\/[^\s/]+/.test(raw)) return ["url", {}];
  return null;
}

/** Every problem in a container that is there (filled in, required, or a list item). */
function walk(container, form, strings, problems) {
  for (const field of fieldsOf(container, form)) {
    const kind = field.dataset.kind;
    const value = readField(field, form);
    if (kind === "group") {
      if (value !== undefined || field.dataset.required !== undefined) {
        walk(field, form, strings, problems);
      }
    } else if (kind === "list") {
      if (value === undefined && field.dataset.required !== undefined && !items(field).length) {
        problems.push({ field, text: wording(strings, "missing", { name: field.dataset.key }) });
      }
      for (const item of items(field)) {
        if (readContainer(item, form) !== undefined) walk(item, form, strings, problems);
      }
    } else if (kind !== "refs" && kind !== "codes") {
      const problem = scalarProblem(field, value, strings);
      if (problem) problems.push({ field, text: wording(strings, ...problem) });
    }
  }
}

function byPath(form, path) {
  return form.querySelector(`[data-path="${path}"]`);
}

function recordChecks(form, settings, strings, editing, problems) {
  const idField = byPath(form, "id");
  const id = control(idField).value.trim();
  if (id && id !== editing && settings.ids.includes(id)) {
    problems.push({ field: idField, text: wording(strings, "duplicate_id", {
      id, other_file: `${settings.folder}${id}.yml` }) });
  }
  const start = control(byPath(form, "period.start")).value.trim();
  const endField = byPath(form, "period.end");
  const end = control(endField).value.trim();
  // As the validator compares them: "2019" is not before "2019-06", "2018-12" is.
  if (start && end && PARTIAL_DATE.test(start) && PARTIAL_DATE.test(end) &&
      end.slice(0, start.length) < start.slice(0, end.length)) {
    problems.push({ field: endField, text: wording(strings, "end_before_start", { start, end }) });
  }
  for (const outcome of items(byPath(form, "outcomes"))) outcomeChecks(outcome, form, strings,
    problems);
}

/** The range a figure allows, as the validator reads it (schema/figure.py, `bounds`). */
function bounds(figure) {
  const value = figure.count;
  if (typeof figure.count_max === "number") return [value, figure.count_max];
  const spread = { about: [0.9, 1.1], almost: [0.9, 1], just_over: [1, 1.1],
    at_least: [1, Infinity], at_most: [0, 1] }[figure.precision] || [1, 1];
  return [value * spread[0], value * spread[1]];
}

function outcomeChecks(outcome, form, strings, problems) {
  const values = readContainer(outcome, form) || {};
  const whole = values.participants;
  if (!whole || typeof whole.count !== "number") return;
  for (const name of PARTS) {
    const part = values[name];
    if (!part || typeof part.count !== "number") continue;
    if (bounds(part)[0] > bounds(whole)[1]) {
      const field = fieldsOf(outcome, form).find((f) => f.dataset.key === name);
      problems.push({ field: fieldsOf(field, form).find((f) => f.dataset.key === "count"),
        text: wording(strings, "part_over_participants", {
          name, part: part.count, participants: whole.count }) });
    }
  }
}

/** Every problem the form can find, in the order of the fields. */
export function checkForm(form, settings, strings, editing) {
  const problems = [];
  walk(form, form, strings, problems);
  recordChecks(form, settings, strings, editing, problems);
  const order = [...form.querySelectorAll("[data-key]")];
  return problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}
