/**
 * Ranks of scores, highest first, with shared places on ties: competition ranking (`1 2 2 4`, the
 * convention of published indices such as the EDI, where two countries tied 4th) or dense ranking
 * (`1 2 2 3`); or distinct places (`ordinal`, `1 2 3 4`, as the Open Budget Survey ranks: Sri Lanka and
 * Zambia, both 38.5229 in 2015, are 70th and 71st), ties broken by the exact score, the name, then the id. Ties are decided on the exact score unless the method ranks on the displayed value.
 * Ranks are taken per period, and optionally within groups of entities (a region, an income group).
 */
import { compareCodePoints } from "../base/code-points.js";
import { compareDecimals, type Dec, P10Decimal, roundForDisplay } from "../decimal.js";
import type { Presentation } from "../method/schema.js";
import type { ScoreSet } from "../score/types.js";
import { checkArgKind, checkChoice, checkObject } from "../arguments.js";

/** How ties share places. */
export type TieRule = Presentation["ranks"]["ties"];

/** Options of {@link rank}; each defaults to the method's `presentation.ranks`. */
export interface RankOptions {
  readonly ties?: TieRule;
  /** `exact`: rank on exact scores; `rounded`: on the displayed (rounded) value. */
  readonly on?: Presentation["ranks"]["on"];
  /**
   * Ranks within groups: the group of each entity (e.g. its region, see `entityGroups`), or `null` for an
   * entity in no group, which then gets no rank. Default: no groups (every unit of a period competes).
   */
  readonly groupOf?: (entity: string) => string | null;
}

/**
 * Ranks values, the highest first.
 *
 * @param values - exact scores; `null` scores get no rank.
 * @param options - `ties`: `competition` (default, `1 2 2 4`), `dense` (`1 2 2 3`) or `ordinal` (distinct
 *   places `1 2 3 4`); `tieBreak` orders two tied positions under `ordinal` (negative: the first ranks
 *   higher; default: their position in `values`).
 * @returns ranks aligned with `values`, `null` for null values.
 * @example
 * ```ts
 * import { dec, rankScores } from "principle10/advanced";
 * rankScores([dec("2"), dec("3"), dec("2"), null, dec("1")]); // [2, 1, 2, null, 4]
 * rankScores([dec("2"), dec("3"), dec("2"), dec("1")], { ties: "dense" }); // [2, 1, 2, 3]
 * rankScores([dec("2"), dec("3"), dec("2"), dec("1")], { ties: "ordinal" }); // [2, 1, 3, 4]
 * ```
 */
export function rankScores(
  values: readonly (Dec | null)[],
  options: { ties?: TieRule; tieBreak?: (a: number, b: number) => number } = {},
): (number | null)[] {
  const levels = valueLevels(values);
  if (options.ties !== "ordinal") return placesByLevel(levels, options.ties === "dense");
  // Ordinal: levels best first, the units of a level in tie-break order (index order when it says equal),
  // then places 1, 2, 3, … in that order. Only levels with several units are sorted.
  const tieBreak = options.tieBreak ?? ((a: number, b: number) => a - b);
  const { ids, levelOf, count } = levels;
  const starts = new Int32Array(count + 1);
  for (let i = 0; i < ids.length; i++) if (ids[i]! >= 0) starts[levelOf[ids[i]!]! + 1]!++;
  for (let l = 0; l < count; l++) starts[l + 1]! += starts[l]!;
  const order = new Int32Array(starts[count]!);
  const fill = starts.slice(0, count);
  for (let i = 0; i < ids.length; i++) if (ids[i]! >= 0) order[fill[levelOf[ids[i]!]!]!++] = i;
  const ranks = new Array<number | null>(values.length).fill(null);
  for (let l = 0; l < count; l++) {
    const from = starts[l]!;
    const to = starts[l + 1]!;
    const members = Array.from(order.subarray(from, to));
    if (members.length > 1) members.sort(tieBreak);
    for (let k = 0; k < members.length; k++) ranks[members[k]!] = from + k + 1;
  }
  return ranks;
}

/** The distinct values of a list ranked best first: per value its distinct id, per id its level. */
interface ValueLevels {
  /** Per value, the id of its decimal object, or -1 for `null`. */
  readonly ids: Int32Array;
  /** Per id, its level: 0 for the highest value; equal values (even as different objects) share one. */
  readonly levelOf: Int32Array;
  /** How many levels there are. */
  readonly count: number;
}

/**
 * Levels by sorting the distinct values only (the engine shares one decimal per distinct score, so a
 * period of thousands of units has a few hundred), then giving each value the level of its place: sorting
 * every unit took longer than scoring them. Every rule ranks from these levels.
 */
function valueLevels(values: readonly (Dec | null)[]): ValueLevels {
  // Each distinct decimal object gets an id (one map look-up per value); the ids are sorted once.
  const n = values.length;
  const idOf = new Map<Dec, number>();
  const distinct: Dec[] = [];
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      ids[i] = -1;
      continue;
    }
    let id = idOf.get(v);
    if (id === undefined) {
      id = distinct.length;
      idOf.set(v, id);
      distinct.push(v);
    }
    ids[i] = id;
  }
  const order = distinct.map((_, id) => id).sort((a, b) => compareDecimals(distinct[b]!, distinct[a]!));
  const levelOf = new Int32Array(distinct.length);
  let level = -1;
  for (let k = 0; k < order.length; k++) {
    const id = order[k]!;
    if (k === 0 || compareDecimals(distinct[id]!, distinct[order[k - 1]!]!) !== 0) level++;
    levelOf[id] = level;
  }
  return { ids, levelOf, count: level + 1 };
}

/** Competition (1 2 2 4) or dense (1 2 2 3) places: each level's place from the units above it. */
function placesByLevel({ ids, levelOf, count }: ValueLevels, dense: boolean): (number | null)[] {
  const n = ids.length;
  const counts = new Int32Array(count);
  for (let i = 0; i < n; i++) if (ids[i]! >= 0) counts[levelOf[ids[i]!]!]!++;
  const places = new Int32Array(count);
  let before = 0;
  for (let l = 0; l < count; l++) {
    places[l] = dense ? l + 1 : before + 1;
    before += counts[l]!;
  }
  const ranks = new Array<number | null>(n);
  for (let i = 0; i < n; i++) ranks[i] = ids[i]! < 0 ? null : places[levelOf[ids[i]!]!]!;
  return ranks;
}

/** Ranks of one node's scores. */
export interface NodeRanks {
  /** The framework node id. */
  readonly id: string;
  /**
   * Aligned with `scoreSet.units`: the unit's rank among the units of the same period (and group, when
   * ranking within groups); `null` for a null score or an entity in no group.
   */
  readonly ranks: readonly (number | null)[];
  /** Aligned with `scoreSet.units`: how many units of that period (and group) have a score for this node. */
  readonly outOf: readonly number[];
}

/** The ranks of every node of every index, per period. */
export interface RankSet {
  readonly ties: TieRule;
  readonly on: NonNullable<RankOptions["on"]>;
  /** `true` when the ranks were taken within groups of entities (`groupOf`). */
  readonly grouped: boolean;
  /** The periods, in code-point order. */
  readonly periods: readonly string[];
  /** Aligned with `scoreSet.indices`; `nodes` aligned with each index's nodes. */
  readonly indices: readonly { readonly id: string; readonly nodes: readonly NodeRanks[] }[];
}

/**
 * Ranks the units of a ScoreSet for every node of every index, separately within each period (and within
 * each group of entities when `groupOf` is given).
 *
 * @param scoreSet - the scores.
 * @param options - `ties` and `on` (defaults from the method's `presentation.ranks`) and `groupOf`.
 * @returns the ranks.
 * @throws never.
 * @example
 * ```ts
 * import { frameworks, methods, rank, score } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [
 *   { entity: "AA", period: "2024", indicator: "1.1", code: 1 },
 *   { entity: "BB", period: "2024", indicator: "1.1", code: 3 },
 * ]);
 * rank(score(ds, edi, methods.get("edi-2015"))).indices[0]?.nodes[0]?.ranks; // [2, 1]
 * // within groups: each entity alone in its group is first
 * rank(score(ds, edi, methods.get("edi-2015")), { groupOf: (e) => e }).indices[0]?.nodes[0]?.ranks; // [1, 1]
 * ```
 */
export function rank(scoreSet: ScoreSet, options: RankOptions = {}): RankSet {
  checkArgKind("scoreSet", scoreSet, "scoreSet");
  checkObject("options", options);
  checkChoice("options.ties", options.ties, ["competition", "dense"]);
  const presentation = scoreSet.method.presentation;
  const ties = options.ties ?? presentation.ranks.ties;
  const on = options.on ?? presentation.ranks.on;
  // The engine shares one decimal per distinct score: round each once (a million answers hold a few
  // thousand distinct scores; rounding every unit's took longer than the ranking itself). Bounded cache;
  // equal rounded scores share one decimal.
  const rounded = new Map<Dec, Dec>();
  const byText = new Map<string, Dec>();
  const rankValue = (v: Dec | null): Dec | null => {
    if (v === null || on === "exact") return v;
    let r = rounded.get(v);
    if (r === undefined) {
      if (rounded.size >= 1 << 16) {
        rounded.clear();
        byText.clear();
      }
      const text = roundForDisplay(v, presentation.places, presentation.rounding);
      r = byText.get(text) ?? new P10Decimal(text);
      byText.set(text, r);
      rounded.set(v, r);
    }
    return r;
  };
  const periods = [...new Set(scoreSet.units.map((u) => u.period))].sort(compareCodePoints);
  const groups = cohorts(scoreSet, options.groupOf);
  const columns = scoreColumns(scoreSet);
  const indices = scoreSet.indices.map((index, k) => ({
    id: index.id,
    nodes: index.nodes.map((node, pos): NodeRanks => {
      const ranks = new Array<number | null>(scoreSet.units.length).fill(null);
      const outOf = new Array<number>(scoreSet.units.length).fill(0);
      const column = columns[k]![pos]!;
      for (const members of groups) {
        const values = members.map((u) => rankValue(column[u] ?? null));
        const r = rankScores(
          values,
          ties === "ordinal" ? { ties, tieBreak: ordinalTieBreak(scoreSet, members, k, pos) } : { ties },
        );
        const scored = values.filter((v) => v !== null).length;
        members.forEach((u, j) => {
          ranks[u] = r[j] ?? null;
          outOf[u] = scored;
        });
      }
      return { id: node.id, ranks, outOf };
    }),
  }));
  return { ties, on, grouped: options.groupOf !== undefined, periods, indices };
}

/**
 * The order of two units tied on the ranking score under `ordinal` ties (positions in `members`): the
 * higher exact score first (a tie on the rounded score may not be one on the exact score), then the
 * entity's name (its id when it has none), then its id, in code-point order.
 */
function ordinalTieBreak(
  scoreSet: ScoreSet,
  members: readonly number[],
  k: number,
  pos: number,
): (a: number, b: number) => number {
  const names = scoreSet.dataset.entityNames;
  return (a, b) => {
    const ua = scoreSet.units[members[a] as number];
    const ub = scoreSet.units[members[b] as number];
    const sa = ua?.indices[k]?.nodes[pos]?.score ?? null;
    const sb = ub?.indices[k]?.nodes[pos]?.score ?? null;
    const byScore = sa === null || sb === null ? 0 : compareDecimals(sb, sa);
    const ea = ua?.entity ?? "";
    const eb = ub?.entity ?? "";
    return (
      byScore || compareCodePoints(names.get(ea) ?? ea, names.get(eb) ?? eb) || compareCodePoints(ea, eb)
    );
  };
}

/**
 * Every node's scores as one array per index and node, aligned with the units: read in one pass over the
 * units, each unit's scores together in memory, rather than one pass over every unit per node.
 */
function scoreColumns(scoreSet: ScoreSet): (Dec | null)[][][] {
  const n = scoreSet.units.length;
  const columns = scoreSet.indices.map((index) => index.nodes.map(() => new Array<Dec | null>(n).fill(null)));
  for (let u = 0; u < n; u++) {
    const indices = scoreSet.units[u]!.indices;
    for (let k = 0; k < columns.length; k++) {
      const nodes = indices[k]?.nodes;
      if (nodes === undefined) continue;
      const byNode = columns[k]!;
      for (let pos = 0; pos < byNode.length; pos++) byNode[pos]![u] = nodes[pos]?.score ?? null;
    }
  }
  return columns;
}

/** The sets of units that compete: per period, and per group within it; units in no group are left out. */
function cohorts(scoreSet: ScoreSet, groupOf: RankOptions["groupOf"]): number[][] {
  const byPeriod = new Map<string, Map<string | null, number[]>>();
  scoreSet.units.forEach((unit, u) => {
    const group = groupOf === undefined ? "" : groupOf(unit.entity);
    if (group === null) return;
    let groups = byPeriod.get(unit.period);
    if (groups === undefined) byPeriod.set(unit.period, (groups = new Map()));
    const members = groups.get(group);
    if (members === undefined) groups.set(group, [u]);
    else members.push(u);
  });
  return [...byPeriod.values()].flatMap((groups) => [...groups.values()]);
}
