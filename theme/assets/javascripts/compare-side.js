/* Side-by-side view: renders the projects named in ?p=…&p=… as a table with row headers.
   The data (compare/side-by-side.json) is already worded in the page's language; it is
   inserted with textContent only, and links only as relative hrefs the generator wrote.
   Without JavaScript the page shows a <noscript> explanation and the selection form. */
(function () {
  "use strict";

  var root = document.getElementById("vta-side");
  if (!root) return;
  var status = document.getElementById("vta-side-status");
  var result = document.getElementById("vta-side-result");
  var form = document.getElementById("vta-side-form");

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (match, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : match;
    });
  }

  function requested() {
    var seen = {};
    return new URLSearchParams(window.location.search).getAll("p").filter(function (id) {
      if (!id || seen[id]) return false;
      seen[id] = true;
      return true;
    });
  }

  function element(name, text) {
    var node = document.createElement(name);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function itemNode(item) {
    var node = element(item.href ? "a" : "span", item.text);
    if (item.href) node.setAttribute("href", item.href);
    if (item.lang) node.setAttribute("lang", item.lang);
    return node;
  }

  function cellContent(cell, items, none) {
    if (!items || !items.length) {
      var empty = element("span", none);
      empty.className = "vta-none";
      cell.appendChild(empty);
    } else if (items.length === 1) {
      cell.appendChild(itemNode(items[0]));
    } else {
      var list = element("ul");
      list.className = "vta-inline";
      items.forEach(function (item) {
        var entry = element("li");
        entry.appendChild(itemNode(item));
        list.appendChild(entry);
      });
      cell.appendChild(list);
    }
  }

  function render(data, ids) {
    var strings = data.strings;
    var table = element("table");
    table.appendChild(element("caption", strings.caption));
    var headRow = element("tr");
    var corner = element("th", strings.aspect);
    corner.setAttribute("scope", "col");
    headRow.appendChild(corner);
    ids.forEach(function (id) {
      var th = element("th");
      th.setAttribute("scope", "col");
      th.appendChild(itemNode(data.projects[id].name));
      headRow.appendChild(th);
    });
    table.appendChild(element("thead")).appendChild(headRow);
    var body = element("tbody");
    data.aspects.forEach(function (aspect) {
      var row = element("tr");
      var th = element("th", aspect.label);
      th.setAttribute("scope", "row");
      row.appendChild(th);
      ids.forEach(function (id) {
        var cell = element("td");
        cellContent(cell, data.projects[id].cells[aspect.key], strings.none);
        row.appendChild(cell);
      });
      body.appendChild(row);
    });
    table.appendChild(body);
    var wrapper = element("div");
    wrapper.className = "vta-side__table";
    wrapper.setAttribute("role", "region");
    wrapper.setAttribute("tabindex", "0");
    wrapper.setAttribute("aria-label", strings.region);
    wrapper.appendChild(table);
    result.textContent = "";
    result.appendChild(wrapper);
  }

  function show(data) {
    var wanted = requested();
    var known = wanted.filter(function (id) {
      return Object.prototype.hasOwnProperty.call(data.projects, id);
    });
    var unknown = wanted.filter(function (id) { return known.indexOf(id) < 0; });
    var messages = [];
    if (unknown.length) messages.push(fill(data.strings.unknown, { ids: unknown.join(", ") }));
    if (known.length > data.max) {
      messages.push(fill(data.strings.too_many, { count: known.length, max: data.max }));
      known = known.slice(0, data.max);
    }
    if (form) {
      Array.prototype.forEach.call(form.querySelectorAll('input[name="p"]'), function (box) {
        box.checked = known.indexOf(box.value) >= 0;
      });
    }
    if (known.length < 2) {
      messages.push(data.strings.need_two);
      result.textContent = "";
    } else {
      render(data, known);
      messages.push(fill(data.strings.showing, { count: known.length }));
    }
    status.textContent = messages.join(" ");
  }

  fetch(root.getAttribute("data-src"))
    .then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    })
    .then(show)
    .catch(function () { status.textContent = root.getAttribute("data-error"); });
})();
