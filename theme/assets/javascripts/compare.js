/* Comparison table, progressively enhanced. Without this script the table stays in its
   documented order (project name) and the selection form still submits ?p=…&p=….
   With it: sort buttons in the column headers (aria-sort on the sorted column, missing
   values always last) and a check that two to four projects are selected. */
(function () {
  "use strict";

  function value(row, index, type) {
    var cell = row.cells[index];
    if (!cell) return null;
    var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort")
      : cell.textContent.trim();
    if (raw === "") return null;
    if (type === "number") {
      var number = parseFloat(raw);
      return isNaN(number) ? null : number;
    }
    return raw;
  }

  function compare(a, b, collator) {
    if (typeof a === "number" && typeof b === "number") return a - b;
    // Cells with data-sort carry a ready-made key (the name's rank); others are read text.
    if (collator) return collator.compare(String(a), String(b));
    return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  }

  function sortRows(table, index, type, descending) {
    var body = table.tBodies[0];
    var keyed = body.rows.length && body.rows[0].cells[index] &&
      body.rows[0].cells[index].hasAttribute("data-sort");
    var collator = !keyed && window.Intl ? new Intl.Collator(document.documentElement.lang)
      : null;
    var rows = Array.prototype.slice.call(body.rows).map(function (row, position) {
      return { row: row, key: value(row, index, type), position: position };
    });
    rows.sort(function (a, b) {
      if (a.key === null || b.key === null) {
        // Missing figures last in both directions; otherwise keep the current order.
        return (a.key === null) - (b.key === null) || a.position - b.position;
      }
      var order = compare(a.key, b.key, collator);
      return (descending ? -order : order) || a.position - b.position;
    });
    rows.forEach(function (item) { body.appendChild(item.row); });
  }

  function enhanceTable(wrapper) {
    var table = wrapper.querySelector("table");
    if (!table || !table.tHead || !table.tBodies.length) return;
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (th, index) {
      var type = th.getAttribute("data-sort-type");
      if (!type) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "vta-sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      var arrow = document.createElement("span");
      arrow.className = "vta-sort__arrow";
      arrow.setAttribute("aria-hidden", "true");
      button.appendChild(arrow);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var descending = th.getAttribute("aria-sort") === "ascending";
        sortRows(table, index, type, descending);
        headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      });
    });
    // The static order is by project name: say so once the headers are buttons.
    var nameHeader = headers.filter(function (th) {
      return th.getAttribute("data-sort-type") === "text";
    })[0];
    if (nameHeader) nameHeader.setAttribute("aria-sort", "ascending");
  }

  function guardSelection(form) {
    var status = form.querySelector("[data-vta-pick-status]");
    form.addEventListener("submit", function (event) {
      var count = form.querySelectorAll('input[name="p"]:checked').length;
      if (count >= 2 && count <= 4) return;
      event.preventDefault();
      if (status) {
        status.textContent = status.getAttribute("data-message").replace("{count}", count);
      }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-vta-sortable]"), enhanceTable);
  Array.prototype.forEach.call(document.querySelectorAll("form.vta-compare-form"),
    guardSelection);
})();
