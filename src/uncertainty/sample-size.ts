/**
 * Are there enough runs for the Sobol indices? The bootstrap intervals say it: an index whose interval is
 * wider than {@link SOBOL_TARGET_WIDTH} cannot tell a weak input from a strong one. The interval width of
 * these estimators shrinks as 1/√n with the base rows n (they are means over the rows), so the rows that
 * would bring the widest interval down to the target are about n·(width / target)²; the runs are that
 * times k + 2 (Saltelli 2010 design). Below {@link SOBOL_MIN_BASE_ROWS} rows the bootstrap itself is too
 * coarse to judge, and the design is too small whatever the intervals say.
 */
import type { UncertaintyResult } from "./monte-carlo.js";

/** The widest acceptable interval of a Sobol index (on the 0–1 scale of the indices). */
export const SOBOL_TARGET_WIDTH = 0.25;
/** The fewest base rows whose bootstrap intervals are taken at their word. */
export const SOBOL_MIN_BASE_ROWS = 64;

/** What {@link sobolPrecision} finds. */
export interface SobolPrecision {
  /** Whether the indices are precise enough to be read. */
  readonly enough: boolean;
  readonly baseRows: number;
  readonly inputs: number;
  /** The widest interval over every analysed node: its input, S1 or ST, node and width; `null` without intervals. */
  readonly widest: {
    readonly input: string;
    readonly index: "S1" | "ST";
    readonly node: string;
    readonly width: number;
  } | null;
  /** The runs that would bring every interval to the target width (a round figure), when not enough. */
  readonly runsNeeded: number | null;
}

/**
 * Judges the precision of the Sobol indices of an analysis, on the nodes a reader is shown.
 * @param result - the analysis.
 * @param nodes - the node ids judged (default: each index's root, which the outputs show first).
 * @returns whether the runs sufficed and, if not, about how many would.
 * @example
 * ```ts
 * import { frameworks, methods, runUncertainty } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * import { sobolPrecision } from "./sample-size.js";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [
 *   { entity: "AA", period: "2024", indicator: "1.1", code: 3 },
 *   { entity: "BB", period: "2024", indicator: "1.1", code: 1 },
 * ]);
 * const r = runUncertainty(ds, edi, methods.get("edi-2015"), { runs: 20, seed: 1 });
 * sobolPrecision(r).enough; // false
 * ```
 */
export function sobolPrecision(result: UncertaintyResult, nodes?: readonly string[]): SobolPrecision {
  const k = result.inputs.length;
  let widest: SobolPrecision["widest"] = null;
  for (const node of result.nodes) {
    const s = node.sensitivity;
    const shown = nodes === undefined ? node.level === "index" : nodes.includes(node.node);
    if (s === null || !shown) continue;
    for (const [index, intervals] of [
      ["S1", s.firstCI],
      ["ST", s.totalCI],
    ] as const) {
      intervals?.forEach((ci, i) => {
        const width = ci[1] - ci[0];
        if (Number.isFinite(width) && (widest === null || width > widest.width)) {
          widest = { input: result.inputs[i]?.label ?? String(i), index, node: node.node, width };
        }
      });
    }
  }
  const n = result.baseRows;
  const w = (widest as SobolPrecision["widest"])?.width ?? 0;
  const enough = k === 0 || (n >= SOBOL_MIN_BASE_ROWS && w <= SOBOL_TARGET_WIDTH);
  if (enough) return { enough, baseRows: n, inputs: k, widest, runsNeeded: null };
  const rows = Math.max(SOBOL_MIN_BASE_ROWS, Math.ceil(n * (w / SOBOL_TARGET_WIDTH) ** 2));
  return { enough, baseRows: n, inputs: k, widest, runsNeeded: roundUp(rows * (k + 2)) };
}

/** Rounds a run count up to two significant figures (6,233 → 6,300): an order of size, not a promise. */
function roundUp(x: number): number {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(x)) - 1);
  return Math.ceil(x / step) * step;
}

/**
 * The warning sentence for imprecise indices, or `null` when they are precise enough.
 * @param result - the analysis.
 * @param nodes - the node ids judged (default: each index's root).
 * @returns the sentence.
 */
export function sobolPrecisionWarning(result: UncertaintyResult, nodes?: readonly string[]): string | null {
  const p = sobolPrecision(result, nodes);
  if (p.enough) return null;
  const w = p.widest;
  const why =
    w === null || p.baseRows < SOBOL_MIN_BASE_ROWS
      ? `fewer than ${SOBOL_MIN_BASE_ROWS} base rows are too few for bootstrap intervals to mean much`
      : `the widest ${Math.round(result.spec.confidence * 100)} % interval, ${w.index} of "${w.input}" on ${w.node}, is ${w.width.toFixed(2)} wide`;
  return (
    `${result.runs} runs (${p.baseRows} base rows for ${p.inputs} inputs) are too few for stable Sobol ` +
    `indices: ${why}. About ${p.runsNeeded} runs (--runs ${p.runsNeeded}) would narrow every interval to ` +
    `${SOBOL_TARGET_WIDTH}.`
  );
}
