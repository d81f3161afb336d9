// The contribution form (contribute/): shows the form the page hides from readers
// without JavaScript, writes the record as YAML on every change, checks what the form
// can know on "Check", and loads a record given as ?edit=<id>.

import { counted, format, readStrings } from "./search-common.js";
import { addItem, control, placeOf, readRecord, renumber } from "./record-fields.js";
import { checkForm } from "./record-checks.js";
import { loadRecord } from "./record-load.js";
import { initSending, updateSending } from "./record-send.js";
import { toYaml } from "./record-yaml.js";

let chosenOrder = 0;

function showErrors(form, summary, strings, problems, moveFocus) {
  for (const error of form.querySelectorAll("[data-error]")) {
    error.hidden = true;
    error.textContent = "";
  }
  for (const invalid of form.querySelectorAll("[aria-invalid]")) {
    invalid.removeAttribute("aria-invalid");
  }
  const list = summary.querySelector("ul");
  list.replaceChildren();
  const title = summary.querySelector("[data-summary-title]");
  title.textContent = problems.length ? counted(strings, "contribute.summary", problems.length)
    : strings["contribute.summary.clean"];
  for (const { field, text } of problems) {
    const error = field.querySelector(":scope > [data-error]");
    if (error) {
      error.textContent = error.textContent ? `${error.textContent} ${text}` : text;
      error.hidden = false;
    }
    const target = control(field) || field.querySelector("input, select, textarea, button");
    if (control(field)) control(field).setAttribute("aria-invalid", "true");
    const link = document.createElement("a");
    link.href = `#${target.id || field.id}`;
    link.textContent = `${placeOf(field, form)}: ${text}`;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      target.focus();
    });
    const item = document.createElement("li");
    item.append(link);
    list.append(item);
  }
  summary.hidden = false;
  if (moveFocus) summary.focus();
}

function sourceIds(form) {
  const datalist = document.getElementById("vta-list-sources");
  if (!datalist) return;
  const ids = [...form.querySelectorAll('[data-path="sources.*.id"] [data-control]')]
    .map((input) => input.value.trim()).filter(Boolean);
  datalist.replaceChildren(...ids.map((id) => Object.assign(document.createElement("option"),
    { value: id })));
}

function filterChoices(input) {
  const words = input.value.trim().toLocaleLowerCase();
  const list = input.closest("[data-key]").querySelector(".vta-form__choices");
  for (const choice of list.children) {
    choice.hidden = Boolean(words) && !choice.textContent.toLocaleLowerCase().includes(words);
  }
}

export function initRecordForm(root) {
  const strings = readStrings(root);
  const settings = JSON.parse(root.dataset.settings || "{}");
  const form = root.querySelector("form");
  const output = root.querySelector("[data-form-output]");
  const yaml = root.querySelector("[data-record-yaml]");
  const summary = form.querySelector("[data-summary]");
  const state = { editing: "", checked: false };
  const recheck = (moveFocus) => showErrors(form, summary, strings,
    checkForm(form, settings, strings, state.editing), moveFocus);

  const update = () => {
    sourceIds(form);
    // Once checked, the errors follow the corrections; focus stays where the reader types.
    if (state.checked) recheck(false);
    yaml.value = toYaml(readRecord(form), settings.header);
    updateSending(root, settings, yaml.value, control(form.querySelector('[data-path="id"]'))
      .value.trim());
  };
  form.addEventListener("input", (event) => {
    if (event.target.matches("[data-filter]")) return filterChoices(event.target);
    update();
  });
  form.addEventListener("change", (event) => {
    if (event.target.matches("input[type=checkbox]")) {
      chosenOrder += 1;
      event.target.dataset.order = String(chosenOrder);
    }
    update();
  });
  form.addEventListener("click", (event) => {
    const add = event.target.closest("[data-add]");
    const remove = event.target.closest("[data-remove]");
    if (add) {
      const item = addItem(add.closest("[data-key]"));
      item.querySelector("input, select, textarea").focus();
      update();
    } else if (remove) {
      const list = remove.closest("[data-item]").parentElement.closest("[data-key]");
      remove.closest("[data-item]").remove();
      renumber(list);
      list.querySelector(":scope > [data-add]").focus();
      update();
    }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    state.checked = true;
    recheck(true);
  });
  for (const list of form.querySelectorAll('[data-kind="list"][data-required]')) {
    if (!list.closest("template")) addItem(list);
  }
  form.hidden = false;
  output.hidden = false;
  initSending(root, strings);

  const editing = new URLSearchParams(window.location.search).get("edit");
  const status = form.querySelector("[data-edit-status]");
  if (editing) {
    loadRecord(form, settings.records, editing).then((found) => {
      state.editing = found ? editing : "";
      status.textContent = format(strings[found ? "contribute.edit.loaded"
        : "contribute.edit.missing"], { id: editing });
      update();
    }).catch(() => {
      status.textContent = strings["contribute.edit.failed"];
    });
  }
  update();
}
