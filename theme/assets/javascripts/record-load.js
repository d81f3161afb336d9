// "Edit in the form": a record from the open-data file (data/projects.json, which holds
// every record exactly as validated) put back into the form's fields.

import { addItem, control, fieldsOf, items } from "./record-fields.js";

function fill(container, form, data) {
  for (const field of fieldsOf(container, form)) {
    const value = data[field.dataset.key];
    if (value === undefined || value === null) continue;
    const kind = field.dataset.kind;
    if (kind === "group") {
      fill(field, form, value);
    } else if (kind === "list") {
      value.forEach((entry, index) => {
        fill(items(field)[index] || addItem(field), form, entry);
      });
    } else if (kind === "refs" || kind === "codes") {
      // Chosen before anything the reader ticks, in the record's order.
      value.forEach((code, index) => {
        const box = [...field.querySelectorAll("input[type=checkbox]")]
          .find((candidate) => candidate.value === String(code));
        if (box) {
          box.checked = true;
          box.dataset.order = String(index - value.length);
        }
      });
    } else {
      control(field).value = String(value);
    }
  }
}

/** Loads the record `id` into the form; false when the file has no such record. */
export async function loadRecord(form, address, id) {
  const response = await fetch(address);
  if (!response.ok) throw new Error(`${address}: ${response.status}`);
  const document = await response.json();
  const entry = (document.projects || []).find((project) => project.id === id);
  if (!entry) return false;
  fill(form, form, entry.record);
  return true;
}
