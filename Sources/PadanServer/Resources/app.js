// Padan workbench: four pages over the JSON API. Every string from the server or the user is put
// into the page as text (textContent), never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);

/** An element with text and attributes; children may be elements or strings. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "text") node.textContent = value;
    else if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

// ---- access token, errors, API calls ----

if (location.hash.startsWith("#token=")) {
  sessionStorage.setItem("padan-token", decodeURIComponent(location.hash.slice(7)));
  history.replaceState(null, "", location.pathname);
}

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = false;
}

function clearError() {
  $("error").hidden = true;
  $("error").textContent = "";
}

/** Calls the API; throws after showing the server's message when the answer is an error. */
async function api(method, path, body, contentType = "application/json") {
  clearError();
  const headers = { "X-Padan-Request": "1" };
  const token = sessionStorage.getItem("padan-token");
  if (token) headers["X-Padan-Token"] = token;
  if (body !== undefined) headers["Content-Type"] = contentType;
  const response = await fetch(path, {
    method, headers, body: body === undefined ? undefined : (contentType === "application/json" ? JSON.stringify(body) : body),
  });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try { message = (await response.json()).error.message; } catch (_) { /* not JSON */ }
    if (response.status === 401) showPage("token");
    showError(message);
    throw new Error(message);
  }
  return response;
}

const getJSON = async (path) => (await api("GET", path)).json();
const postJSON = async (path, body) => (await api("POST", path, body)).json();

/** Saves an answer's body as a file the browser downloads. */
async function download(response, fallbackName) {
  const match = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "");
  const url = URL.createObjectURL(await response.blob());
  const link = el("a", { href: url, download: match ? match[1] : fallbackName });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** The text split into user-perceived characters, which is how the server counts offsets. */
function characters(text) {
  return Array.from(new Intl.Segmenter().segment(text), (part) => part.segment);
}

/** The text with [start, end) ranges wrapped in marks made by `makeMark(range, text)`. */
function highlighted(text, ranges, makeMark) {
  const chars = characters(text);
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    if (range.start < at || range.end > chars.length) continue;
    fragment.append(chars.slice(at, range.start).join(""));
    fragment.append(makeMark(range, chars.slice(range.start, range.end).join("")));
    at = range.end;
  }
  fragment.append(chars.slice(at).join(""));
  return fragment;
}

const day = (date) => (date ? date.slice(0, 10) : "");
const provenance = (item) => [item.origin, day(item.date), `unit ${item.unitID}`].filter(Boolean).join(" · ");

function readFileInto(input, textarea) {
  input.addEventListener("change", async () => {
    if (input.files.length) textarea.value = await input.files[0].text();
  });
}

// ---- pages ----

function showPage(name) {
  const shown = name === "token" ? "token-form" : `page-${name}`;
  for (const page of document.querySelectorAll(".page")) page.hidden = page.id !== shown;
  for (const link of document.querySelectorAll("nav a")) link.classList.toggle("active", link.dataset.page === name);
}

window.addEventListener("hashchange", () => showPage(location.hash.slice(1) || "suggest"));

async function refreshStats() {
  try {
    const stats = await getJSON("/api/memory/stats");
    $("stats").textContent = `${stats.units.toLocaleString("en")} units in the memory`;
  } catch (_) { /* shown in the error box */ }
}

// Suggest

function renderSuggestions(result) {
  const box = $("suggest-results");
  box.replaceChildren();
  if (!result.sentences.length) box.append(el("p", { class: "none", text: "No sentence in the text." }));
  for (const sentence of result.sentences) {
    const source = el("p", { class: "source" }, highlighted(sentence.text, sentence.terms, (term, text) => {
      let title = term.english;
      if (term.alternatives.length) title += ` (also: ${term.alternatives.join(", ")})`;
      if (term.forbidden.length) title += ` (not: ${term.forbidden.join(", ")})`;
      if (term.note) title += ` — ${term.note}`;
      return el("mark", { class: "term", title, "data-english": term.english, text });
    }));
    const item = el("div", { class: "sentence" }, source);
    if (sentence.warnings.length) {
      item.append(el("ul", { class: "warnings" }, ...sentence.warnings.map((w) => el("li", { text: w.message }))));
    }
    if (!sentence.matches.length) item.append(el("p", { class: "none", text: "no match in the memory" }));
    for (const match of sentence.matches) {
      const row = el("div", { class: "match" },
        el("span", { class: "score", text: `${Math.floor(match.score)}%` }), el("span", { class: "target", text: match.target }));
      if (match.adaptedTarget) row.append(el("span", { class: "adapted", text: `→ ${match.adaptedTarget} (numbers carried over)` }));
      row.append(el("span", { class: "provenance", text: `${match.source} — ${provenance(match)}` }));
      item.append(row);
    }
    box.append(item);
  }
}

function suggestBody() {
  return { text: $("suggest-text").value, threshold: Number($("suggest-threshold").value) || 70, name: "article.id.txt" };
}

$("suggest-run").addEventListener("click", async () => renderSuggestions(await postJSON("/api/suggest", suggestBody())));
$("suggest-xliff").addEventListener("click", async () => download(await api("POST", "/api/suggest/xliff", suggestBody()), "article.xlf"));
readFileInto($("suggest-file"), $("suggest-text"));
$("suggest-text").addEventListener("dragover", (event) => event.preventDefault());
$("suggest-text").addEventListener("drop", async (event) => {
  event.preventDefault();
  if (event.dataTransfer.files.length) $("suggest-text").value = await event.dataTransfer.files[0].text();
});

// Concordance

let concordanceHits = [];

// The renderings spotted over the sampled hits, commonest first, as text: "pengerahan: deployment 41, …".
function renderRenderings(result) {
  const box = $("conc-renderings");
  box.replaceChildren();
  if (!result.renderings.length) return;
  box.append(el("strong", { text: `${result.query}: ` }));
  result.renderings.slice(0, 8).forEach((rendering, index) => {
    if (index) box.append(", ");
    box.append(el("mark", { class: "spot", text: rendering.text }), ` ${rendering.count}`);
  });
  if (result.renderings.length > 8) box.append(", …");
  box.append(el("span", { class: "muted", text: `  (over ${result.sampled} hits)` }));
}

function renderConcordance() {
  const origin = $("conc-origin").value.trim().toLowerCase();
  const from = $("conc-from").value, to = $("conc-to").value;
  const hits = concordanceHits.filter(({ hit }) =>
    (!origin || (hit.origin || "").toLowerCase().includes(origin)) &&
    (!from || day(hit.date) >= from) && (!to || day(hit.date) <= to));
  const table = $("conc-results");
  table.replaceChildren(el("tr", {}, el("th", { text: "Indonesian" }), el("th", { text: "English" }), el("th", { text: "From" })));
  for (const { hit, spotRange } of hits) {
    const ranges = hit.ranges.map(([start, end]) => ({ start, end }));
    const mark = (_, text) => el("mark", { class: "hit", text });
    const spotted = spotRange ? [{ start: spotRange[0], end: spotRange[1] }] : [];
    const spotMark = (_, text) => el("mark", { class: "spot", text });
    const onSource = hit.side === 0; // MemorySide: 0 source (Indonesian), 1 target (English)
    const cells = [highlighted(onSource ? hit.source : hit.target, ranges, mark),
                   highlighted(onSource ? hit.target : hit.source, spotted, spotMark)];
    if (!onSource) cells.reverse();
    table.append(el("tr", {}, el("td", {}, cells[0]), el("td", {}, cells[1]), el("td", { class: "muted", text: provenance(hit) })));
  }
  $("conc-count").textContent = `${hits.length} of ${concordanceHits.length} units shown`;
}

$("conc-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const query = new URLSearchParams({ text: $("conc-text").value, lang: $("conc-lang").value, limit: "200" });
  if ($("conc-exact").checked) query.set("exact", "1");
  const result = await getJSON(`/api/memory/search?${query}`);
  concordanceHits = result.hits;
  renderRenderings(result);
  renderConcordance();
});
for (const id of ["conc-origin", "conc-from", "conc-to"]) $(id).addEventListener("input", renderConcordance);

$("import-run").addEventListener("click", async () => {
  const file = $("import-file").files[0];
  if (!file) return showError("error: choose a TMX file to import first");
  $("import-status").textContent = `importing ${file.name}…`;
  try {
    const answer = await api("POST", `/api/memory/import?origin=${encodeURIComponent(file.name)}`, file, "application/xml");
    const summary = await answer.json();
    $("import-status").textContent = `${file.name}: ${summary.added} units added` +
      (summary.duplicates ? `, ${summary.duplicates} duplicates dropped` : "");
    refreshStats();
  } catch (error) {
    $("import-status").textContent = `${file.name}: nothing imported`;
  }
});
$("export-run").addEventListener("click", async () => download(await api("GET", "/api/memory/export"), "memory.tmx"));

// Glossary

$("gloss-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const query = new URLSearchParams({ text: $("gloss-text").value, limit: "20" });
  if ($("gloss-domain").value) query.set("domain", $("gloss-domain").value);
  const results = await getJSON(`/api/glossary/lookup?${query}`);
  const box = $("gloss-results");
  box.replaceChildren();
  if (!results.length) box.append(el("p", { class: "none", text: "No entry found." }));
  for (const { entry, reason, score } of results) {
    const item = el("div", { class: "entry" },
      el("div", {}, el("strong", { text: entry.indonesian.join(" | ") }), " → ", el("span", { class: "preferred", text: entry.english })));
    if (entry.alternatives.length) item.append(el("div", { class: "allowed", text: `also: ${entry.alternatives.join(", ")}` }));
    if (entry.forbidden.length) {
      item.append(el("div", {}, "not: ", ...entry.forbidden.map((word) => el("span", { class: "forbidden", text: word }))));
    }
    if (entry.note) item.append(el("div", { class: "note", text: entry.note }));
    item.append(el("div", { class: "muted", text: `${entry.domain} · ${reason} ${score.toFixed(2)}` }));
    box.append(item);
  }
});

async function loadDomains() {
  try {
    for (const domain of await getJSON("/api/glossary/domains")) $("gloss-domain").append(el("option", { value: domain, text: domain }));
  } catch (_) { /* shown in the error box */ }
}

// Align and review

const review = { name: "article", source: [], target: [], links: [], selected: 0, history: [] };

function confidenceClass(confidence) {
  return confidence >= 0.9 ? "high" : confidence >= 0.5 ? "mid" : "low";
}

function renderReview() {
  const table = $("align-table");
  table.replaceChildren(el("tr", {}, el("th", { text: "#" }), el("th", { text: "Indonesian" }), el("th", { text: "English" }),
    el("th", { text: "Link" }), el("th", { text: "Confidence" })));
  review.selected = Math.max(0, Math.min(review.selected, review.links.length - 1));
  review.links.forEach((link, index) => {
    const [s0, s1] = link.source, [t0, t1] = link.target;
    const row = el("tr", { class: confidenceClass(link.confidence), "data-index": String(index) },
      el("td", { text: String(index + 1) }),
      el("td", { class: "id", text: review.source.slice(s0, s1).join(" ") }),
      el("td", { class: "en", text: review.target.slice(t0, t1).join(" ") }),
      el("td", { class: "kind", text: `${s1 - s0}-${t1 - t0}` }),
      el("td", { class: "confidence", text: link.confidence.toFixed(2) }));
    if (index === review.selected) row.classList.add("selected");
    row.addEventListener("click", () => { review.selected = index; renderReview(); });
    table.append(row);
  });
  const stored = review.links.filter((l) => l.source[1] > l.source[0] && l.target[1] > l.target[0]).length;
  $("align-status").textContent = `${review.links.length} links, ${stored} with both sides; link ${review.selected + 1} selected`;
  table.querySelector("tr.selected")?.scrollIntoView({ block: "nearest" });
}

async function edit(kind, side) {
  const body = { sourceCount: review.source.length, targetCount: review.target.length, links: review.links,
    edit: { kind, link: review.selected, side } };
  const answer = await postJSON("/api/align/edit", body);
  review.history.push(review.links);
  review.links = answer.links;
  renderReview();
}

function reviewBody() {
  return { name: review.name, source: review.source, target: review.target, links: review.links };
}

readFileInto($("align-source-file"), $("align-source"));
readFileInto($("align-target-file"), $("align-target"));

$("align-run").addEventListener("click", async () => {
  const answer = await postJSON("/api/align", { source: $("align-source").value, target: $("align-target").value, name: $("align-name").value });
  Object.assign(review, answer, { selected: 0, history: [] });
  $("align-review").hidden = false;
  renderReview();
  $("align-table").focus();
});

for (const button of document.querySelectorAll("[data-edit]")) {
  button.addEventListener("click", () => edit(button.dataset.edit, button.dataset.side));
}

function undo() {
  if (review.history.length) { review.links = review.history.pop(); renderReview(); }
}
$("align-undo").addEventListener("click", undo);

$("align-store").addEventListener("click", async () => {
  const summary = await postJSON("/api/align/store", reviewBody());
  $("align-status").textContent = `stored ${summary.added} reviewed pairs in the memory` +
    (summary.duplicates ? ` (${summary.duplicates} were already there)` : "");
  refreshStats();
});
$("align-tmx").addEventListener("click", async () => download(await api("POST", "/api/align/tmx", reviewBody()), "article.tmx"));

const reviewKeys = {
  m: () => edit("merge"), s: () => edit("split"), x: () => edit("markWrong"), u: undo,
  "[": () => edit("moveToPrevious", "source"), "]": () => edit("moveToNext", "source"),
  "{": () => edit("moveToPrevious", "target"), "}": () => edit("moveToNext", "target"),
  j: () => { review.selected += 1; renderReview(); }, ArrowDown: () => { review.selected += 1; renderReview(); },
  k: () => { review.selected -= 1; renderReview(); }, ArrowUp: () => { review.selected -= 1; renderReview(); },
};

document.addEventListener("keydown", (event) => {
  if ($("page-align").hidden || $("align-review").hidden || event.ctrlKey || event.metaKey || event.altKey) return;
  if (["INPUT", "TEXTAREA", "SELECT"].includes(document.activeElement?.tagName)) return;
  const action = reviewKeys[event.key];
  if (action) { event.preventDefault(); Promise.resolve(action()).catch(() => {}); }
});

// Token form

$("token-entry").addEventListener("submit", (event) => {
  event.preventDefault();
  sessionStorage.setItem("padan-token", $("token-input").value.trim());
  clearError();
  showPage("suggest");
  refreshStats();
  loadDomains();
});

// Unhandled API failures were already shown in the error box.
window.addEventListener("unhandledrejection", (event) => event.preventDefault());

showPage(location.hash.slice(1) || "suggest");
refreshStats();
loadDomains();
