/**
 * The three outputs of an uncertainty analysis: aligned text tables (rank intervals per period, the Sobol
 * table, the summary), tidy CSV (one row per node × unit) and canonical JSON. Floats are written by one
 * deterministic rule, {@link fixedDecimal} (ECMAScript's exactly specified `toFixed`), so the same result
 * gives the same bytes on every platform.
 */
import { checkKind } from "../arguments.js";
import { type CanonicalValue, canonicalJson } from "../audit/canonical-json.js";
import { compareCodePoints } from "../base/code-points.js";
import { P10Error } from "../errors.js";
import { csvRow } from "../base/csv-cell.js";
import { renderTextTable } from "../base/text-table.js";
import type { NodeUncertainty, UncertaintyResult } from "./monte-carlo.js";
import type { UnitRankStatistics } from "./rank-stats.js";
import { pushAll } from "../base/extent.js";

/**
 * Decimal places of every float in the CSV and JSON outputs.
 *
 * @example
 * ```ts
 * import { UNCERTAINTY_PLACES } from "principle10/advanced";
 * UNCERTAINTY_PLACES; // 6
 * ```
 */
export const UNCERTAINTY_PLACES = 6;

/**
 * The header of the uncertainty CSV.
 *
 * @example
 * ```ts
 * import { frameworks, methods, runUncertainty, writeUncertaintyCsv } from "principle10";
 * import { createDataset, UNCERTAINTY_CSV_HEADER } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * const csv = writeUncertaintyCsv(runUncertainty(ds, edi, methods.get("edi-2015"), { runs: 100 }));
 * UNCERTAINTY_CSV_HEADER.slice(0, 4); // ["index", "node", "period", "entity"]
 * csv.split("\n")[0] === UNCERTAINTY_CSV_HEADER.join(","); // true
 * ```
 */
export const UNCERTAINTY_CSV_HEADER = [
  "index",
  "node",
  "period",
  "entity",
  "nominal",
  "median",
  "p05",
  "p95",
  "mean",
  "min",
  "max",
  "mean_shift",
  "runs",
] as const;

/**
 * Writes a number with a fixed number of decimals, by `Number.prototype.toFixed` (whose result ECMAScript
 * defines exactly: the integer n nearest to x·10^places, the larger on a tie, written out), with `-0…0`
 * written as `0…0`. Deterministic across platforms, unlike locale formatting.
 *
 * The one exception to the float-formatting policy (ARCHITECTURE.md, "Formatting floats"), kept because the
 * policy's rule cannot give the same bytes: toFixed rounds the binary value, the policy the shortest
 * decimal, so they differ where that decimal ends in a 5 just after the last place and the binary value
 * lies below it (`5e-7` → `"0.000000"` here, `"0.000001"` by the policy), and beyond 17 significant digits
 * (toFixed prints the binary digits, the policy zeros). test/uncertainty/writers.test.ts shows both and
 * checks that they agree everywhere else.
 *
 * @param x - a finite number (|x| < 1e21).
 * @param places - decimals, 0 to 20 (default {@link UNCERTAINTY_PLACES}).
 * @returns the text.
 * @throws P10Error `P10_NUMBER_FORMAT` for a number that is not finite or too large for fixed notation.
 * @example
 * ```ts
 * import { fixedDecimal } from "./writers.js";
 * fixedDecimal(2 / 3); // "0.666667"
 * fixedDecimal(-1e-9, 3); // "0.000"
 * ```
 */
export function fixedDecimal(x: number, places: number = UNCERTAINTY_PLACES): string {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) {
    throw new P10Error("P10_NUMBER_FORMAT", `cannot write ${x} with fixed decimals`);
  }
  const text = x.toFixed(places);
  return /^-0(?:\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** A rank for reading: whole ranks as integers, others with up to two decimals (`7.45`, `7.5`). */
function rankText(x: number | null): string {
  if (x === null) return "—";
  return Number.isInteger(x) ? String(x) : fixedDecimal(x, 2).replace(/\.?0+$/, "");
}

const optionalFixed = (x: number | null): string | null => (x === null ? null : fixedDecimal(x));

/**
 * The nodes a table shows: every analysed node with id `node`, or each index's root.
 *
 * @throws P10Error `P10_UNCERTAINTY_NODE` when no analysed node has that id.
 */
function shownNodes(result: UncertaintyResult, node: string | undefined): NodeUncertainty[] {
  const shown =
    node === undefined
      ? result.nodes.filter((n) => n.level === "index")
      : result.nodes.filter((n) => n.node === node);
  if (shown.length === 0) {
    throw new P10Error(
      "P10_UNCERTAINTY_NODE",
      `node "${node}" was not analysed (analysed: ${[...new Set(result.nodes.map((n) => n.node))].join(", ")})`,
    );
  }
  return shown;
}

/**
 * Writes the text report: for each shown node, a table per period (latest first) of entity, nominal rank,
 * median, 5–95 percentile interval and mean rank, in nominal rank order; then the Sobol indices of each
 * input on that node's mean absolute rank shift; then a summary of every analysed node.
 *
 * @param result - the analysis.
 * @param options - `node`: the node to show (default: each index's root).
 * @returns the text.
 * @throws P10Error `P10_UNCERTAINTY_NODE` when `node` was not analysed.
 * @example
 * ```ts
 * import { frameworks, methods, runUncertainty } from "principle10";
 * import { createDataset, writeUncertaintyTables } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * writeUncertaintyTables(runUncertainty(ds, edi, methods.get("edi-2015"), { runs: 100 })).includes("seed 1"); // true
 * ```
 */
export function writeUncertaintyTables(result: UncertaintyResult, options: { node?: string } = {}): string {
  const k = result.inputs.length;
  const design =
    k === 0
      ? "no uncertain input: the nominal run only"
      : `${result.runs} runs = ${result.baseRows} base rows × (${k} input${k === 1 ? "" : "s"} + 2)`;
  const parts = [
    `Uncertainty of ranks: framework ${result.framework.id} ${result.framework.version}, method ${result.method.id} ${result.method.version}`,
    `${design}, seed ${result.seed}`,
    "",
  ];
  for (const node of shownNodes(result, options.node)) {
    const name = `${node.node} (${node.title}${node.index === node.node ? "" : `, index ${node.index}`})`;
    for (const period of [...result.periods].reverse()) {
      parts.push(`${period}: ranks of ${name}`, renderTextTable(periodTable(result, node, period)));
    }
    pushAll(parts, sensitivityText(result, node));
  }
  parts.push(
    `Summary (an entity has moved when it is more than ${result.spec.places} places from its nominal rank)`,
  );
  parts.push(
    renderTextTable({
      header: ["index", "node", "mean |shift|", "median moved", "interval moved", "ranked"],
      align: ["left", "left", "right", "right", "right", "right"],
      rows: result.nodes.map((n) => {
        const ranked = n.ranks.units.filter((u) => u.nominal !== null).length;
        return [
          n.index,
          n.node,
          n.ranks.meanAbsoluteShift === null ? "—" : fixedDecimal(n.ranks.meanAbsoluteShift, 3),
          String(n.ranks.medianMoved),
          String(n.ranks.intervalMoved),
          String(ranked),
        ];
      }),
    }),
  );
  return `${parts.join("\n")}`;
}

/** One period's table of one node, in nominal rank order (unranked last), ties by entity. */
function periodTable(result: UncertaintyResult, node: NodeUncertainty, period: string) {
  const members = result.units.flatMap((u, i) => (u.period === period ? [i] : []));
  const stat = (i: number): UnitRankStatistics => node.ranks.units[i] as UnitRankStatistics;
  members.sort(
    (a, b) =>
      (stat(a).nominal ?? Number.POSITIVE_INFINITY) - (stat(b).nominal ?? Number.POSITIVE_INFINITY) ||
      compareCodePoints(result.units[a]?.entity ?? "", result.units[b]?.entity ?? ""),
  );
  return {
    header: ["entity", "nominal", "median", "p05–p95", "mean"],
    align: ["left", "right", "right", "right", "right"] as const,
    rows: members.map((i) => {
      const s = stat(i);
      return [
        result.units[i]?.entity ?? "",
        rankText(s.nominal),
        rankText(s.median),
        s.p05 === null ? "—" : `${rankText(s.p05)}–${rankText(s.p95)}`,
        s.mean === null ? "—" : fixedDecimal(s.mean, 2),
      ];
    }),
  };
}

/** The Sobol table of one node, or the sentence saying why there is none. */
function sensitivityText(result: UncertaintyResult, node: NodeUncertainty): string[] {
  const s = node.sensitivity;
  const title = `Sensitivity of the mean absolute rank shift of ${node.node} (first-order S1 and total ST Sobol indices`;
  if (s === null) return [`${title}): none — ${node.note ?? "not computed"}\n`];
  const pct = Math.round(result.spec.confidence * 100);
  const ci = s.bootstrap > 0 ? `, ${pct} % bootstrap intervals over ${s.bootstrap} resamples` : "";
  const cell = (value: number, interval: readonly [number, number] | undefined): string =>
    interval === undefined
      ? fixedDecimal(value, 3)
      : `${fixedDecimal(value, 3)} [${fixedDecimal(interval[0], 3)}, ${fixedDecimal(interval[1], 3)}]`;
  const header = s.constantOutput ? " — no input moves any rank" : "";
  return [
    `${title}${ci})${header}`,
    renderTextTable({
      header: ["input", "S1", "ST"],
      align: ["left", "right", "right"],
      rows: result.inputs.map((input, i) => [
        input.label,
        cell(s.first[i] as number, s.firstCI?.[i]),
        cell(s.total[i] as number, s.totalCI?.[i]),
      ]),
    }),
  ];
}

/**
 * Writes the tidy CSV: one row per analysed node × unit (units by period, then entity) with the nominal
 * rank, median, 5th and 95th percentiles, mean, best and worst rank, mean absolute shift and the number of
 * runs that ranked the unit; floats with {@link UNCERTAINTY_PLACES} decimals, empty cells for none. The
 * Sobol indices are in the table and JSON outputs.
 *
 * @param result - the analysis.
 * @returns the CSV text (LF line endings, final newline).
 * @throws never.
 * @example
 * ```ts
 * import { frameworks, methods, runUncertainty, writeUncertaintyCsv } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * writeUncertaintyCsv(runUncertainty(ds, edi, methods.get("edi-2015"), { runs: 100 })).split("\n")[1];
 * // "edi,edi,2024,AA,1,1.000000,1.000000,1.000000,1.000000,1,1,0.000000,98" (98 of 99 runs rank AA: in
 * // one, leaving out guideline 1 leaves AA without any answer)
 * ```
 */
export function writeUncertaintyCsv(result: UncertaintyResult): string {
  checkKind("result", result, "an uncertainty result (runUncertainty)", ["framework", "method", "seed"]);
  const lines = [csvRow(UNCERTAINTY_CSV_HEADER)];
  for (const node of result.nodes) {
    result.units.forEach((unit, i) => {
      const s = node.ranks.units[i] as UnitRankStatistics;
      const int = (x: number | null): string => (x === null ? "" : String(x));
      const fixed = (x: number | null): string => optionalFixed(x) ?? "";
      lines.push(
        csvRow([
          node.index,
          node.node,
          unit.period,
          unit.entity,
          int(s.nominal),
          fixed(s.median),
          fixed(s.p05),
          fixed(s.p95),
          fixed(s.mean),
          int(s.min),
          int(s.max),
          fixed(s.meanAbsoluteShift),
          String(s.runs),
        ]),
      );
    });
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Writes the canonical JSON: the inputs, the spec (numbers as decimal strings), the design, and for each
 * analysed node its per-unit rank statistics, summary and Sobol indices with their intervals. Floats are
 * strings with {@link UNCERTAINTY_PLACES} decimals.
 *
 * @param result - the analysis.
 * @returns canonical JSON text with a final newline.
 * @throws never (every float is finite by construction).
 * @example
 * ```ts
 * import { frameworks, methods, runUncertainty, writeUncertaintyJson } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * JSON.parse(writeUncertaintyJson(runUncertainty(ds, edi, methods.get("edi-2015"), { runs: 100 }))).seed; // "1"
 * ```
 */
export function writeUncertaintyJson(result: UncertaintyResult): string {
  checkKind("result", result, "an uncertainty result (runUncertainty)", ["framework", "method", "seed"]);
  const doc: CanonicalValue = {
    format: "principle10-uncertainty",
    framework: result.framework,
    method: result.method,
    seed: result.seed,
    seedKey: result.seedKey,
    requestedRuns: result.requestedRuns,
    runs: result.runs,
    baseRows: result.baseRows,
    spec: numbersAsText(result.spec),
    inputs: result.inputs.map((input) => ({
      id: input.id,
      kind: input.kind,
      label: input.label,
      alternatives: input.alternatives === null ? null : [...input.alternatives],
    })),
    periods: [...result.periods],
    nodes: result.nodes.map((node) => ({
      index: node.index,
      node: node.node,
      title: node.title,
      level: node.level,
      summary: {
        meanAbsoluteShift: optionalFixed(node.ranks.meanAbsoluteShift),
        medianMoved: node.ranks.medianMoved,
        intervalMoved: node.ranks.intervalMoved,
        places: node.ranks.places,
      },
      units: result.units.map((unit, i) => {
        const s = node.ranks.units[i] as UnitRankStatistics;
        return {
          entity: unit.entity,
          period: unit.period,
          nominal: s.nominal,
          runs: s.runs,
          median: optionalFixed(s.median),
          p05: optionalFixed(s.p05),
          p95: optionalFixed(s.p95),
          mean: optionalFixed(s.mean),
          min: s.min,
          max: s.max,
          meanAbsoluteShift: optionalFixed(s.meanAbsoluteShift),
        };
      }),
      sensitivity: sensitivityJson(result, node),
      note: node.note,
    })),
  };
  return `${canonicalJson(doc)}\n`;
}

function sensitivityJson(result: UncertaintyResult, node: NodeUncertainty): CanonicalValue {
  const s = node.sensitivity;
  if (s === null) return null;
  const interval = (ci: readonly [number, number] | undefined): CanonicalValue =>
    ci === undefined || Number.isNaN(ci[0]) ? null : [fixedDecimal(ci[0]), fixedDecimal(ci[1])];
  return {
    output: "mean absolute rank shift",
    mean: fixedDecimal(s.mean),
    variance: fixedDecimal(s.variance),
    constantOutput: s.constantOutput,
    bootstrap: s.bootstrap,
    confidence: String(result.spec.confidence),
    degenerateResamples: s.degenerateResamples,
    inputs: result.inputs.map((input, i) => ({
      input: input.id,
      first: fixedDecimal(s.first[i] as number),
      firstCI: interval(s.firstCI?.[i]),
      total: fixedDecimal(s.total[i] as number),
      totalCI: interval(s.totalCI?.[i]),
    })),
  };
}

/** A copy of plain data with every number written as text (`String(x)`, exact for what a user typed). */
function numbersAsText(value: unknown): CanonicalValue {
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(numbersAsText);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, numbersAsText(v)]));
  }
  return value as CanonicalValue;
}
