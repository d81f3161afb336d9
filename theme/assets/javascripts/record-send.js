// Sending the record: GitHub's new-file page with the YAML filled in (when the site knows
// its repository, repo_url in mkdocs.yml), or copying or downloading the file.

import { format } from "./search-common.js";

/** Longer addresses are cut off by browsers and by GitHub: copy or download instead. */
const MAX_URL = 8000;

function fileName(id) {
  return `${id || "new-project"}.yml`;
}

export function updateSending(root, settings, yaml, id) {
  for (const name of root.querySelectorAll("[data-file-name]")) name.textContent = fileName(id);
  const github = root.querySelector("[data-send-github]");
  const tooLong = root.querySelector("[data-send-too-long]");
  let fits = true;
  if (github && settings.repo) {
    const query = `filename=${encodeURIComponent(settings.folder + fileName(id))}` +
      `&value=${encodeURIComponent(yaml)}`;
    const address = `${settings.repo}/new/main?${query}`;
    fits = address.length <= MAX_URL;
    github.href = address;
    github.hidden = !fits;
    root.querySelector("[data-send-how]").hidden = !fits;
  }
  tooLong.hidden = fits;
  root.dataset.fileName = fileName(id);
}

async function copy(area) {
  try {
    await navigator.clipboard.writeText(area.value);
    return true;
  } catch {
    // Without the clipboard API (a page not served over HTTPS): the older way.
    area.select();
    return document.execCommand("copy");
  }
}

export function initSending(root, strings) {
  const yaml = root.querySelector("[data-record-yaml]");
  const status = root.querySelector("[data-send-status]");
  root.querySelector("[data-send-copy]").addEventListener("click", async () => {
    const done = await copy(yaml).catch(() => false);
    status.textContent = format(strings[done ? "contribute.send.copied"
      : "contribute.send.copy_failed"]);
  });
  root.querySelector("[data-send-download]").addEventListener("click", () => {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([yaml.value], { type: "application/x-yaml" }));
    link.download = root.dataset.fileName || "new-project.yml";
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
}
