/**
 * The value scale of an index's charts: its domain (the range the method's normalisation allows, widened
 * to every score present), the method's display bands and its rounding. Floats appear here only because
 * charts draw with them; every printed figure still comes from the exact scores.
 */
import { scaleLinear } from "d3-scale";
import type { ScoreSet } from "../../score/types.js";
import type { Band } from "../svg/bands.js";
import type { NumberFormat } from "../svg/format.js";
import { OKABE_ITO } from "../svg/palette.js";
import type { Domain } from "../svg/validate.js";

/** How an index's scores are drawn. */
export interface ChartScale {
  readonly domain: Domain;
  readonly bands: readonly Band[];
  readonly format: NumberFormat;
}

/** The range the normalisation allows for means of answers, or `null` when only the data can tell. */
function theoreticalRange(scoreSet: ScoreSet, k: number): [number, number] | null {
  const index = scoreSet.indices[k]!;
  if (index.nodes.some((n) => n.aggregation.function === "sum")) return null;
  const n = scoreSet.method.normalisation;
  if (n.method === "goalposts" || n.method === "cohort-minmax") return [0, n.range === "0-100" ? 100 : 1];
  if (n.method === "z-score") return null;
  const values = index.indicators.flatMap((i) =>
    scoreSet.framework.indicators[i.ordinal]!.scale.values.map((v) => v.toNumber()),
  );
  return [Math.min(...values), Math.max(...values)];
}

/**
 * The chart scale of one index: domain, bands (one plain band when the method has none) and number format.
 *
 * @param scoreSet - the scores.
 * @param k - the index's position in `scoreSet.indices`.
 * @returns the scale; its domain holds every node score of the index and every band bound.
 * @example
 * ```ts
 * chartScale(ediScores, 0); // { domain: [0, 3], bands: [{ label: "poor", upTo: 0.75 }, …], format: { decimals: 2, rounding: "half-up" } }
 * ```
 */
export function chartScale(scoreSet: ScoreSet, k: number): ChartScale {
  const presentation = scoreSet.method.presentation;
  const observed = scoreSet.units.flatMap((u) =>
    (u.indices[k]?.nodes ?? []).flatMap((n) => (n.score === null ? [] : [n.score.toNumber()])),
  );
  const bounds = presentation.bands.flatMap((b) => (b.max === undefined ? [] : [Number(b.max)]));
  const theory = theoreticalRange(scoreSet, k);
  let lo = Math.min(...observed, ...(theory ?? [0]));
  let hi = Math.max(...observed, ...(theory ?? []), lo + 1);
  // A band bound must lie inside the domain, below its top.
  if (bounds.some((b) => b < lo || b >= hi) || theory === null) {
    [lo, hi] = scaleLinear()
      .domain([Math.min(lo, ...bounds), Math.max(hi, ...bounds.map((b) => b + (hi - lo) / 20))])
      .nice()
      .domain() as [number, number];
  }
  return {
    domain: [lo, hi],
    bands:
      presentation.bands.length === 0
        ? [{ label: "score", color: OKABE_ITO.blue }]
        : presentation.bands.map((b) =>
            b.max === undefined ? { label: b.label } : { label: b.label, upTo: Number(b.max) },
          ),
    format: { decimals: presentation.places, rounding: presentation.rounding },
  };
}
