/**
 * The tidy long form of a ScoreSet: one row per entity × period × node, the shape shared by the CSV,
 * JSON and Markdown writers. Indicators that enter no index (EDI's practice indicators) are reported with
 * their value and no rank. Gaps (law − practice) follow the indices.
 *
 * Rows are produced one unit at a time ({@link scoreRowWalker}) so writers can stream outputs of millions of
 * rows without holding them; {@link scoreRows} collects them for callers that want an array.
 */
import { checkArgKind, checkKind } from "../arguments.js";
import type { RankSet } from "../compare/rank.js";
import type { Dec } from "../decimal.js";
import type { NodeLevel } from "../framework/schema.js";
import type { AnswerRecord, ScoreSet } from "../score/types.js";
import type { Utf8Sink } from "../base/utf8-sink.js";
import { nodeBands, type ValueText, type ValueTexts, valueTexts } from "./value-texts.js";

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

/**
 * What is fixed at an output position (an index's node or indicator, a gap's node, an indicator reported
 * outside every index) for every unit: writers cache the text of a position by its number.
 */
export interface RowSlot {
  /** The node as named in outputs (see {@link ScoreRow}). */
  readonly node: string;
  readonly level: NodeLevel;
  /** The index or gap the rows belong to; `null` for an indicator reported outside every index. */
  readonly index: string | null;
  readonly kind: ScoreRow["kind"];
  /** The node's bands (a function of its exact score), or `null` (indicators, gaps, nodes without bands). */
  readonly band: ((v: Dec) => string | null) | null;
}

/**
 * Receives the rows of a unit from a {@link ScoreRowWalker}, in output order, as the exact values behind
 * them (writers format a value only when they have not met it at that position before). `slot` numbers
 * the output position (see {@link RowSlot}).
 */
export interface ScoreRowVisitor {
  /** Starts a unit: its rows follow. */
  unit(entity: string, period: string): void;
  /**
   * A node of an index.
   * @param slot - the output position.
   * @param score - its exact score, or `null`.
   * @param coverage - its exact coverage, or `null`.
   * @param rank - its rank, or `null`.
   * @param otherRank - its rank in the second rank set (`p10 score --by`), or `null`.
   * @param reason - why it has no score, or `null`.
   * @param before - its aggregate before normalisation (`normaliseNodes`), else `undefined`.
   */
  node(
    slot: number,
    score: Dec | null,
    coverage: Dec | null,
    rank: number | null,
    otherRank: number | null,
    reason: string | null,
    before: Dec | undefined,
  ): void;
  /**
   * An indicator, in an index or reported outside every index (its slot's `kind` tells).
   * @param slot - the output position.
   * @param value - its value, or `null`.
   * @param reason - its answer's status when not answered (`missing`, `not-applicable`, …), else `null`.
   */
  indicator(slot: number, value: Dec | null, reason: string | null): void;
  /**
   * A node of a gap.
   * @param slot - the output position.
   * @param value - the gap, or `null`.
   */
  gap(slot: number, value: Dec | null): void;
}

/** The levels a caller can ask for (`p10 score --levels`). */
export const SCORE_LEVELS: readonly NodeLevel[] = ["index", "pillar", "group", "indicator"];

/** Options of {@link scoreRowWalker}. */
export interface ScoreRowOptions {
  /** Only rows of these node levels (default: every level). */
  readonly levels?: readonly NodeLevel[] | undefined;
  /** A second rank set whose rank of each node row is passed as `otherRank` (group ranks). */
  readonly otherRanks?: RankSet | undefined;
}

/**
 * Tells how node ids are written in outputs: `index:node` when two indices hold the same node (sub-indices
 * over one tree) or the method has gaps, bare otherwise (one index, or one index per framework root).
 *
 * @param scoreSet - the scores.
 * @returns a function from (index id, node id) to the output name.
 * @example
 * ```ts
 * import { frameworks, methods, score } from "principle10";
 * import { nodeNamer } from "./score-rows.js";
 * import { createDataset } from "principle10/advanced";
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

/** One entry of an index's output order: a node (by position) or an indicator (by position). */
interface Slot {
  /** The node's id. */
  readonly id: string;
  /** The output position (see {@link RowSlot}), set once the slots of every index are known. */
  at: number;
  /** The node's cached band (bands may be per node), or `null` (an indicator, a node without bands). */
  band: ((v: Dec) => string | null) | null;
  readonly indicator: boolean;
  readonly pos: number;
  /** An indicator's framework ordinal (its answer's place in the unit), −1 for a node. */
  readonly ordinal: number;
  /** The output name, computed once. */
  readonly name: string;
  readonly level: NodeLevel;
}

/** The per-index output order: nodes and indicators interleaved in framework pre-order, levels filtered. */
function indexSlots(scoreSet: ScoreSet, k: number, wanted: (level: NodeLevel) => boolean): Slot[] {
  const index = scoreSet.indices[k]!;
  const name = nodeNamer(scoreSet);
  const byId = new Map<string, Slot>();
  index.nodes.forEach((node, pos) => {
    byId.set(node.id, {
      id: node.id,
      at: 0,
      band: null,
      indicator: false,
      pos,
      ordinal: -1,
      name: name(index.id, node.id),
      level: node.level,
    });
  });
  index.indicators.forEach((indicator, pos) => {
    byId.set(indicator.id, {
      id: indicator.id,
      at: 0,
      band: null,
      indicator: true,
      pos,
      ordinal: indicator.ordinal,
      name: name(index.id, indicator.id),
      level: "indicator",
    });
  });
  const slots: Slot[] = [];
  for (const id of scoreSet.framework.order) {
    const slot = byId.get(id);
    if (slot !== undefined && wanted(slot.level)) slots.push(slot);
  }
  return slots;
}

/** Visits the rows of one unit at a time (see {@link scoreRowWalker}). */
export interface ScoreRowWalker {
  /** How many units there are. */
  readonly units: number;
  /** The output positions, numbered as the visitor's `slot`. */
  readonly slots: readonly RowSlot[];
  /** Calls `visitor` with unit `u` and each of its rows, in order. */
  walk(u: number, visitor: ScoreRowVisitor): void;
}

/**
 * Prepares the rows of a ScoreSet, in a fixed order: units as in the ScoreSet (entity, then period), then
 * each index's nodes and indicators in framework pre-order, then gaps, then the indicators reported
 * outside every index. Rows are visited one unit at a time, as exact values (see {@link ScoreRowVisitor});
 * writers build a piece of output from a few units and yield it.
 *
 * @param scoreSet - the scores.
 * @param ranks - the ranks from `rank(scoreSet)`.
 * @param options - levels to keep, a second rank set.
 * @returns the walker.
 */
export function scoreRowWalker(
  scoreSet: ScoreSet,
  ranks: RankSet,
  options: ScoreRowOptions = {},
): ScoreRowWalker {
  const levels = options.levels ?? SCORE_LEVELS;
  const wanted = (level: NodeLevel): boolean => levels.includes(level);
  const fw = scoreSet.framework;
  const name = nodeNamer(scoreSet);
  const bandOf = nodeBands(scoreSet.method.presentation);
  const rowSlots: RowSlot[] = [];
  const slots = scoreSet.indices.map((_, k) => indexSlots(scoreSet, k, wanted));
  scoreSet.indices.forEach((index, k) => {
    for (const slot of slots[k]!) {
      slot.at = rowSlots.length;
      if (!slot.indicator) slot.band = bandOf(slot.id);
      rowSlots.push({ node: slot.name, level: slot.level, index: index.id, kind: "index", band: slot.band });
    }
  });
  const gapNodes = scoreSet.gaps.map((gap) =>
    gap.nodes.map((node) => {
      const level = fw.nodes.get(node.id)?.level ?? "indicator";
      const keep = wanted(level);
      const at = rowSlots.length;
      rowSlots.push({ node: name(gap.id, node.id), level, index: gap.id, kind: "gap", band: null });
      return { keep, at };
    }),
  );
  const entering = new Set(scoreSet.indices.flatMap((ix) => ix.indicators.map((i) => i.ordinal)));
  const reported = wanted("indicator") ? fw.indicators.filter((i) => !entering.has(i.ordinal)) : [];
  const reportedAt = rowSlots.length;
  for (const indicator of reported) {
    rowSlots.push({ node: indicator.id, level: "indicator", index: null, kind: "reported", band: null });
  }
  const other = options.otherRanks;
  const walk = (u: number, visitor: ScoreRowVisitor): void => {
    const unit = scoreSet.units[u]!;
    const answers = unit.answers;
    visitor.unit(unit.entity, unit.period);
    for (let k = 0; k < scoreSet.indices.length; k++) {
      const scores = unit.indices[k];
      if (scores === undefined) continue;
      const nodeRanks = ranks.indices[k]?.nodes;
      const otherNodeRanks = other?.indices[k]?.nodes;
      for (const slot of slots[k]!) {
        if (slot.indicator) {
          const answer = answers[slot.ordinal];
          visitor.indicator(slot.at, scores.indicators[slot.pos]?.value ?? null, notAnswered(answer));
          continue;
        }
        const s = scores.nodes[slot.pos];
        if (s === undefined) continue;
        visitor.node(
          slot.at,
          s.score,
          s.coverage,
          nodeRanks?.[slot.pos]?.ranks[u] ?? null,
          otherNodeRanks?.[slot.pos]?.ranks[u] ?? null,
          s.reason?.message ?? null,
          s.raw,
        );
      }
    }
    for (let g = 0; g < scoreSet.gaps.length; g++) {
      const values = unit.gaps[g]?.values ?? [];
      const nodes = gapNodes[g]!;
      for (let pos = 0; pos < nodes.length; pos++) {
        const node = nodes[pos]!;
        if (node.keep) visitor.gap(node.at, values[pos] ?? null);
      }
    }
    for (let r = 0; r < reported.length; r++) {
      const answer = answers[reported[r]!.ordinal];
      visitor.indicator(reportedAt + r, answer?.value ?? null, notAnswered(answer));
    }
  };
  return { units: scoreSet.units.length, slots: rowSlots, walk };
}

/** An indicator row's reason: its answer's status when it was not answered (`missing`, …), else `null`. */
function notAnswered(answer: AnswerRecord | undefined): string | null {
  return answer !== undefined && answer.status !== "answered" ? answer.status : null;
}

/** Values remembered per output position (see {@link SlotTexts}). */
const SLOT_MEMO = 8;

/**
 * The texts of exact values and their bands, by output position: a position takes few distinct values
 * (an indicator's levels, a group's means; the engine shares one decimal per value), so the last few seen
 * at each position are found by comparing references, which costs less than a look-up in the large
 * shared caches ({@link ValueTexts}).
 *
 * @example
 * ```ts
 * import { frameworks, methods, rank, score } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * import { scoreRowWalker, SlotTexts } from "./score-rows.js"; // internal
 * import { valueTexts } from "./value-texts.js"; // internal
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * const walker = scoreRowWalker(set, rank(set));
 * const texts = new SlotTexts(walker.slots, valueTexts(set.method.presentation));
 * const index = set.units[0]!.indices[0]!.nodes[0]!.score!;
 * texts.of(0, index).display; // "3.00"
 * texts.band(0, index); // "very good"
 * ```
 */
export class SlotTexts {
  private readonly values: Dec[][];
  private readonly texts: ValueText[][];
  private readonly bands: (string | null)[][];

  /**
   * @param slots - the walker's output positions.
   * @param shared - the shared caches behind the memo.
   */
  constructor(
    private readonly slots: readonly RowSlot[],
    private readonly shared: ValueTexts,
  ) {
    this.values = slots.map(() => []);
    this.texts = slots.map(() => []);
    this.bands = slots.map(() => []);
  }

  /**
   * Every text of a value at a position.
   * @param slot - the position.
   * @param v - the value.
   * @returns its texts.
   */
  of(slot: number, v: Dec): ValueText {
    const i = this.find(slot, v);
    return i >= 0 ? this.texts[slot]![i]! : this.shared.of(v);
  }

  /**
   * The band of a value at a node's position (`null` without bands).
   * @param slot - the position.
   * @param v - the value.
   * @returns its band.
   */
  band(slot: number, v: Dec): string | null {
    const i = this.find(slot, v);
    if (i >= 0) return this.bands[slot]![i]!;
    const band = this.slots[slot]!.band;
    return band === null ? null : band(v);
  }

  /** The value's place in the position's memo, adding it while there is room; −1 when not kept. */
  private find(slot: number, v: Dec): number {
    const values = this.values[slot]!;
    for (let i = 0; i < values.length; i++) if (values[i] === v) return i;
    if (values.length >= SLOT_MEMO) return -1;
    const band = this.slots[slot]!.band;
    values.push(v);
    this.texts[slot]!.push(this.shared.of(v));
    this.bands[slot]!.push(band === null ? null : band(v));
    return values.length - 1;
  }
}

/**
 * Writes the rows of a walker as UTF-8 chunks: `visitor` writes each row into `sink` (the fixed parts of
 * rows as bytes encoded once, see {@link Utf8Sink}); the chunks filled are handed on after each unit.
 *
 * @param walker - the rows.
 * @param sink - where `visit` writes.
 * @param visitor - writes the rows.
 * @returns the chunks, every one of them (the sink is ended).
 */
export function* rowChunks(
  walker: ScoreRowWalker,
  sink: Utf8Sink,
  visitor: ScoreRowVisitor,
): Generator<Uint8Array, void, undefined> {
  for (let u = 0; u < walker.units; u++) {
    walker.walk(u, visitor);
    yield* sink.take();
  }
  yield* sink.end();
}

/**
 * Flattens a ScoreSet and its ranks into tidy rows, in a fixed order: units as in the ScoreSet (entity,
 * then period), then each index's nodes and indicators in framework pre-order, then gaps, then the
 * indicators reported outside every index. Holds every row: for large sets, stream with the writers.
 *
 * @param scoreSet - the scores.
 * @param ranks - the ranks from `rank(scoreSet)`.
 * @returns the rows.
 * @example
 * ```ts
 * import { frameworks, methods, rank, score, scoreRows } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * const set = score(ds, edi, methods.get("edi-2015"));
 * scoreRows(set, rank(set))[0]; // { entity: "AA", period: "2024", node: "edi", level: "index", score: "3.00", … }
 * ```
 */
export function scoreRows(scoreSet: ScoreSet, ranks: RankSet): ScoreRow[] {
  checkArgKind("scoreSet", scoreSet, "scoreSet");
  checkKind("ranks", ranks, "a rank set (rank)", ["ties", "on", "grouped"]);
  const rows: ScoreRow[] = [];
  const walker = scoreRowWalker(scoreSet, ranks);
  const slots = walker.slots;
  const shared = valueTexts(scoreSet.method.presentation);
  const texts = new SlotTexts(slots, shared);
  let entity = "";
  let period = "";
  const push = (
    slot: number,
    value: Dec | null,
    fields: Pick<ScoreRow, "rank" | "coverage" | "reason"> & { readonly before?: string },
  ): void => {
    const at = slots[slot]!;
    const t = value === null ? null : texts.of(slot, value);
    rows.push({
      entity,
      period,
      node: at.node,
      level: at.level,
      index: at.index,
      kind: at.kind,
      score: t === null ? null : t.display,
      scoreExact: t === null ? null : t.exact,
      rank: fields.rank,
      coverage: fields.coverage,
      band: value === null ? null : texts.band(slot, value),
      reason: fields.reason,
      ...(fields.before === undefined ? {} : { before: fields.before }),
    });
  };
  const visitor: ScoreRowVisitor = {
    unit(e, p) {
      entity = e;
      period = p;
    },
    node(slot, score, coverage, rank, _otherRank, reason, before) {
      push(slot, score, {
        rank,
        coverage: coverage === null ? null : (shared.exact(coverage) as string),
        reason,
        ...(before === undefined ? {} : { before: shared.exact(before) as string }),
      });
    },
    indicator(slot, value, reason) {
      push(slot, value, { rank: null, coverage: null, reason });
    },
    gap(slot, value) {
      push(slot, value, { rank: null, coverage: null, reason: null });
    },
  };
  for (let u = 0; u < walker.units; u++) walker.walk(u, visitor);
  return rows;
}
