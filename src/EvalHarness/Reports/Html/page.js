// EvalHarness report pages: draws report.html and comparison.html from the JSON in #report-data.
// Every value from the corpus reaches the page through textContent or a form control's value, never as markup,
// so a scenario text holding HTML or a script is shown as the text it is.
"use strict";

(function () {
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const app = document.getElementById("app");
  const S = data.strings;
  const LABELS = data.labels;
  const PAGE = 100;

  // Row flags, as ReportPage and ComparisonPage write them.
  const CONTESTED = 1, CORRECT = 2, PANEL_SPLIT = 4, BRIEF = 8, SAMPLED = 16;

  // ColorBrewer "Blues" (sequential) and "PuOr" (diverging): both readable with the common colour-vision deficiencies.
  const BLUES = ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"];
  const PUOR = ["#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7", "#d8daeb", "#b2abd2", "#8073ac", "#542788"];

  // ---- small DOM helpers -------------------------------------------------------------------------------------------

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name === "className") node.className = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function str(index) { return index >= 0 ? S[index] : ""; }
  function label(index) { return index >= 0 ? LABELS[index] : ""; }
  function count(n) { return Number(n).toLocaleString("en-US"); }
  function share(part, whole) { return whole > 0 ? (100 * part / whole).toFixed(1) + "%" : "–"; }
  function section(id, title) { const s = el("section", { id: id, "aria-labelledby": id + "-h" }); s.append(el("h2", { id: id + "-h", text: title })); app.append(s); return s; }

  function table(caption, headers, rows, numeric) {
    const t = el("table", {}, el("caption", { text: caption }));
    const head = el("tr");
    headers.forEach((h, i) => head.append(el("th", { scope: "col", className: numeric && numeric[i] ? "num" : null, text: h })));
    t.append(el("thead", {}, head));
    const body = el("tbody");
    for (const row of rows) {
      const tr = el("tr");
      row.forEach((cell, i) => tr.append(i === 0
        ? el("th", { scope: "row", text: cell })
        : el("td", { className: numeric && numeric[i] ? "num" : null, text: cell })));
      body.append(tr);
    }
    t.append(body);
    return t;
  }

  function summaryMap(rows) { const m = new Map(); for (const [k, v] of rows || []) m.set(k, v); return m; }

  // ---- the headline --------------------------------------------------------------------------------------------------

  function metric(list, name, title, value, note) {
    list.append(el("div", {}, el("dt", { text: title }), el("dd", { "data-metric": name }, value === "" ? "undefined" : value, note ? el("small", { text: note }) : null)));
  }

  function headline(summary) {
    const list = el("dl", { className: "headline" });
    const m = (k) => summary.get(k) ?? "";
    metric(list, "accuracy", "Accuracy", m("accuracy"), `95% CI ${m("accuracy_ci_low")}–${m("accuracy_ci_high")}`);
    metric(list, "acceptable_accuracy", "Acceptable accuracy", m("acceptable_accuracy"), "prediction given by at least one expert");
    metric(list, "macro_f1", "Macro F1", m("macro_f1"));
    metric(list, "cohen_kappa", "Cohen's κ against the panel", m("cohen_kappa"));
    metric(list, "expert_krippendorff_alpha", "Panel's α (Krippendorff)", m("expert_krippendorff_alpha"), "how far the experts agree");
    metric(list, "expert_mean_accuracy", "Human ceiling", m("expert_mean_accuracy"), "a typical expert against the others");
    metric(list, "scenarios", "Scenarios", m("scenarios"), `${m("scored")} scored, ${m("contested")} contested`);
    // What only some runs have: advisor errors and stability (external advisors, repeats), and what a chat model cost.
    if (summary.has("advisor_errors")) metric(list, "advisor_errors", "Advisor errors", m("advisor_errors"), "no prediction: counted wrong");
    if (summary.has("stability")) metric(list, "stability", "Stability", m("stability"), `${m("unstable") || 0} unstable over ${m("repeats") || 1} repeat(s)`);
    if (summary.has("advisor_cost_usd")) metric(list, "advisor_cost_usd", "Advisor cost", "$" + m("advisor_cost_usd"), `${m("advisor_input_tokens")} input, ${m("advisor_output_tokens")} output tokens`);
    else if (summary.has("advisor_input_tokens")) metric(list, "advisor_input_tokens", "Advisor tokens", m("advisor_input_tokens"), `input; ${m("advisor_output_tokens")} output`);
    return list;
  }

  function stamp(summary) {
    const parts = [];
    const add = (name, key) => { if (summary.has(key) && summary.get(key) !== "") parts.push(`${name} ${summary.get(key)}`); };
    add("harness", "harness_version"); add("advisor", "advisor"); add("version", "advisor_version"); add("repeats", "repeats");
    add("scenarios.csv sha256", "scenarios_sha256"); add("labels.csv sha256", "labels_sha256");
    return el("p", { className: "stamp", "data-stamp": "" }, parts.join(" · "));
  }

  function gate(verdict) {
    const box = el("div", { id: "gate" });
    if (!verdict) { box.append(el("p", { className: "muted", text: "No gate was checked for this run (eval --gate FILE checks one)." })); return box; }
    box.append(el("p", { className: "verdict " + (verdict.passed ? "pass" : "fail"), "data-gate": verdict.passed ? "passed" : "failed",
      text: verdict.passed ? "Gate passed" : `Gate FAILED (${verdict.failures.length} condition(s))` }));
    const list = el("ul", { className: "conditions" });
    for (const [text, passed] of verdict.conditions) list.append(el("li", { className: "cond " + (passed ? "pass" : "fail"), text: " " + text }));
    for (const failure of verdict.failures) if (!verdict.conditions.some(c => c[0] === failure)) list.append(el("li", { className: "cond fail", text: " " + failure }));
    box.append(list);
    return box;
  }

  // ---- heat-maps -----------------------------------------------------------------------------------------------------

  function colour(scale, t) { return scale[Math.max(0, Math.min(scale.length - 1, Math.round(t * (scale.length - 1))))]; }

  // A panel × predicted map; clicking a cell filters the scenario table to it. `kind` is "" for a run, or "before",
  // "after" or "difference" in a comparison (the difference map shows after minus before and filters on the new run).
  function heatmap(caption, matrix, kind, onPick) {
    const t = el("table", { className: "heat", "data-map": kind || "run" }, el("caption", { text: caption }));
    const head = el("tr", {}, el("th", { scope: "col", text: "panel ↓ · predicted →" }));
    LABELS.forEach(l => head.append(el("th", { scope: "col", text: l })));
    t.append(el("thead", {}, head));
    const body = el("tbody");
    const largest = Math.max(1, ...matrix.flat().map(Math.abs));
    matrix.forEach((row, r) => {
      const total = row.reduce((a, b) => a + b, 0);
      const tr = el("tr", {}, el("th", { scope: "row", text: LABELS[r] }));
      row.forEach((n, c) => {
        const rowShare = kind === "difference" ? null : share(n, total);
        const button = el("button", {
          type: "button", "data-row": r, "data-col": c, "aria-pressed": "false",
          "aria-label": kind === "difference"
            ? `panel ${LABELS[r]}, predicted ${LABELS[c]}: ${n > 0 ? "+" : ""}${n} against the base run; show these scenarios`
            : `panel ${LABELS[r]}, predicted ${LABELS[c]}: ${n} scenarios, ${rowShare} of the row; show them`,
          onclick: () => onPick(r, c, button),
        }, el("span", { text: kind === "difference" ? (n > 0 ? "+" : "") + count(n) : count(n) }),
          rowShare ? el("span", { className: "share", text: rowShare }) : null);
        const t01 = kind === "difference" ? 0.5 + n / (2 * largest) : (total > 0 ? n / total : 0);
        const dark = kind === "difference" ? Math.abs(n) / largest > 0.6 : t01 > 0.55;
        button.style.backgroundColor = colour(kind === "difference" ? PUOR : BLUES, t01);
        button.style.color = dark ? "#ffffff" : "#1b1f24";
        tr.append(el("td", {}, button));
      });
      body.append(tr);
    });
    t.append(body);
    return t;
  }

  function legend(kind) {
    return el("p", { className: "legend", text: kind === "difference"
      ? "Colour: orange where the new run has fewer scenarios, purple where it has more (after minus before)."
      : "Colour: the cell's share of its row, light (few) to dark blue (all). The diagonal is right." });
  }

  // ---- the scenario explorer -----------------------------------------------------------------------------------------

  // Builds the explorer over `rows`: `columns` says what the table shows, `matches` applies the filters, `details`
  // draws a row's expanded view. Filters are plain form controls; the table shows PAGE rows at a time.
  function explorer(host, rows, options) {
    const form = el("form", { className: "filters", role: "search", "aria-label": "Filter the scenarios", onsubmit: (e) => e.preventDefault() });
    const controls = {};
    const search = el("input", { type: "search", id: "f-search", placeholder: "id or words of the text", "data-filter": "search" });
    controls.search = search;
    form.append(el("label", { for: "f-search" }, "Search", search));
    for (const f of options.filters) {
      const select = el("select", { id: "f-" + f.name, "data-filter": f.name });
      for (const [value, text] of f.choices) select.append(el("option", { value: value, text: text }));
      controls[f.name] = select;
      form.append(el("label", { for: "f-" + f.name }, f.title, select));
    }
    const reset = el("button", { type: "button", className: "action", text: "Clear filters" });
    form.append(reset);
    const status = el("p", { className: "status", role: "status", id: "explorer-status" });
    const t = el("table", { className: "explorer", id: "scenario-table" }, el("caption", { text: options.caption }));
    const head = el("tr");
    for (const c of options.columns) head.append(el("th", { scope: "col", text: c.title }));
    t.append(el("thead", {}, head));
    const body = el("tbody");
    t.append(body);
    const more = el("button", { type: "button", className: "action", id: "show-more", text: `Show ${PAGE} more` });
    host.append(form, status, t, more);

    let shown = 0, matching = [];
    const cell = { row: -1, col: -1, side: "" };

    function draw(reset) {
      if (reset) {
        const query = search.value.trim().toLowerCase();
        const values = {};
        for (const f of options.filters) values[f.name] = controls[f.name].value;
        matching = rows.filter(r => options.matches(r, values, query, cell));
        body.replaceChildren();
        shown = 0;
      }
      const next = matching.slice(shown, shown + PAGE);
      for (const r of next) appendRow(r);
      shown += next.length;
      more.hidden = shown >= matching.length;
      const where = cell.row >= 0 ? ` in the cell panel ${LABELS[cell.row]} × predicted ${LABELS[cell.col]}${cell.side ? " (" + cell.side + ")" : ""}` : "";
      status.textContent = `${count(matching.length)} of ${count(rows.length)} listed scenarios match${where}; showing ${count(shown)}.`;
    }

    function appendRow(r) {
      const tr = el("tr", { className: options.rowClass(r), "data-id": r.id });
      const detailRow = el("tr", { className: "details", hidden: true });
      const detailId = "d-" + r.key;
      detailRow.id = detailId;
      const button = el("button", { type: "button", "aria-expanded": "false", "aria-controls": detailId, text: r.id });
      button.addEventListener("click", () => {
        const open = button.getAttribute("aria-expanded") !== "true";
        button.setAttribute("aria-expanded", String(open));
        detailRow.hidden = !open;
        if (open && !detailRow.firstChild) detailRow.append(el("td", { colspan: options.columns.length }, options.details(r)));
      });
      tr.append(el("td", { className: "id" }, button));
      for (const c of options.columns.slice(1)) tr.append(el("td", { className: c.className || null, text: c.value(r) }));
      body.append(tr, detailRow);
    }

    function clearCell() {
      for (const b of document.querySelectorAll("table.heat button[aria-pressed='true']")) b.setAttribute("aria-pressed", "false");
      Object.assign(cell, { row: -1, col: -1, side: "" });
    }

    // A heat-map cell narrows the table to its scenarios; a second click on the same cell lifts that again.
    function pick(r, c, side, button) {
      const same = cell.row === r && cell.col === c && cell.side === side;
      clearCell();
      if (!same) {
        Object.assign(cell, { row: r, col: c, side: side });
        button.setAttribute("aria-pressed", "true");
      }
      draw(true);
      if (!same) host.scrollIntoView({ block: "start" });
    }

    form.addEventListener("input", () => draw(true));
    reset.addEventListener("click", () => {
      search.value = "";
      for (const f of options.filters) controls[f.name].value = f.choices[0][0];
      clearCell();
      draw(true);
    });
    more.addEventListener("click", () => draw(false));
    draw(true);
    return pick;
  }

  function textOf(row) { return (row.id + " " + (row.text || "")).toLowerCase(); }

  // ---- advice details ------------------------------------------------------------------------------------------------

  // The evidence cell: "N: piece; piece | M: piece" (N the question's number), grouped by question number.
  function evidenceGroups(cell) {
    const groups = new Map();
    if (!cell) return groups;
    for (const group of cell.split(" | ")) {
      const m = /^(\d+): /.exec(group);
      const key = m ? Number(m[1]) : 0;
      const pieces = (m ? group.slice(m[0].length) : group).split("; ").filter(p => p.length > 0);
      groups.set(key, (groups.get(key) || []).concat(pieces));
    }
    return groups;
  }

  const QUESTIONS = {
    "can-prompting-solve-it": [1, "1. Can prompting solve it?"],
    "is-style-format-or-persona": [2, "2. Is it a style, format or persona problem?"],
    "needs-domain-knowledge": [3, "3. Does it need domain knowledge?"],
  };

  // The path with each question's evidence. In a comparison `other` holds the other run's path and evidence pieces
  // ("N:piece"), and `marker` ("added" or "removed") marks what this side has and the other lacks.
  function pathView(pathCell, evidenceCell, other) {
    const groups = evidenceGroups(evidenceCell);
    const list = el("ol", { className: "path" });
    const steps = pathCell ? pathCell.split("; ") : [];
    const otherSteps = other ? new Set(other.path ? other.path.split("; ") : []) : null;
    for (const step of steps) {
      const [question, answer] = step.split("=");
      const [number, title] = QUESTIONS[question] || [0, question];
      const li = el("li", { value: number || null });
      li.append(el("span", { className: otherSteps && !otherSteps.has(step) ? "changed" : null, text: `${title} ${answer === "yes" ? "Yes" : "No"}` }));
      li.append(pieceList(groups.get(number) || [], number, other));
      groups.delete(number);
      list.append(li);
    }
    const box = el("div", {}, list);
    for (const [number, pieces] of groups)
      box.append(el("p", { text: number ? `Evidence for question ${number}:` : "Evidence the advisor gave outside the path:" }), pieceList(pieces, number, other));
    if (!steps.length && !groups.size) box.append(el("p", { className: "muted", text: "No path or evidence recorded." }));
    return box;
  }

  function pieceList(pieces, number, other) {
    const ul = el("ul");
    for (const piece of pieces) {
      const m = /^(.*) \(([+-]?\d+)\)$/.exec(piece);
      const li = el("li", { className: other && !other.pieces.has(number + ":" + piece) ? other.marker : null },
        m ? m[1] + " " : piece, m ? el("span", { className: "weight", text: `(${m[2]})` }) : null);
      ul.append(li);
    }
    if (!pieces.length) ul.append(el("li", { className: "muted", text: "no evidence" }));
    return ul;
  }

  function field(title, value, changed) {
    return el("p", {}, el("strong", { text: title + ": " }), el("span", { className: changed ? "changed" : null, text: value === "" ? "none" : value }));
  }

  function cost(cell) {
    if (!cell) return "none (daily requests and tokens per request unknown)";
    const [prompted, tuned, savings] = cell.split("/");
    return `prompted $${prompted}/day, fine-tuned $${tuned}/day, saves $${savings}/month`;
  }

  // ---- report.html ---------------------------------------------------------------------------------------------------

  function reportPage() {
    const summary = summaryMap(data.summary);
    document.title = "EvalHarness report";
    app.append(el("a", { href: "#explorer-h", className: "skip", text: "Skip to the scenarios" }));
    app.append(el("h1", { text: "EvalHarness report" }), stamp(summary));
    app.append(headline(summary), gate(data.gate));
    if (data.comparison) {
      const c = data.comparison;
      app.append(el("p", { className: "note" }, `Against the baseline: ${c.regressed} regressed, ${c.fixed} fixed, ${c.predictionChanged} prediction(s) and ${c.explanationChanged} explanation(s) changed; McNemar p = ${c.mcnemarP}. `,
        el("a", { href: c.file, text: "Open the comparison" })));
    }

    const rows = data.scenarios.map((r, i) => ({
      key: i, id: r[0], text: r[1], tags: (r[2] || []).map(str), expected: r[3], predicted: r[4], flags: r[5],
      labels: r[6] || [], leaf: str(r[7] ?? -1), path: str(r[8] ?? -1), evidence: r[9] || "", reasons: str(r[10] ?? -1),
      warnings: str(r[11] ?? -1), cost: str(r[12] ?? -1), error: r[13] || "", stability: str(r[14] ?? -1),
    }));

    const confusion = section("confusion", "Confusion: panel label × prediction");
    confusion.append(el("p", { text: "Scored scenarios only (contested ones have no panel label). Click a cell to list its scenarios below." }));
    const maps = el("div", { className: "maps" });
    confusion.append(maps, legend(""));

    const labels = section("labels", "Per label");
    labels.append(table("Precision, recall and F1 over scored scenarios", ["label", "precision", "recall", "F1", "support", "predicted"],
      data.perLabel, [false, true, true, true, true, true]));

    const people = section("annotators", "Annotators");
    people.append(table("Each annotator against the rest of the panel and against the advisor",
      ["annotator", "labels", "agreement with panel", "agreement with advisor", "κ with advisor"], data.annotators, [false, true, true, true, true]));
    people.append(table("Each pair of annotators: how often they agree, and Cohen's κ",
      ["pair", "scenarios", "agreement", "Cohen's κ"], data.pairs.map(p => [`${p[0]} · ${p[1]}`, p[2], p[3], p[4]]), [false, true, true, true]));

    const cov = section("coverage", "The framework's coverage");
    const scenarios = Number(summary.get("scenarios") || 0);
    const coverageTable = (caption, list) => table(caption, ["name", "scenarios", "share"], list.map(([n, k]) => [n, count(k), share(k, scenarios)]), [false, true, true]);
    cov.append(el("div", { className: "maps" },
      coverageTable("Scenarios reaching each leaf", data.coverage.leaves),
      coverageTable("Scenarios with each reason for fine-tuning", data.coverage.reasons),
      coverageTable("Scenarios with each warning", data.coverage.warnings)));
    const dead = data.coverage.deadRules;
    cov.append(el("p", { "data-dead-rules": dead.length, text: `${dead.length} of ${data.coverage.rules} rules of the advisor never fire on this corpus.` }));
    if (dead.length) {
      const details = el("details", {}, el("summary", { text: "Rules that never fire" }));
      details.append(table("Rules that never fire", ["rule", "kind", "what it looks for"], dead));
      cov.append(details);
    }

    const host = section("explorer", "Scenarios");
    const l = data.listing;
    host.append(el("p", { className: "note", "data-listing": "" }, listingNote(l)));
    const tags = [...new Set(rows.flatMap(r => r.tags))].sort();
    const pick = explorer(host, rows, {
      caption: "Scenarios listed on this page",
      filters: [
        { name: "tag", title: "Tag", choices: [["", "any"], ...tags.map(t => [t, t])] },
        { name: "panel", title: "Panel label", choices: [["", "any"], ...LABELS.map((x, i) => [String(i), x]), ["-1", "contested"]] },
        { name: "predicted", title: "Prediction", choices: [["", "any"], ...LABELS.map((x, i) => [String(i), x]), ["-1", "none (advisor error)"]] },
        { name: "outcome", title: "Outcome", choices: [["", "any"], ["right", "right"], ["wrong", "wrong"], ["contested", "contested"], ["split", "panel split"]] },
      ],
      matches: (r, f, query, cell) =>
        (!query || textOf(r).includes(query)) && (!f.tag || r.tags.includes(f.tag))
        && (f.panel === "" || r.expected === Number(f.panel)) && (f.predicted === "" || r.predicted === Number(f.predicted))
        && (f.outcome === "" || (f.outcome === "right" && (r.flags & CORRECT)) || (f.outcome === "contested" && (r.flags & CONTESTED))
          || (f.outcome === "wrong" && !(r.flags & (CORRECT | CONTESTED))) || (f.outcome === "split" && (r.flags & PANEL_SPLIT)))
        && (cell.row < 0 || (r.expected === cell.row && r.predicted === cell.col)),
      rowClass: (r) => (r.flags & CORRECT) ? "right" : (r.flags & CONTESTED) ? "contested" : "wrong",
      columns: [
        { title: "scenario" },
        { title: "panel", value: r => r.expected >= 0 ? label(r.expected) : "contested" },
        { title: "predicted", value: r => r.predicted >= 0 ? label(r.predicted) : "none" },
        { title: "outcome", className: "outcome", value: r => (r.flags & CORRECT) ? "right" : (r.flags & CONTESTED) ? "contested" : "wrong" },
        { title: "leaf", value: r => r.leaf },
        { title: "text", value: r => r.flags & BRIEF ? "(details left out: see results.csv)" : (r.text.length > 120 ? r.text.slice(0, 117) + "…" : r.text) },
      ],
      details: scenarioDetails,
    });
    maps.append(heatmap("Panel label × prediction (scored scenarios)", data.confusion, "", (r, c, b) => pick(r, c, "", b)));
  }

  function listingNote(l) {
    const parts = [`This page lists ${count(l.disagreementsListed)} of the ${count(l.disagreements)} scenarios the advisor got wrong, was contested on, or gave no prediction for`];
    parts.push(l.sampled < l.others ? `and a random sample of ${count(l.sampled)} of the ${count(l.others)} it got right` : `and all ${count(l.others)} it got right`);
    let note = parts.join(", ") + `: ${count(l.detailed + l.brief)} of ${count(l.scenarios)} scenarios.`;
    if (l.brief > 0) note += ` ${count(l.brief)} are listed without their details, to keep the page small; results.csv and disagreements.csv have them all.`;
    if (l.leftOut > 0) note += ` ${count(l.leftOut)} disagreements are left out of the page altogether: see disagreements.csv.`;
    return note;
  }

  function scenarioDetails(r) {
    const box = el("div", { className: "detail" });
    if (r.flags & BRIEF) {
      box.append(el("p", { text: "This scenario's details were left out to keep the page small: find its row in results.csv." }));
      return box;
    }
    box.append(el("h4", { text: "Text" }), el("p", { className: "text", text: r.text }));
    if (r.tags.length) box.append(field("Tags", r.tags.join(", ")));
    box.append(el("h4", { text: "Experts" }));
    const ul = el("ul", { className: "labels" });
    for (const [annotator, l, rationale] of r.labels)
      ul.append(el("li", {}, el("strong", { text: `${str(annotator)}: ${LABELS[l]}` }), rationale >= 0 ? ` — ${str(rationale)}` : ""));
    box.append(ul);
    box.append(el("h4", { text: "Advice" }));
    if (r.error) box.append(field("Advisor error", r.error));
    box.append(field("Leaf", r.leaf), pathView(r.path, r.evidence, null));
    box.append(field("Reasons for fine-tuning", r.reasons.split(";").join(", ")), field("Warnings", r.warnings.split(";").join(", ")), field("Cost", cost(r.cost)));
    if (r.stability && r.stability !== "1.0000") box.append(field("Stability", r.stability));
    return box;
  }

  // ---- comparison.html -----------------------------------------------------------------------------------------------

  function comparisonPage() {
    const before = summaryMap(data.summaryBefore), after = summaryMap(data.summaryAfter);
    app.append(el("a", { href: "#explorer-h", className: "skip", text: "Skip to the scenarios" }));
    app.append(el("h1", { text: `Comparison: ${data.before} → ${data.after}` }));
    app.append(el("p", { className: "stamp", text: `before: advisor ${before.get("advisor_version") || "unknown"} · after: advisor ${after.get("advisor_version") || "unknown"}` }));
    for (const w of data.warnings) app.append(el("p", { className: "warning", role: "note", text: "Warning: " + w }));

    const o = data.outcomes, p = data.paired;
    const list = el("dl", { className: "headline" });
    metric(list, "regressed", "Regressed", count(o.regressed), "right before, wrong now");
    metric(list, "fixed", "Fixed", count(o.fixed), "wrong before, right now");
    metric(list, "still-wrong", "Still wrong", count(o["still-wrong"]));
    metric(list, "still-right", "Still right", count(o["still-right"]));
    metric(list, "explanation-changed", "Explanation changed", count(data.explanationChanged), "same prediction, other leaf, path, evidence, warnings or cost");
    metric(list, "accuracy-difference", "Accuracy difference", p.difference, `95% CI ${p.low} to ${p.high} (paired, Newcombe)`);
    metric(list, "mcnemar-p", "McNemar exact p", p.mcnemarP, p.mcnemarP !== "" && Number(p.mcnemarP) < 0.05 ? "more than chance" : "not distinguishable from chance");
    metric(list, "paired", "Scored in both", count(p.count), `accuracy ${p.accuracyBefore} → ${p.accuracyAfter}`);
    app.append(list);

    const figures = section("figures", "Headline figures");
    const names = ["accuracy", "acceptable_accuracy", "macro_f1", "cohen_kappa", "expert_krippendorff_alpha", "expert_mean_accuracy", "scenarios", "scored", "contested", "advisor_errors", "stability"];
    figures.append(table("Each run's summary.csv", ["metric", "before", "after"],
      names.filter(n => before.has(n) || after.has(n)).map(n => [n, before.get(n) ?? "", after.get(n) ?? ""]), [false, true, true]));
    figures.append(table("Per label, on the scenarios scored in both", ["label", "precision before", "after", "recall before", "after", "F1 before", "after"],
      data.perLabelBefore.map((b, i) => { const a = data.perLabelAfter[i]; return [b[0], b[1], a[1], b[2], a[2], b[3], a[3]]; }), [false, true, true, true, true, true, true]));

    const rows = data.scenarios.map((r, i) => ({
      key: i, id: r[0], outcome: str(r[1]), changes: str(r[2]), flags: r[3], before: side(r[4]), after: side(r[5]),
    }));
    for (const r of rows) { r.text = (r.after && r.after.text) || (r.before && r.before.text) || ""; if (r.before && r.before.text === null) r.before.text = r.after.text; }

    const confusion = section("confusion", "Confusion before, after, and the difference");
    confusion.append(el("p", { text: "On the scenarios scored in both runs. Click a cell to list its scenarios below (the difference map lists the new run's cell)." }));
    const maps = el("div", { className: "maps" });
    confusion.append(maps, legend(""), legend("difference"));

    const host = section("explorer", "Scenarios");
    const l = data.listing;
    let note = `This page lists ${count(l.changedListed)} of the ${count(l.changed)} scenarios whose label, explanation or corpus entry changed, `
      + (l.sampled < l.others ? `and a random sample of ${count(l.sampled)} of the ${count(l.others)} unchanged ones.` : `and all ${count(l.others)} unchanged ones.`);
    if (l.brief > 0) note += ` ${count(l.brief)} are listed without their details, to keep the page small; comparison.csv has every scenario.`;
    if (l.leftOut > 0) note += ` ${count(l.leftOut)} changes are left out of the page altogether: see comparison.csv.`;
    host.append(el("p", { className: "note", "data-listing": "" }, note));
    const outcomes = ["regressed", "fixed", "still-wrong", "still-right", "unscored", "added", "removed"];
    const pick = explorer(host, rows, {
      caption: "Scenarios in either run",
      filters: [
        { name: "outcome", title: "Outcome", choices: [["", "any"], ...outcomes.map(x => [x, x])] },
        // Changes first: they are what a comparison is read for.
        { name: "change", title: "Change", choices: [["changed", "anything changed"], ["", "any"], ["label", "prediction changed"], ["explanation", "explanation only"], ["none", "nothing changed"]] },
      ],
      matches: (r, f, query, cell) => {
        if (query && !textOf(r).includes(query)) return false;
        if (f.outcome && r.outcome !== f.outcome) return false;
        const changes = r.changes ? r.changes.split(";") : [];
        const label = changes.includes("prediction");
        const advice = changes.some(c => c !== "text" && c !== "panel");
        if (f.change === "changed" && !changes.length && r.outcome !== "added" && r.outcome !== "removed") return false;
        if (f.change === "label" && !label) return false;
        if (f.change === "explanation" && (label || !advice)) return false;
        if (f.change === "none" && (changes.length || r.outcome === "added" || r.outcome === "removed")) return false;
        if (cell.row >= 0) {
          const s = cell.side === "before" ? r.before : r.after;
          if (!s || s.expected !== cell.row || s.predicted !== cell.col) return false;
        }
        return true;
      },
      rowClass: (r) => "outcome-" + r.outcome,
      columns: [
        { title: "scenario" },
        { title: "outcome", className: "outcome", value: r => r.outcome },
        { title: "panel", value: r => { const s = r.after || r.before; return s.expected >= 0 ? label(s.expected) : "contested"; } },
        { title: "predicted before → after", value: r => `${r.before ? (r.before.predicted >= 0 ? label(r.before.predicted) : "none") : "–"} → ${r.after ? (r.after.predicted >= 0 ? label(r.after.predicted) : "none") : "–"}` },
        { title: "what changed", value: r => r.changes ? r.changes.split(";").join(", ") : (r.outcome === "added" || r.outcome === "removed" ? r.outcome : "nothing") },
      ],
      details: caseDetails,
    });
    const diff = data.confusionAfter.map((row, i) => row.map((n, j) => n - data.confusionBefore[i][j]));
    maps.append(heatmap("Before", data.confusionBefore, "before", (r, c, b) => pick(r, c, "before", b)));
    maps.append(heatmap("After", data.confusionAfter, "after", (r, c, b) => pick(r, c, "after", b)));
    maps.append(heatmap("Difference (after − before)", diff, "difference", (r, c, b) => pick(r, c, "after", b)));
  }

  function side(s) {
    if (!s) return null;
    if (s.length <= 2) return { expected: s[0], predicted: s[1], brief: true };
    return { expected: s[0], predicted: s[1], labels: str(s[2]), leaf: str(s[3]), path: str(s[4]), evidence: s[5] || "",
      reasons: str(s[6]), warnings: str(s[7]), cost: str(s[8]), error: s[9] || "", text: s[10] };
  }

  function caseDetails(r) {
    const box = el("div", { className: "detail" });
    if ((r.before && r.before.brief) || (r.after && r.after.brief)) {
      box.append(el("p", { text: "This scenario's details were left out to keep the page small: find its row in comparison.csv and results.csv." }));
      return box;
    }
    box.append(el("h4", { text: "Text" }), el("p", { className: "text", text: r.text }));
    const sides = el("div", { className: "sides" });
    sides.append(sideView("Before", r.before, r.after, "removed"), sideView("After", r.after, r.before, "added"));
    box.append(sides);
    return box;
  }

  function sideView(title, s, other, marker) {
    const box = el("div", { className: "side", "data-side": title.toLowerCase() }, el("h4", { text: title }));
    if (!s) { box.append(el("p", { className: "muted", text: title === "Before" ? "Not in the base run (added)." : "Not in the new run (removed)." })); return box; }
    const differs = (k) => other && !other.brief && other[k] !== s[k];
    box.append(field("Panel", s.expected >= 0 ? label(s.expected) : "contested", other && other.expected !== s.expected));
    box.append(field("Expert labels", s.labels.split(";").join(", "), differs("labels")));
    box.append(field("Prediction", s.predicted >= 0 ? label(s.predicted) : "none", other && other.predicted !== s.predicted));
    if (s.error || (other && other.error)) box.append(field("Advisor error", s.error, differs("error")));
    box.append(field("Leaf", s.leaf, differs("leaf")));
    // Pieces this side has and the other lacks are marked: added in the new run, removed from the base run.
    const compared = other && !other.brief
      ? { path: other.path, marker: marker, pieces: new Set([...evidenceGroups(other.evidence)].flatMap(([k, ps]) => ps.map(p => k + ":" + p))) }
      : null;
    box.append(pathView(s.path, s.evidence, compared));
    box.append(field("Reasons for fine-tuning", s.reasons.split(";").join(", "), differs("reasons")));
    box.append(field("Warnings", s.warnings.split(";").join(", "), differs("warnings")));
    box.append(field("Cost", cost(s.cost), differs("cost")));
    if (other && !other.brief && other.text !== s.text && s.text !== null) box.append(field("Text in this run", s.text, true));
    return box;
  }

  if (data.kind === "comparison") comparisonPage(); else reportPage();
  document.documentElement.setAttribute("data-ready", "true");
})();
