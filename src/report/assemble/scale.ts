/**
 * The value scale of an index's charts: its domain (the range the method's normalisation allows, widened
 * to every score present), the method's display bands and its rounding. Floats appear here only because
 * charts draw with them; every printed figure still comes from the exact scores.
 */
import { scaleLinear } from "d3-scale";
import type { ScoreSet } from "../../score/types.js";
import { bandsOfNode } from "../../method/presentation.js";
import type { ChartBand } from "../svg/bands.js";
import type { NumberFormat } from "../svg/format.js";
import { OKABE_ITO } from "../svg/palette.js";
import type { Domain } from "../svg/validate.js";
import { minOf, maxOf } from "../../base/extent.js";

/** How an index's scores are drawn. */
export interface ChartScale {
  readonly domain: Domain;
  readonly bands: readonly ChartBand[];
  readonly format: NumberFormat;
}

/** The one band of a chart whose values have no bands. */
const PLAIN_BAND: readonly ChartBand[] = [{ label: "score", color: OKABE_ITO.blue }];

/**
 * Tells whether an index adds values up (a `sum` at some node): its levels then lie on different scales
 * (a pillar's points are not on the index's 0–150), so the index's domain and bands fit its root only.
 *
 * @param scoreSet - the scores.
 * @param k - the index's position.
 * @returns `true` when some node of the index aggregates by `sum`.
 * @throws never.
 * @example
 * ```ts
 * addsUp(ediScores, 0); // false: every level is an arithmetic mean
 * ```
 */
export function addsUp(scoreSet: ScoreSet, k: number): boolean {
  return scoreSet.indices[k]!.nodes.some((n) => n.aggregation.function === "sum");
}

/** A domain from data: from 0 (or below, for negative values) to the largest value, widened to round ticks. */
function niceDomain(values: readonly number[], extra: readonly number[] = []): [number, number] {
  const lo = Math.min(0, minOf(values), minOf(extra));
  const hi = Math.max(lo + 1, maxOf(values), maxOf(extra));
  return scaleLinear().domain([lo, hi]).nice().domain() as [number, number];
}

/** The range the normalisation allows for means of answers, or `null` when only the data can tell. */
function theoreticalRange(scoreSet: ScoreSet, k: number): [number, number] | null {
  const index = scoreSet.indices[k]!;
  if (addsUp(scoreSet, k)) return null;
  const n = scoreSet.method.normalisation;
  if (n.method === "goalposts" || n.method === "cohort-minmax") return [0, n.range === "0-100" ? 100 : 1];
  // z-scores, ranks, distances, categories: only the data can tell.
  if (n.method !== "native" || scoreSet.method.normaliseScales !== undefined) return null;
  // Measured quantities have no levels to bound them.
  if (index.indicators.some((i) => scoreSet.framework.indicators[i.ordinal]!.scale.kind === "numeric"))
    return null;
  const values = index.indicators.flatMap((i) =>
    scoreSet.framework.indicators[i.ordinal]!.scale.values.map((v) => v.toNumber()),
  );
  return [minOf(values), maxOf(values)];
}

/**
 * The chart scale of one index: domain, bands (one plain band when the method has none) and number format.
 *
 * @param scoreSet - the scores.
 * @param k - the index's position in `scoreSet.indices`.
 * @returns the scale; its domain holds every node score of the index and every band bound.
 * @throws never.
 * @example
 * ```ts
 * chartScale(ediScores, 0); // { domain: [0, 3], bands: [{ label: "poor", upTo: 0.75 }, …], format: { decimals: 2, rounding: "half-up" } }
 * ```
 */
export function chartScale(scoreSet: ScoreSet, k: number): ChartScale {
  const presentation = scoreSet.method.presentation;
  // Extremes of the observed scores, each distinct decimal converted once (the engine shares them).
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  const seen = new Set<unknown>();
  for (const u of scoreSet.units) {
    for (const n of u.indices[k]?.nodes ?? []) {
      if (n.score === null || seen.has(n.score)) continue;
      if (seen.size < 1 << 16) seen.add(n.score);
      const v = n.score.toNumber();
      if (v < lowest) lowest = v;
      if (v > highest) highest = v;
    }
  }
  const rootBands = bandsOfNode(presentation, scoreSet.indices[k]?.nodes[0]?.id ?? "");
  const bounds = rootBands.flatMap((b) => (b.max === undefined ? [] : [Number(b.max)]));
  const theory = theoreticalRange(scoreSet, k);
  let lo = Math.min(lowest, minOf(theory ?? [0]));
  let hi = Math.max(highest, maxOf(theory ?? []), lo + 1);
  // A band bound must lie inside the domain, below its top.
  if (bounds.some((b) => b < lo || b >= hi) || theory === null) {
    [lo, hi] = niceDomain(
      [lo, hi],
      bounds.map((b) => b + (hi - lo) / 20),
    );
  }
  return {
    domain: [lo, hi],
    bands:
      rootBands.length === 0
        ? PLAIN_BAND
        : rootBands.map((b) =>
            b.max === undefined ? { label: b.label } : { label: b.label, upTo: Number(b.max) },
          ),
    format: { decimals: presentation.places, rounding: presentation.rounding },
  };
}

/**
 * The scale of some nodes of an index drawn side by side (a profile's groups): the index's own scale when
 * every level is a mean, else the range of those nodes' scores and no bands, since the index's bands do
 * not apply to parts that add up to it. `bands` is empty when the bars take no band colours.
 *
 * @param scoreSet - the scores.
 * @param k - the index's position.
 * @param positions - the nodes' positions in the index.
 * @returns the scale; its domain holds every score of those nodes.
 * @throws never.
 * @example
 * ```ts
 * partsScale(rtiScores, 0, [1, 2, 3]).domain; // [0, 30]: the pillars' points, not the index's 0–150
 * ```
 */
export function partsScale(scoreSet: ScoreSet, k: number, positions: readonly number[]): ChartScale {
  const whole = chartScale(scoreSet, k);
  const banded = whole.bands !== PLAIN_BAND;
  if (!addsUp(scoreSet, k)) return banded ? whole : { ...whole, bands: [] };
  const values = scoreSet.units.flatMap((u) =>
    positions.flatMap((pos) => {
      const score = u.indices[k]?.nodes[pos]?.score ?? null;
      return score === null ? [] : [score.toNumber()];
    }),
  );
  return { domain: niceDomain(values), bands: [], format: whole.format };
}
