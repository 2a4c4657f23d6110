/**
 * The coherence report as text tables (what a framework author reads first), CSV (one table at a time,
 * for spreadsheets and R) and JSON (everything). Numbers are written with `toFixed` (never locale
 * formatting): 15 decimals in CSV, trailing zeros dropped, 3 in the text tables.
 */
import { csvRow } from "../base/csv-cell.js";
import { renderTextTable } from "../base/text-table.js";
import type { CoherenceReport } from "./analyse.js";
import { plainDecimal } from "./explicit-weights.js";

/** The CSV tables. */
export const COHERENCE_TABLES = ["correlations", "siblings", "alpha", "pca", "weights", "shifts"] as const;
/** A CSV table name. */
export type CoherenceTable = (typeof COHERENCE_TABLES)[number];

function fixed(x: number | null, places: number): string {
  return x === null || !Number.isFinite(x) ? "" : plainDecimal(x, places);
}
const full = (x: number | null): string => fixed(x, 15);
const short = (x: number | null): string => (x === null ? "–" : x.toFixed(3));

/**
 * One table of the report as CSV.
 *
 * @param report - the coherence report.
 * @param table - which table (default `correlations`).
 * @returns the CSV text with a header row, ending with a newline.
 */
export function writeCoherenceCsv(report: CoherenceReport, table: CoherenceTable = "correlations"): string {
  const rows: string[][] = [];
  for (const r of report.results) {
    const at = [r.index, r.period];
    if (table === "correlations") {
      for (const c of r.correlations) {
        rows.push([
          ...at,
          c.id,
          c.level,
          c.parent,
          full(c.withParent.pearson),
          full(c.withParent.spearman),
          String(c.withParent.n),
          full(c.pValue),
          full(c.withIndex.pearson),
          full(c.withIndex.spearman),
          c.flags.join(" "),
        ]);
      }
    } else if (table === "siblings") {
      for (const s of r.siblings) {
        rows.push([
          ...at,
          s.parent,
          s.a,
          s.b,
          full(s.correlation.pearson),
          full(s.correlation.spearman),
          String(s.correlation.n),
          s.collinear ? "collinear" : "",
        ]);
      }
    } else if (table === "alpha") {
      for (const a of r.alpha) rows.push([...at, a.node, a.level, a.basis, String(a.k), full(a.alpha)]);
    } else if (table === "pca") {
      for (const p of r.pca) {
        const res = p.result;
        p.children.forEach((child, i) => {
          rows.push([
            ...at,
            p.node,
            String(res.n),
            child,
            "reason" in res ? "" : full(res.loadings[i] ?? null),
            String(i + 1),
            "reason" in res ? "" : full(res.variances[i] ?? null),
            "reason" in res ? "" : full(res.explained[i] ?? null),
            "reason" in res ? res.reason : "",
          ]);
        });
      }
    } else if (table === "weights") {
      for (const w of r.weights) {
        rows.push([
          ...at,
          w.parent,
          w.id,
          w.level,
          full(w.nominal),
          full(w.indexNominal),
          full(w.effective),
          String(w.n),
        ]);
      }
    } else if (r.removal !== null) {
      const rem = r.removal;
      for (const e of rem.elements) {
        rem.entities.forEach((entity, u) => {
          rows.push([
            ...at,
            e.id,
            entity,
            rem.nominal[u] === null ? "" : String(rem.nominal[u]),
            e.shifts[u] === null ? "" : String(e.shifts[u]),
            full(e.meanAbsShift),
            e.skipped ?? "",
          ]);
        });
      }
    }
  }
  return [csvRow(CSV_HEADERS[table]), ...rows.map((row) => csvRow(row))].join("\n") + "\n";
}

/** The header of each CSV table. */
export const CSV_HEADERS: Readonly<Record<CoherenceTable, readonly string[]>> = {
  correlations: [
    "index",
    "period",
    "element",
    "level",
    "parent",
    "pearson_parent",
    "spearman_parent",
    "n",
    "p_value",
    "pearson_index",
    "spearman_index",
    "flags",
  ],
  siblings: ["index", "period", "parent", "a", "b", "pearson", "spearman", "n", "flag"],
  alpha: ["index", "period", "node", "level", "basis", "k", "alpha"],
  // Row i of a node: child i's loading on the first component, and component i's variance and share.
  pca: [
    "index",
    "period",
    "node",
    "n",
    "child",
    "pc1_loading",
    "component",
    "variance",
    "explained",
    "reason",
  ],
  weights: ["index", "period", "parent", "element", "level", "nominal", "index_nominal", "effective", "n"],
  shifts: ["index", "period", "removed", "entity", "nominal_rank", "shift", "mean_abs_shift", "skipped"],
};

/**
 * The whole report as JSON (numbers as JavaScript prints them: shortest round-trip form).
 *
 * @param report - the coherence report.
 * @returns the JSON text, two-space indented, ending with a newline.
 */
export function writeCoherenceJson(report: CoherenceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * What a framework author should look at, as text tables per index and period: flagged correlations,
 * collinear siblings, alpha, the first principal component's share, nominal against effective weights
 * and the mean absolute rank shift of each removed element.
 *
 * @param report - the coherence report.
 * @returns the text.
 */
export function writeCoherenceTables(report: CoherenceReport): string {
  const t = report.thresholds;
  const out: string[] = [
    `Statistical coherence of ${report.framework} under method ${report.method} (flags on ${t.type}: negative, p > ${t.pValue}, siblings > ${t.collinear})`,
  ];
  for (const r of report.results) {
    out.push("", `== index ${r.index}, period ${r.period} (${r.units} units) ==`, "");
    const flagged = r.correlations.filter((c) => c.flags.length > 0);
    out.push(
      `Correlations with the parent: ${r.correlations.length - flagged.length} of ${r.correlations.length} elements unflagged.`,
    );
    if (flagged.length > 0) {
      out.push(
        renderTextTable({
          header: ["element", "parent", "pearson", "spearman", "n", "p", "flags"],
          align: ["left", "left", "right", "right", "right", "right", "left"],
          rows: flagged.map((c) => [
            c.id,
            c.parent,
            short(c.withParent.pearson),
            short(c.withParent.spearman),
            String(c.withParent.n),
            short(c.pValue),
            c.flags.join(" "),
          ]),
        }),
      );
    }
    const collinear = r.siblings.filter((s) => s.collinear);
    out.push(`Collinear siblings: ${collinear.length}.`);
    if (collinear.length > 0) {
      out.push(
        renderTextTable({
          header: ["parent", "a", "b", t.type],
          align: ["left", "left", "left", "right"],
          rows: collinear.map((s) => [s.parent, s.a, s.b, short(s.correlation[t.type])]),
        }),
      );
    }
    out.push(
      "Cronbach's alpha and the first principal component (children of each node):",
      renderTextTable({
        header: ["node", "level", "k", "alpha", "alpha (indicators)", "PC1 share", "n (complete)"],
        align: ["left", "left", "right", "right", "right", "right", "right"],
        rows: r.pca.map((p) => {
          const a = r.alpha.find((x) => x.node === p.node && x.basis === "children");
          const ai = r.alpha.find((x) => x.node === p.node && x.basis === "indicators");
          return [
            p.node,
            p.level,
            String(p.children.length),
            short(a?.alpha ?? null),
            ai === undefined ? "" : short(ai.alpha),
            "reason" in p.result ? p.result.reason : short(p.result.explained[0] ?? null),
            String(p.result.n),
          ];
        }),
      }),
    );
    const top = r.weights.filter((w) => w.parent === r.weights[0]?.parent);
    out.push(
      "Nominal against effective weights of the index's children (share of its variance):",
      renderTextTable({
        header: ["element", "nominal", "effective"],
        align: ["left", "right", "right"],
        rows: top.map((w) => [w.id, short(w.nominal), short(w.effective)]),
      }),
    );
    if (r.removal !== null) {
      out.push(
        `Rank shifts when one ${r.removal.level} is removed (mean |shift| over ranked units, largest |shift|):`,
        renderTextTable({
          header: ["removed", "mean |shift|", "max |shift|"],
          align: ["left", "right", "right"],
          rows: r.removal.elements.map((e) => [
            e.id,
            e.skipped ?? short(e.meanAbsShift),
            e.skipped === null ? String(maxAbs(e.shifts)) : "",
          ]),
        }),
      );
    }
  }
  return `${out.join("\n")}\n`;
}

function maxAbs(xs: readonly (number | null)[]): number {
  let m = 0;
  for (const x of xs) if (x !== null && Math.abs(x) > m) m = Math.abs(x);
  return m;
}
