/**
 * Where two canonical score sets diverge: for each entity × period, the answers that changed and the first
 * node (in the framework's pre-order) whose result differs, with both values. This is what `p10 verify`
 * shows when recomputed scores do not match the published ones.
 */
import { canonicalJson } from "./canonical-json.js";
import type {
  CanonicalAnswer,
  CanonicalIndicator,
  CanonicalNode,
  CanonicalScores,
  CanonicalStatistic,
  CanonicalUnit,
} from "./canonical-scores.js";

/** An entity × period. */
export interface UnitKey {
  readonly entity: string;
  readonly period: string;
}

/** One difference between published and recomputed scores; values are shown as text. */
export type ScoreDifference =
  | {
      /** A top-level field differs (framework, method, the list of indices or gaps, the format). */
      readonly kind: "header";
      readonly field: string;
      readonly published: string;
      readonly recomputed: string;
    }
  | {
      /**
       * A normalisation statistic differs (a tampered stated statistic, other data in a reference period):
       * `field` is `mean`, `sd`, `min`, `max`, `count`, `source` or `presence`.
       */
      readonly kind: "statistic";
      readonly id: string;
      readonly target: "indicator" | "node";
      readonly index: string | null;
      readonly period: string | null;
      readonly source: string;
      readonly field: string;
      readonly published: string;
      readonly recomputed: string;
    }
  | (UnitKey & {
      /** The unit is in one set only (`published` / `recomputed` say which side holds it). */
      readonly kind: "unit";
      readonly published: "present" | "absent";
      readonly recomputed: "present" | "absent";
    })
  | (UnitKey & {
      /** An answer changed: `published` / `recomputed` are the scale code or the status word. */
      readonly kind: "answer";
      readonly indicator: string;
      readonly published: string;
      readonly recomputed: string;
    })
  | (UnitKey & {
      /**
       * In one index, the first node (`kind: "node"`, framework pre-order, so the index root when it
       * differs) or the first indicator (`kind: "indicator"`, framework order) whose result differs.
       * `field` is the first differing field: `score`, `reason`, `coverage`, `answers`, `weight`,
       * `effectiveWeight` for nodes; `value`, `weight`, `effectiveWeight`, `contribution` for indicators;
       * `presence` when it exists on one side only.
       */
      readonly kind: "node" | "indicator";
      readonly index: string;
      readonly node: string;
      readonly field: string;
      readonly published: string;
      readonly recomputed: string;
      /** How many nodes (or indicators) of this index differ in this unit. */
      readonly count: number;
    })
  | (UnitKey & {
      /** A gap value differs (the first differing node of the gap). */
      readonly kind: "gap";
      readonly gap: string;
      readonly node: string;
      readonly published: string;
      readonly recomputed: string;
    });

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const unitOrder = (a: UnitKey, b: UnitKey): number =>
  compare(a.entity, b.entity) || compare(a.period, b.period);
const show = (v: unknown): string => (typeof v === "string" ? v : canonicalJson(v as never));

/**
 * Compares two canonical score sets and lists where they differ: header fields, units present on one side
 * only, and per unit every changed answer, then per index the first differing node (or, when every node
 * agrees, the first differing indicator), then per gap the first differing value.
 *
 * @param published - the scores as published (read from the manifest's scores file).
 * @param recomputed - the scores computed again.
 * @returns the differences in unit order (entity, then period); empty when the two are equal.
 * @example
 * ```ts
 * import { canonicalScores, frameworks, methods, score } from "principle10";
 * import { createDataset, diffScores } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const m = methods.get("edi-2015");
 * const a = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, m);
 * const b = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 2 }]), edi, m);
 * diffScores(canonicalScores(a), canonicalScores(b))[0]; // { kind: "answer", indicator: "1.1", published: "3", recomputed: "2", … }
 * ```
 */
export function diffScores(published: CanonicalScores, recomputed: CanonicalScores): ScoreDifference[] {
  const out: ScoreDifference[] = [];
  for (const field of ["format", "framework", "method", "indices", "gaps", "warnings"] as const) {
    const p = show(published[field]);
    const r = show(recomputed[field]);
    if (p !== r) out.push({ kind: "header", field, published: p, recomputed: r });
  }
  diffStatistics(published.statistics ?? [], recomputed.statistics ?? [], out);
  const pu = [...published.units].sort(unitOrder);
  const ru = [...recomputed.units].sort(unitOrder);
  let i = 0;
  let j = 0;
  while (i < pu.length || j < ru.length) {
    const p = pu[i];
    const r = ru[j];
    const order = p === undefined ? 1 : r === undefined ? -1 : unitOrder(p, r);
    if (order < 0 && p !== undefined) {
      out.push({
        kind: "unit",
        entity: p.entity,
        period: p.period,
        published: "present",
        recomputed: "absent",
      });
      i++;
    } else if (order > 0 && r !== undefined) {
      out.push({
        kind: "unit",
        entity: r.entity,
        period: r.period,
        published: "absent",
        recomputed: "present",
      });
      j++;
    } else if (p !== undefined && r !== undefined) {
      diffUnit(p, r, out);
      i++;
      j++;
    }
  }
  return out;
}

const STATISTIC_FIELDS = ["source", "count", "mean", "sd", "min", "max"] as const;
const statisticKey = (s: CanonicalStatistic): string =>
  [s.target, s.index ?? "", s.id, s.method, s.period ?? ""].join("\u0000");

/** Each statistic whose value differs (or that one side lacks), with its first differing field. */
function diffStatistics(
  published: readonly CanonicalStatistic[],
  recomputed: readonly CanonicalStatistic[],
  out: ScoreDifference[],
): void {
  const byKey = new Map(recomputed.map((s) => [statisticKey(s), s]));
  const keys = new Set(published.map(statisticKey));
  const item = (s: CanonicalStatistic, field: string, p: string, r: string): ScoreDifference => ({
    kind: "statistic",
    id: s.id,
    target: s.target,
    index: s.index,
    period: s.period,
    source: s.source,
    field,
    published: p,
    recomputed: r,
  });
  for (const p of published) {
    const r = byKey.get(statisticKey(p));
    if (r === undefined) {
      out.push(item(p, "presence", "present", "absent"));
      continue;
    }
    const field = STATISTIC_FIELDS.find((f) => show(p[f] ?? null) !== show(r[f] ?? null));
    if (field !== undefined) out.push(item(p, field, show(p[field] ?? null), show(r[field] ?? null)));
  }
  for (const r of recomputed)
    if (!keys.has(statisticKey(r))) out.push(item(r, "presence", "absent", "present"));
}

const answerText = (a: CanonicalAnswer | undefined): string =>
  a === undefined ? "(no such indicator)" : a.status === "answered" ? (a.code ?? "") : a.status;

function diffUnit(p: CanonicalUnit, r: CanonicalUnit, out: ScoreDifference[]): void {
  const key = { entity: p.entity, period: p.period };
  const recAnswers = new Map(r.answers.map((a) => [a.indicator, a]));
  const pubIds = new Set(p.answers.map((a) => a.indicator));
  for (const a of p.answers) {
    const b = recAnswers.get(a.indicator);
    if (answerText(a) !== answerText(b)) {
      out.push({
        kind: "answer",
        ...key,
        indicator: a.indicator,
        published: answerText(a),
        recomputed: answerText(b),
      });
    }
  }
  for (const b of r.answers) {
    if (!pubIds.has(b.indicator)) {
      out.push({
        kind: "answer",
        ...key,
        indicator: b.indicator,
        published: "(no such indicator)",
        recomputed: answerText(b),
      });
    }
  }
  const recIndices = new Map(r.indices.map((x) => [x.id, x]));
  for (const index of p.indices) {
    const other = recIndices.get(index.id);
    if (other === undefined) continue; // reported by the header comparison of `indices`
    const node = firstDifference(index.nodes, other.nodes, NODE_FIELDS);
    if (node !== undefined) out.push({ kind: "node", ...key, index: index.id, ...node });
    const indicator = firstDifference(index.indicators, other.indicators, INDICATOR_FIELDS);
    if (indicator !== undefined) out.push({ kind: "indicator", ...key, index: index.id, ...indicator });
  }
  const recGaps = new Map(r.gaps.map((g) => [g.id, g]));
  for (const gap of p.gaps) {
    const other = recGaps.get(gap.id);
    if (other === undefined) continue;
    const k = gap.values.findIndex((v, n) => v !== other.values[n] || gap.nodes[n] !== other.nodes[n]);
    if (k >= 0 || gap.values.length !== other.values.length) {
      const n = k >= 0 ? k : gap.values.length;
      out.push({
        kind: "gap",
        ...key,
        gap: gap.id,
        node: gap.nodes[n] ?? other.nodes[n] ?? "",
        published: show(gap.values[n] ?? "(none)"),
        recomputed: show(other.values[n] ?? "(none)"),
      });
    }
  }
}

const NODE_FIELDS = ["score", "reason", "coverage", "answers", "weight", "effectiveWeight"] as const;
const INDICATOR_FIELDS = ["value", "weight", "effectiveWeight", "contribution"] as const;

/** A score shown with its null reason: `2.5`, or `null (coverage)`. */
function fieldText(item: Record<string, unknown>, field: string): string {
  const v = item[field];
  if (field === "score" && v === null) return `null (${String(item.reason)})`;
  return v === null ? "null" : show(v);
}

/** The first item (in the published order) that differs, its first differing field, and how many differ. */
function firstDifference<T extends CanonicalNode | CanonicalIndicator>(
  published: readonly T[],
  recomputed: readonly T[],
  fields: readonly string[],
): { node: string; field: string; published: string; recomputed: string; count: number } | undefined {
  const byId = new Map(recomputed.map((x) => [x.id, x]));
  const ids = new Set(published.map((x) => x.id));
  let first: { node: string; field: string; published: string; recomputed: string } | undefined;
  let count = 0;
  for (const p of published) {
    const r = byId.get(p.id);
    const a = p as unknown as Record<string, unknown>;
    const b = r as unknown as Record<string, unknown> | undefined;
    const field = b === undefined ? "presence" : fields.find((f) => fieldText(a, f) !== fieldText(b, f));
    if (field === undefined) continue;
    count++;
    first ??=
      b === undefined
        ? { node: p.id, field, published: "present", recomputed: "absent" }
        : { node: p.id, field, published: fieldText(a, field), recomputed: fieldText(b, field) };
  }
  for (const r of recomputed) {
    if (ids.has(r.id)) continue;
    count++;
    first ??= { node: r.id, field: "presence", published: "absent", recomputed: "present" };
  }
  return first === undefined ? undefined : { ...first, count };
}
