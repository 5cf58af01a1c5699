// reportcheck serve: the page's only script. It sends what a person pastes or
// uploads to this server's /v1 API and shows the answer; every text it shows
// goes through textContent (never as markup), and the comparison itself is the
// CLI's HTML report in a sandboxed frame that keeps its own security policy.
"use strict";

(function () {
  var $ = function (id) { return document.getElementById(id); };
  var last = { compare: null, check: null };  // the last request of each tab, for its downloads

  function show(element, visible) { element.hidden = !visible; }

  function say(id, text, isError) {
    var status = $(id);
    status.textContent = text;
    status.classList.toggle("error", Boolean(isError));
  }

  // An error answer of the API as one line: "report_a.txt: holds no text [file-empty]".
  function errorLine(status, body) {
    var error = body && body.error;
    if (!error) { return "the server answered " + status; }
    return (error.report ? error.report + ": " : "") + error.message + " [" + error.code + "]";
  }

  function call(path, form) {
    return fetch(path, { method: "POST", body: form, credentials: "same-origin" }).then(function (answer) {
      if (answer.ok) { return answer; }
      if (answer.status === 401) { show($("login"), true); }
      return answer.json().catch(function () { return null; }).then(function (body) {
        throw new Error(errorLine(answer.status, body));
      });
    });
  }

  function download(path, form, name) {
    return call(path, form).then(function (answer) { return answer.blob(); }).then(function (blob) {
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
    });
  }

  // ------------------------------------------------------------ tabs

  function choose(tab) {
    ["compare", "check"].forEach(function (name) {
      $("tab-" + name).setAttribute("aria-selected", String(name === tab));
      show($("panel-" + name), name === tab);
    });
  }

  // ------------------------------------------------------------ sign-in

  function signIn(event) {
    event.preventDefault();
    fetch("v1/session", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token: $("token").value }),
      credentials: "same-origin"
    }).then(function (answer) {
      if (answer.ok) {
        $("token").value = "";
        show($("login"), false);
        say("compare-status", "Signed in.");
      } else {
        say("compare-status", "That is not this server's token.", true);
      }
    });
  }

  // ------------------------------------------------------------ compare

  function addReport() {
    var box = $("report-template").content.firstElementChild.cloneNode(true);
    var count = $("reports").children.length + 1;
    box.querySelector("legend").textContent = "Report " + count;
    box.querySelector("textarea").setAttribute("aria-label", "report " + count + " text");
    box.querySelector("input").setAttribute("aria-label", "report " + count + " file");
    $("reports").appendChild(box);
  }

  // A file chosen wins over pasted text; pasted text travels as "report N.txt".
  function reportsForm() {
    var form = new FormData();
    Array.prototype.forEach.call($("reports").children, function (box, index) {
      var file = box.querySelector("input").files[0];
      var text = box.querySelector("textarea").value;
      if (file) {
        form.append("reports", file, file.name);
      } else if (text.trim()) {
        form.append("reports", new Blob([text], { type: "text/plain" }), "report " + (index + 1) + ".txt");
      }
    });
    if ($("compare-date").value) { form.append("date", $("compare-date").value); }
    if ($("compare-same").checked) { form.append("same_incident", "true"); }
    form.append("min_confidence", $("compare-min-confidence").value);
    return form;
  }

  function compare(event) {
    event.preventDefault();
    var form = reportsForm();
    if (form.getAll("reports").length < 2) {
      say("compare-status", "Paste or choose at least two reports.", true);
      return;
    }
    $("compare-go").disabled = true;
    say("compare-status", "Comparing…");
    call("v1/compare?format=html", form).then(function (answer) {
      var conflict = answer.headers.get("X-Reportcheck-Conflict") === "true";
      var match = answer.headers.get("X-Reportcheck-Incident-Match");
      return answer.text().then(function (html) {
        last.compare = form;
        $("report").srcdoc = html;
        show($("compare-result"), true);
        say("compare-status", (INCIDENT_WORDS[match] || "") +
          (conflict ? "The reports conflict: see the findings below." : "No conflict found."));
      });
    }).catch(function (error) {
      say("compare-status", error.message, true);
    }).finally(function () { $("compare-go").disabled = false; });
  }

  // What the page says before the verdict when the reports look like different incidents.
  var INCIDENT_WORDS = {
    different: "These reports look like different incidents, so each is only checked against itself " +
      "(tick the box to compare them as one). ",
    forced: "These reports look like different incidents; compared as one, as asked. "
  };

  var COMPARE_FILES = { json: "json", csv: "csv", xlsx: "xlsx", markdown: "md", html: "html" };

  function downloadComparison(event) {
    var format = event.target.getAttribute("data-format");
    if (!format || !last.compare) { return; }
    download("v1/compare?format=" + format, last.compare, "reportcheck." + COMPARE_FILES[format])
      .catch(function (error) { say("compare-status", error.message, true); });
  }

  // ------------------------------------------------------------ check

  function part(text, fileInput, name) {
    var file = fileInput.files[0];
    if (file) { return [file, file.name]; }
    if (text.trim()) { return [new Blob([text], { type: "text/plain" }), name]; }
    return null;
  }

  function checkForm() {
    var article = part($("check-article").value, $("check-article-file"), "article.txt");
    var facts = part($("check-facts").value, $("check-facts-file"), "facts.yaml");
    if (!article || !facts) { return null; }
    var form = new FormData();
    form.append("reports", article[0], article[1]);
    form.append("facts", facts[0], facts[1]);
    if ($("check-date").value) { form.append("date", $("check-date").value); }
    return form;
  }

  function cell(row, text, className) {
    var td = document.createElement("td");
    td.textContent = text;
    if (className) { td.className = className; }
    row.appendChild(td);
    return td;
  }

  function showFacts(result) {
    var body = $("facts").querySelector("tbody");
    body.textContent = "";
    result.facts.forEach(function (fact) {
      var row = document.createElement("tr");
      cell(row, fact.field + ": " + fact.fact + " (sheet line " + fact.line + ")");
      cell(row, fact.status.replace(/[-_]/g, " "), "st-" + fact.status);
      var quotes = cell(row, "");
      fact.article.forEach(function (mention) {
        var line = document.createElement("div");
        var quote = document.createElement("q");
        line.textContent = "line " + mention.line + ": ";
        quote.textContent = mention.claim.text;
        line.appendChild(quote);
        quotes.appendChild(line);
      });
      cell(row, fact.explanation);
      body.appendChild(row);
    });
    var s = result.summary;
    say("check-status", s.conflict + " conflict, " + s.agree + " agree, " + s.compatible + " compatible, " +
      s["missing-from-article"] + " not in the article");
  }

  function check(event) {
    event.preventDefault();
    var form = checkForm();
    if (!form) {
      say("check-status", "Paste or choose the article and the fact sheet.", true);
      return;
    }
    $("check-go").disabled = true;
    say("check-status", "Checking…");
    call("v1/check", form).then(function (answer) { return answer.json(); }).then(function (result) {
      last.check = form;
      showFacts(result);
      show($("check-result"), true);
    }).catch(function (error) {
      say("check-status", error.message, true);
    }).finally(function () { $("check-go").disabled = false; });
  }

  function downloadCheck(event) {
    var format = event.target.getAttribute("data-format");
    if (!format || !last.check) { return; }
    var name = "reportcheck-check." + (format === "junit" ? "xml" : "json");
    download("v1/check?format=" + format, last.check, name)
      .catch(function (error) { say("check-status", error.message, true); });
  }

  // ------------------------------------------------------------ start

  function start() {
    $("tab-compare").addEventListener("click", function () { choose("compare"); });
    $("tab-check").addEventListener("click", function () { choose("check"); });
    $("login").addEventListener("submit", signIn);
    $("add-report").addEventListener("click", addReport);
    $("compare-form").addEventListener("submit", compare);
    $("check-form").addEventListener("submit", check);
    $("compare-result").querySelector(".downloads").addEventListener("click", downloadComparison);
    $("check-result").querySelector(".downloads").addEventListener("click", downloadCheck);
    addReport();
    addReport();
    fetch("v1/health", { credentials: "same-origin" }).then(function (answer) {
      show($("login"), answer.status === 401);
    });
  }

  start();
}());
