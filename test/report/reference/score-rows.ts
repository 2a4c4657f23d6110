// The writers as they were before streaming (main at 0ac87c6), kept verbatim as the reference the streamed
// outputs must equal byte for byte (test/report/streamed-writers.test.ts).
/**
 * The tidy long form of a ScoreSet: one row per entity × period × node, the shape shared by the CSV,
 * JSON and Markdown writers. Indicators that enter no index (EDI's practice indicators) are reported with
 * their value and no rank. Gaps (law − practice) follow the indices.
 */
import { canonicalDecimal, type Dec } from "../../../src/decimal.js";
import type { RankSet } from "../../../src/compare/rank.js";
import { displayScore, nodeBand } from "../../../src/method/presentation.js";
import type { ScoreSet } from "../../../src/score/types.js";
import type { NodeLevel } from "../../../src/framework/schema.js";

/** One row of the tidy form. */
export interface ScoreRow {
  readonly entity: string;
  readonly period: string;
  /** The node as named in outputs: its id, prefixed `index:` when the method has several indices or gaps. */
  readonly node: string;
  readonly level: NodeLevel;
  /** The index or gap the row belongs to; `null` for an indicator reported outside every index. */
  readonly index: string | null;
  /** `index`, `gap` or `reported` (an indicator that enters no index). */
  readonly kind: "index" | "gap" | "reported";
  /** Rounded per the method; `null` when there is no score. */
  readonly score: string | null;
  /** Exact, in canonical decimal form. */
  readonly scoreExact: string | null;
  readonly rank: number | null;
  /** Coverage, exact (canonical decimal form); writers may round it for display. */
  readonly coverage: string | null;
  readonly band: string | null;
  /** Why there is no score (nodes), e.g. `coverage 0.50 < 0.67`. */
  readonly reason: string | null;
  /** Only for a node normalised across units (`normaliseNodes`): its exact aggregate before normalisation. */
  readonly before?: string;
}

const exact = (v: Dec | null): string | null => (v === null ? null : canonicalDecimal(v));

/**
 * Tells how node ids are written in outputs: `index:node` when two indices hold the same node (sub-indices
 * over one tree) or the method has gaps, bare otherwise (one index, or one index per framework root).
 *
 * @param scoreSet - the scores.
 * @returns a function from (index id, node id) to the output name.
 * @example
 * ```ts
 * import { createDataset, frameworks, methods, nodeNamer, score } from "principle10";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, []), edi, methods.get("edi-2015"));
 * nodeNamer(set)("edi", "information"); // "information"
 * ```
 */
export function nodeNamer(scoreSet: ScoreSet): (index: string, node: string) => string {
  // Indices over one tree share node ids (law:information, practice:information); the indices of a
  // framework with several roots do not, so their ids stay bare.
  const qualified = scoreSet.gaps.length > 0 || sharesNodes(scoreSet);
  return qualified ? (index, node) => `${index}:${node}` : (_index, node) => node;
}

/** `true` when some node or indicator id takes part in two indices. */
function sharesNodes(scoreSet: ScoreSet): boolean {
  const seen = new Set<string>();
  for (const index of scoreSet.indices) {
    for (const id of [...index.nodes.map((n) => n.id), ...index.indicators.map((i) => i.id)]) {
      if (seen.has(id)) return true;
      seen.add(id);
    }
  }
  return false;
}

/**
 * Flattens a ScoreSet and its ranks into tidy rows, in a fixed order: units as in the ScoreSet (entity,
 * then period), then each index's nodes and indicators in framework pre-order, then gaps, then the
 * indicators reported outside every index.
 *
 * @param scoreSet - the scores.
 * @param ranks - the ranks from `rank(scoreSet)`.
 * @returns the rows.
 * @example
 * ```ts
 * import { createDataset, frameworks, methods, rank, score, scoreRows } from "principle10";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * const set = score(ds, edi, methods.get("edi-2015"));
 * scoreRows(set, rank(set))[0]; // { entity: "AA", period: "2024", node: "edi", level: "index", score: "3.00", … }
 * ```
 */
export function scoreRows(scoreSet: ScoreSet, ranks: RankSet): ScoreRow[] {
  const { presentation } = scoreSet.method;
  const name = nodeNamer(scoreSet);
  const fw = scoreSet.framework;
  const levelOf = (id: string): NodeLevel => fw.nodes.get(id)?.level ?? "indicator";
  const entering = new Set(scoreSet.indices.flatMap((ix) => ix.indicators.map((i) => i.ordinal)));
  const rows: ScoreRow[] = [];
  scoreSet.units.forEach((unit, u) => {
    const base = { entity: unit.entity, period: unit.period };
    scoreSet.indices.forEach((index, k) => {
      const scores = unit.indices[k];
      if (scores === undefined) return;
      const nodeRanks = ranks.indices[k]?.nodes ?? [];
      // Nodes and indicators interleaved in framework pre-order.
      const byId = new Map<string, ScoreRow>();
      index.nodes.forEach((node, pos) => {
        const s = scores.nodes[pos];
        if (s === undefined) return;
        byId.set(node.id, {
          ...base,
          node: name(index.id, node.id),
          level: node.level,
          index: index.id,
          kind: "index",
          score: displayScore(s.score, presentation),
          scoreExact: exact(s.score),
          rank: nodeRanks[pos]?.ranks[u] ?? null,
          coverage: exact(s.coverage),
          band: nodeBand(s.score, presentation, node.id),
          reason: s.reason?.message ?? null,
          ...(s.raw === undefined ? {} : { before: canonicalDecimal(s.raw) }),
        });
      });
      index.indicators.forEach((indicator, pos) => {
        const s = scores.indicators[pos];
        const answer = unit.answers[indicator.ordinal];
        byId.set(indicator.id, {
          ...base,
          node: name(index.id, indicator.id),
          level: "indicator",
          index: index.id,
          kind: "index",
          score: displayScore(s?.value ?? null, presentation),
          scoreExact: exact(s?.value ?? null),
          rank: null,
          coverage: null,
          band: null,
          reason: answer && answer.status !== "answered" ? answer.status : null,
        });
      });
      for (const id of fw.order) {
        const row = byId.get(id);
        if (row !== undefined) rows.push(row);
      }
    });
    scoreSet.gaps.forEach((gap, g) => {
      const values = unit.gaps[g]?.values ?? [];
      gap.nodes.forEach((node, pos) => {
        const v = values[pos] ?? null;
        rows.push({
          ...base,
          node: name(gap.id, node.id),
          level: levelOf(node.id),
          index: gap.id,
          kind: "gap",
          score: displayScore(v, presentation),
          scoreExact: exact(v),
          rank: null,
          coverage: null,
          band: null,
          reason: null,
        });
      });
    });
    for (const indicator of fw.indicators) {
      if (entering.has(indicator.ordinal)) continue;
      const answer = unit.answers[indicator.ordinal];
      rows.push({
        ...base,
        node: indicator.id,
        level: "indicator",
        index: null,
        kind: "reported",
        score: displayScore(answer?.value ?? null, presentation),
        scoreExact: exact(answer?.value ?? null),
        rank: null,
        coverage: null,
        band: null,
        reason: answer && answer.status !== "answered" ? answer.status : null,
      });
    }
  });
  return rows;
}
