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
import type { ScoreSet } from "../score/types.js";
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
 * The row a streaming writer reads: the fields of {@link ScoreRow} plus the exact values behind them, and
 * the rank in a second rank set (`p10 score --by`). One object is reused for every row, so a consumer
 * must copy what it keeps.
 */
export interface ScoreRowCursor extends Omit<ScoreRow, "before"> {
  /** As `ScoreRow.before`; `undefined` for rows without it. */
  readonly before: string | undefined;
  /** The exact coverage (for writers that round it), or `null`. */
  readonly coverageValue: Dec | null;
  /** Every text of the score (JSON included), or `null`. */
  readonly scoreTexts: ValueText | null;
  /** Every text of the coverage, or `null`. */
  readonly coverageTexts: ValueText | null;
  /** The rank of the row in the second rank set, when one was given; else `null`. */
  readonly otherRank: number | null;
  /**
   * The row's output position (an index's node or indicator, a gap's node, a reported indicator), from 0
   * to the walker's `slots` − 1: the same for every unit, so writers can cache per-position text by it.
   */
  readonly slot: number;
}

/** The levels a caller can ask for (`p10 score --levels`). */
export const SCORE_LEVELS: readonly NodeLevel[] = ["index", "pillar", "group", "indicator"];

/** Options of {@link scoreRowWalker}. */
export interface ScoreRowOptions {
  /** Only rows of these node levels (default: every level). */
  readonly levels?: readonly NodeLevel[] | undefined;
  /** A second rank set whose rank of each row is read into `otherRank` (group ranks). */
  readonly otherRanks?: RankSet | undefined;
  /** Shared formatting caches (made fresh when absent). */
  readonly texts?: ValueTexts;
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
  /** The output position (see `ScoreRowCursor.slot`), set once the slots of every index are known. */
  at: number;
  /** The node's cached band (bands may be per node), or `null` (an indicator, a node without bands). */
  band: ((v: Dec) => string | null) | null;
  readonly indicator: boolean;
  readonly pos: number;
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

/** Values remembered per output position (see `scoreRowWalker`). */
const SLOT_MEMO = 8;

/** Visits the rows of one unit at a time (see {@link scoreRowWalker}). */
export interface ScoreRowWalker {
  /** How many units there are. */
  readonly units: number;
  /** How many output positions there are (see `ScoreRowCursor.slot`). */
  readonly slots: number;
  /** Calls `visit` with each row of unit `u`, in order; the row object is reused. */
  walk(u: number, visit: (row: ScoreRowCursor) => void): void;
}

/**
 * Prepares the rows of a ScoreSet, in a fixed order: units as in the ScoreSet (entity, then period), then
 * each index's nodes and indicators in framework pre-order, then gaps, then the indicators reported
 * outside every index. Rows are visited one unit at a time, the same object refilled for each row (see
 * {@link ScoreRowCursor}); formatted values come from caches keyed by the exact value, since the engine
 * shares equal decimals. Writers build a piece of output from a few units and yield it.
 *
 * @param scoreSet - the scores.
 * @param ranks - the ranks from `rank(scoreSet)`.
 * @param options - levels to keep, a second rank set, shared caches.
 * @returns the walker.
 */
export function scoreRowWalker(
  scoreSet: ScoreSet,
  ranks: RankSet,
  options: ScoreRowOptions = {},
): ScoreRowWalker {
  const texts = options.texts ?? valueTexts(scoreSet.method.presentation);
  const levels = options.levels ?? SCORE_LEVELS;
  const wanted = (level: NodeLevel): boolean => levels.includes(level);
  const fw = scoreSet.framework;
  const name = nodeNamer(scoreSet);
  const bandOf = nodeBands(scoreSet.method.presentation);
  let positions = 0;
  const slots = scoreSet.indices.map((_, k) => indexSlots(scoreSet, k, wanted));
  for (const list of slots) {
    for (const slot of list) {
      slot.at = positions++;
      if (!slot.indicator) slot.band = bandOf(slot.id);
    }
  }
  const gapNodes = scoreSet.gaps.map((gap) =>
    gap.nodes.map((node) => {
      const level = fw.nodes.get(node.id)?.level ?? "indicator";
      return { name: name(gap.id, node.id), level, keep: wanted(level), at: positions++ };
    }),
  );
  const entering = new Set(scoreSet.indices.flatMap((ix) => ix.indicators.map((i) => i.ordinal)));
  const reported = wanted("indicator") ? fw.indicators.filter((i) => !entering.has(i.ordinal)) : [];
  const reportedAt = positions;
  positions += reported.length;
  const other = options.otherRanks;
  const row = {
    entity: "",
    period: "",
    node: "",
    level: "index" as NodeLevel,
    index: null as string | null,
    kind: "index" as ScoreRow["kind"],
    score: null as string | null,
    scoreExact: null as string | null,
    rank: null as number | null,
    coverage: null as string | null,
    coverageValue: null as Dec | null,
    scoreTexts: null as ValueText | null,
    coverageTexts: null as ValueText | null,
    band: null as string | null,
    reason: null as string | null,
    before: undefined as string | undefined,
    otherRank: null as number | null,
    slot: 0,
  };
  // Per output position, the last few values seen with their texts and band: a position takes few
  // distinct values (an indicator's levels, a group's means, the engine sharing one decimal per value), and
  // scanning a handful of references costs less than a look-up in the large shared caches.
  const memoValues = Array.from({ length: positions }, (): Dec[] => []);
  const memoTexts = Array.from({ length: positions }, (): ValueText[] => []);
  const memoBands = Array.from({ length: positions }, (): (string | null)[] => []);
  const memoCoverages = Array.from({ length: positions }, (): Dec[] => []);
  const memoCoverageTexts = Array.from({ length: positions }, (): ValueText[] => []);
  const setValue = (v: Dec | null, band: ((v: Dec) => string | null) | null, at: number): void => {
    if (v === null) {
      row.score = null;
      row.scoreExact = null;
      row.band = null;
      row.scoreTexts = null;
      return;
    }
    const values = memoValues[at]!;
    let i = 0;
    while (i < values.length && values[i] !== v) i++;
    let t: ValueText;
    let b: string | null;
    if (i < values.length) {
      t = memoTexts[at]![i]!;
      b = memoBands[at]![i]!;
    } else {
      t = texts.of(v);
      b = band === null ? null : band(v);
      if (values.length < SLOT_MEMO) {
        values.push(v);
        memoTexts[at]!.push(t);
        memoBands[at]!.push(b);
      }
    }
    row.scoreTexts = t;
    row.score = t.display;
    row.scoreExact = t.exact;
    row.band = b;
  };
  const coverageTexts = (v: Dec, at: number): ValueText => {
    const values = memoCoverages[at]!;
    let i = 0;
    while (i < values.length && values[i] !== v) i++;
    if (i < values.length) return memoCoverageTexts[at]![i]!;
    const t = texts.of(v);
    if (values.length < SLOT_MEMO) {
      values.push(v);
      memoCoverageTexts[at]!.push(t);
    }
    return t;
  };
  const walk = (u: number, visit: (row: ScoreRowCursor) => void): void => {
    const unit = scoreSet.units[u]!;
    row.entity = unit.entity;
    row.period = unit.period;
    for (let k = 0; k < scoreSet.indices.length; k++) {
      const scores = unit.indices[k];
      if (scores === undefined) continue;
      const index = scoreSet.indices[k]!;
      const nodeRanks = ranks.indices[k]?.nodes;
      const otherNodeRanks = other?.indices[k]?.nodes;
      row.index = index.id;
      row.kind = "index";
      for (const slot of slots[k]!) {
        row.node = slot.name;
        row.level = slot.level;
        row.slot = slot.at;
        if (slot.indicator) {
          const s = scores.indicators[slot.pos];
          const answer = unit.answers[index.indicators[slot.pos]!.ordinal];
          setValue(s?.value ?? null, null, slot.at);
          row.rank = null;
          row.otherRank = null;
          row.coverage = null;
          row.coverageValue = null;
          row.coverageTexts = null;
          row.reason = answer && answer.status !== "answered" ? answer.status : null;
          row.before = undefined;
        } else {
          const s = scores.nodes[slot.pos];
          if (s === undefined) continue;
          setValue(s.score, slot.band, slot.at);
          row.rank = nodeRanks?.[slot.pos]?.ranks[u] ?? null;
          row.otherRank = otherNodeRanks?.[slot.pos]?.ranks[u] ?? null;
          row.coverageTexts = s.coverage === null ? null : coverageTexts(s.coverage, slot.at);
          row.coverage = row.coverageTexts === null ? null : row.coverageTexts.exact;
          row.coverageValue = s.coverage;
          row.reason = s.reason?.message ?? null;
          row.before = s.raw === undefined ? undefined : (texts.exact(s.raw) ?? undefined);
        }
        visit(row);
      }
    }
    row.kind = "gap";
    row.rank = null;
    row.otherRank = null;
    row.coverage = null;
    row.coverageValue = null;
    row.coverageTexts = null;
    row.reason = null;
    row.before = undefined;
    for (let g = 0; g < scoreSet.gaps.length; g++) {
      const values = unit.gaps[g]?.values ?? [];
      row.index = scoreSet.gaps[g]!.id;
      const nodes = gapNodes[g]!;
      for (let pos = 0; pos < nodes.length; pos++) {
        const node = nodes[pos]!;
        if (!node.keep) continue;
        row.node = node.name;
        row.level = node.level;
        row.slot = node.at;
        setValue(values[pos] ?? null, null, node.at);
        visit(row);
      }
    }
    row.kind = "reported";
    row.index = null;
    row.level = "indicator";
    for (let r = 0; r < reported.length; r++) {
      const indicator = reported[r]!;
      const answer = unit.answers[indicator.ordinal];
      row.node = indicator.id;
      row.slot = reportedAt + r;
      setValue(answer?.value ?? null, null, reportedAt + r);
      row.reason = answer && answer.status !== "answered" ? answer.status : null;
      visit(row);
    }
  };
  return { units: scoreSet.units.length, slots: positions, walk };
}

/**
 * Writes the rows of a walker as UTF-8 chunks: `visit` writes each row into `sink` (the fixed parts of rows
 * as bytes encoded once, see {@link Utf8Sink}); the chunks filled are handed on after each unit.
 *
 * @param walker - the rows.
 * @param sink - where `visit` writes.
 * @param visit - writes one row.
 * @returns the chunks, every one of them (the sink is ended).
 */
export function* rowChunks(
  walker: ScoreRowWalker,
  sink: Utf8Sink,
  visit: (row: ScoreRowCursor) => void,
): Generator<Uint8Array, void, undefined> {
  for (let u = 0; u < walker.units; u++) {
    walker.walk(u, visit);
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
  for (let u = 0; u < walker.units; u++) {
    walker.walk(u, (r) =>
      rows.push({
        entity: r.entity,
        period: r.period,
        node: r.node,
        level: r.level,
        index: r.index,
        kind: r.kind,
        score: r.score,
        scoreExact: r.scoreExact,
        rank: r.rank,
        coverage: r.coverage,
        band: r.band,
        reason: r.reason,
        ...(r.before === undefined ? {} : { before: r.before }),
      }),
    );
  }
  return rows;
}
