// reportcheck HTML report: a finding, clicked, lights up its sentences and
// claims in every article and scrolls each article to them; a claim, clicked,
// selects its finding.  No libraries, nothing fetched.
(function () {
  "use strict";
  var lit = [];

  function clear() {
    lit.forEach(function (el) { el.classList.remove("hl"); });
    lit = [];
  }

  function light(el) {
    el.classList.add("hl");
    lit.push(el);
  }

  function motion() {
    return window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
  }

  function scrollWithin(el) {
    var box = el.closest(".report");
    if (!box || box.scrollHeight <= box.clientHeight) {
      el.scrollIntoView({ block: "center", behavior: motion() });
      return;
    }
    var top = el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    box.scrollTo({ top: Math.max(0, top - box.clientHeight / 3), behavior: motion() });
  }

  function select(row, fromArticle) {
    clear();
    light(row);
    var scrolled = {};
    (row.getAttribute("data-targets") || "").split(" ").forEach(function (key) {
      if (!key) { return; }
      document.querySelectorAll('[data-k="' + key + '"]').forEach(function (el, index) {
        light(el);
        var box = el.closest(".report");
        if (index === 0 && box && !scrolled[box.id]) {
          scrolled[box.id] = true;
          scrollWithin(el);
        }
      });
    });
    if (fromArticle) {
      row.scrollIntoView({ block: "nearest" });
    }
    try {
      window.history.replaceState(null, "", "#" + row.id);
    } catch (ignored) {
      // some browsers refuse history changes on file: pages; the link is a nicety
    }
  }

  document.querySelectorAll("tr.finding").forEach(function (row) {
    row.addEventListener("click", function () { select(row, false); });
  });

  document.querySelectorAll("mark.claim[data-f]").forEach(function (mark) {
    mark.addEventListener("click", function (event) {
      event.stopPropagation();
      var first = mark.getAttribute("data-f").split(" ")[0];
      var row = document.getElementById("f" + first);
      if (row) { select(row, true); }
    });
  });

  document.querySelectorAll("input[data-status]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.getAttribute("data-status"), !box.checked);
    });
  });

  var wanted = /^#f[0-9]+$/.test(window.location.hash) && document.getElementById(window.location.hash.slice(1));
  if (wanted) { select(wanted, true); }
})();
