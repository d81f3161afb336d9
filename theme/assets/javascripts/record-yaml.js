// A record (plain object, keys in the order of the template) as YAML the validator reads
// the way the contributor meant: numbers bare, dates bare (YYYY-MM-DD), codes, partial
// dates and anything YAML would read as something else in quotes, long texts as blocks.

const PLAIN = /^[A-Za-z_][A-Za-z0-9_.\/-]*$/;
// YAML 1.1 (PyYAML) reads these words as yes/no or nothing, whatever their case.
const RESERVED = /^(y|yes|n|no|true|false|on|off|null|~)$/i;

/** A string as a YAML scalar: bare when nothing could misread it, else double-quoted. */
export function quoted(text) {
  if (PLAIN.test(text) && !RESERVED.test(text) && !/[.\/-]$/.test(text)) return text;
  // A JSON string is a valid YAML double-quoted scalar.
  return JSON.stringify(text);
}

/** A text written in quotes whatever it holds: a code ("0180"), a partial date ("2019"). */
export class Quoted {
  constructor(text) {
    this.text = text;
  }
}

/** A day, YYYY-MM-DD, written bare: YAML reads it as a date, as the validator wants. */
export class Day {
  constructor(text) {
    this.text = text;
  }
}

function scalar(value) {
  if (typeof value === "number") return String(value);
  if (value instanceof Day) return value.text;
  if (value instanceof Quoted) return JSON.stringify(value.text);
  return quoted(String(value));
}

function isScalar(value) {
  return typeof value !== "object" || value === null || value instanceof Day ||
    value instanceof Quoted;
}

function block(text, indent) {
  const pad = " ".repeat(indent);
  const trailing = text.match(/\n*$/)[0].length;
  const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
  // A first line starting with a space needs the indentation said explicitly.
  const indicator = /^[ ]/.test(text) ? "2" : "";
  const body = text.replace(/\n+$/, "").split("\n")
    .map((line) => (line ? pad + line : "")).join("\n");
  return `|${indicator}${chomp}\n${body}${trailing > 1 ? "\n".repeat(trailing - 1) : ""}`;
}

function value(item, indent) {
  if (typeof item === "string" && item.includes("\n")) return " " + block(item, indent);
  if (isScalar(item)) return " " + scalar(item);
  if (Array.isArray(item)) {
    if (item.every(isScalar)) return ` [${item.map(scalar).join(", ")}]`;
    return "\n" + item.map((entry) => {
      const lines = mapping(entry, indent + 2).replace(/^ */, "");
      return `${" ".repeat(indent)}- ${lines}`;
    }).join("\n");
  }
  return "\n" + mapping(item, indent);
}

function mapping(record, indent) {
  return Object.entries(record)
    .map(([key, item]) => `${" ".repeat(indent)}${key}:${value(item, indent + 2)}`)
    .join("\n");
}

/** The whole file: the `$schema` header line, then the record. */
export function toYaml(record, header) {
  return `${header}\n${mapping(record, 0)}\n`;
}
