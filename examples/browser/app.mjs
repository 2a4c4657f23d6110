// The browser page's script: reads an assessment CSV chosen or dropped by the user, scores it with the
// bundled framework and method, and shows the same report `p10 report` writes, all inside the page.
// Built into app.bundle.js by scripts/build-browser-page.mjs (the page cannot resolve bare imports).
import {
  createManifest,
  DEFAULT_FRAMEWORK_ID,
  formatIssue,
  frameworks,
  isP10Error,
  methods,
  parseAssessments,
  rank,
  score,
} from "principle10";
import { sha256Hex } from "principle10/advanced";
import { assembleReport, htmlDocument, REPORT_CSS, renderBlocks } from "principle10/report";

/** How many problems of a rejected file are listed. */
const ISSUE_LIMIT = 50;

const $ = (id) => document.getElementById(id);
const ui = {
  framework: $("framework"),
  method: $("method"),
  file: $("file"),
  drop: $("drop"),
  status: $("status"),
  issues: $("issues"),
  download: $("download"),
  report: $("report"),
};
let lastFile = null;
let downloadUrl = null;

/** Replaces a select's options. */
function fill(select, items, selected) {
  select.replaceChildren(
    ...items.map(({ id, title }) => {
      const option = document.createElement("option");
      option.value = id;
      option.textContent = `${id} — ${title}`;
      option.selected = id === selected;
      return option;
    }),
  );
}

/** The methods made for a framework (or for any), its own method first. */
function fillMethods() {
  const fw = ui.framework.value;
  const own = methods.forFramework(fw)?.id;
  const fitting = methods.list().filter((m) => m.framework === null || m.framework === fw);
  fill(ui.method, fitting, own ?? fitting[0]?.id);
}

function setStatus(text, isError = false) {
  ui.status.textContent = text;
  ui.status.classList.toggle("error", isError);
}

function clearOutput() {
  ui.issues.replaceChildren();
  ui.report.replaceChildren();
  ui.download.hidden = true;
  if (downloadUrl !== null) URL.revokeObjectURL(downloadUrl);
  downloadUrl = null;
}

/** Scores the file and shows the report; a rejected file lists its problems with their lines. */
async function run(file) {
  clearOutput();
  if (file === null) return;
  lastFile = file;
  setStatus(`Reading ${file.name}…`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = new TextDecoder("utf-8").decode(bytes);
  const framework = frameworks.get(ui.framework.value);
  const method = methods.get(ui.method.value);
  try {
    const parsed = parseAssessments(text, framework, { file: file.name });
    const scoreSet = score(parsed.dataset, framework, method);
    const { manifest } = createManifest({
      scoreSet,
      frameworkSource: { bundled: framework.id },
      methodSource: { bundled: method.id },
      input: { name: file.name, sha256: sha256Hex(bytes), rows: parsed.accounting.read },
      scoresFile: "report.scores.json",
    });
    const report = assembleReport({ scoreSet, ranks: rank(scoreSet), provenance: manifest });
    ui.report.innerHTML = renderBlocks(report.blocks); // escaped by the report module; charts are its SVG
    const html = htmlDocument(report);
    downloadUrl = URL.createObjectURL(new Blob([html], { type: "text/html" }));
    ui.download.href = downloadUrl;
    ui.download.download = `${file.name.replace(/\.csv$/i, "")}-report.html`;
    ui.download.hidden = false;
    const warnings = parsed.issues.filter((i) => i.severity === "warning").length;
    setStatus(
      `${file.name}: ${parsed.accounting.read} rows, ${scoreSet.units.length} entity-period units scored with ${method.id}` +
        (warnings > 0 ? ` (${warnings} warning${warnings === 1 ? "" : "s"})` : "") +
        ".",
    );
  } catch (e) {
    if (!isP10Error(e)) throw e;
    setStatus(`${file.name} was not scored: ${e.message}`, true);
    const issues = e.issues ?? [];
    ui.issues.replaceChildren(
      ...issues.slice(0, ISSUE_LIMIT).map((issue) => {
        const li = document.createElement("li");
        li.textContent = formatIssue(issue);
        return li;
      }),
    );
  }
}

function start() {
  const style = document.createElement("style");
  style.textContent = REPORT_CSS;
  document.head.prepend(style);
  fill(ui.framework, frameworks.list(), DEFAULT_FRAMEWORK_ID);
  fillMethods();
  ui.framework.addEventListener("change", () => {
    fillMethods();
    if (lastFile !== null) run(lastFile);
  });
  ui.method.addEventListener("change", () => {
    if (lastFile !== null) run(lastFile);
  });
  ui.file.addEventListener("change", () => run(ui.file.files?.[0] ?? null));
  ui.drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    ui.drop.classList.add("over");
  });
  ui.drop.addEventListener("dragleave", () => ui.drop.classList.remove("over"));
  ui.drop.addEventListener("drop", (event) => {
    event.preventDefault();
    ui.drop.classList.remove("over");
    run(event.dataTransfer?.files?.[0] ?? null);
  });
  document.body.dataset.ready = "true";
}

start();
