// aimsgen portal search: filters the full list on search.html as you type.
// The index (search-index.js) is a script, so this works from file:// too.
// Without JavaScript the page lists every record and this file does nothing.
(function () {
  "use strict";

  function terms(text) {
    return text.toLowerCase().split(/\s+/).filter(function (term) { return term !== ""; });
  }

  // A short piece of `text` around the first match of `term`, or "".
  function snippet(text, term) {
    var at = text.toLowerCase().indexOf(term);
    if (at < 0) { return ""; }
    var start = Math.max(0, at - 60);
    var end = Math.min(text.length, at + term.length + 100);
    return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
  }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("search-box");
    var input = document.getElementById("search-input");
    var status = document.getElementById("search-status");
    if (!box || !input || !status) { return; }
    var index = window.AIMSGEN_SEARCH || [];
    var byId = {};
    index.forEach(function (entry) { byId[entry.id] = entry; });

    var groups = Array.prototype.map.call(document.querySelectorAll(".search-group"), function (section) {
      var items = Array.prototype.map.call(section.querySelectorAll("li[data-id]"), function (li) {
        var entry = byId[li.getAttribute("data-id")] || {};
        var note = document.createElement("span");
        note.className = "search-snippet";
        li.appendChild(note);
        return {
          li: li,
          note: note,
          text: entry.text || "",
          head: (li.getAttribute("data-id") + " " + (entry.title || li.textContent) + " " +
                 (entry.kind_label || "")).toLowerCase()
        };
      });
      var badge = section.querySelector(".dash-count");
      return { section: section, items: items, badge: badge };
    });
    var total = groups.reduce(function (sum, group) { return sum + group.items.length; }, 0);

    function apply() {
      var wanted = terms(input.value);
      var shown = 0;
      groups.forEach(function (group) {
        var visible = 0;
        group.items.forEach(function (item) {
          var body = item.text.toLowerCase();
          var inText = "";
          var match = wanted.every(function (term) {
            if (item.head.indexOf(term) >= 0) { return true; }
            if (body.indexOf(term) >= 0) { inText = inText || term; return true; }
            return false;
          });
          item.li.hidden = !match;
          item.note.textContent = match && inText ? " " + snippet(item.text, inText) : "";
          visible += match ? 1 : 0;
        });
        group.section.hidden = visible === 0;
        if (group.badge) {
          group.badge.textContent = wanted.length === 0 ? String(group.items.length) :
            visible + " of " + group.items.length;
        }
        shown += visible;
      });
      status.textContent = wanted.length === 0 ? total + " records" :
        shown === 0 ? "No record matches." : shown + " of " + total + " records match.";
      if (history.replaceState && location.protocol !== "file:") {
        history.replaceState(null, "", wanted.length ? "?q=" + encodeURIComponent(input.value) : location.pathname);
      }
    }

    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(apply, 80);
    });
    var query = /[?&]q=([^&]*)/.exec(location.search);
    if (query) {
      try { input.value = decodeURIComponent(query[1].replace(/\+/g, " ")); } catch (error) { input.value = ""; }
    }
    box.hidden = false;
    apply();
  });
})();
