/**
 * Looking results up by name: the score of a node for an entity and period (and index, for methods with
 * several), in a ScoreSet, its plain form or a restored plain form, without walking the position-aligned
 * arrays. The first look-up in a result set builds a map of its units (kept in a WeakMap), so later
 * look-ups cost a map access and a scan of one index's nodes.
 */
import { checkKind, checkObject } from "../arguments.js";
import type { PlainNodeScore, PlainScores, RestoredNodeScore, RestoredScores } from "./plain.js";
import type { NodeScore, ScoreSet } from "../score/types.js";

/** What to look up. */
export interface ScoreQuery {
  readonly entity: string;
  readonly period: string;
  /** A node id: the index root, a pillar or a group (e.g. `"justice"`). */
  readonly node: string;
  /** The index id, for methods with several indices; default: the first index (in method order) holding the node. */
  readonly index?: string;
}

type AnyScores = ScoreSet | PlainScores | RestoredScores;
type AnyUnit = AnyScores["units"][number];

/** The units of each result set by `entity \u0000 period`, built once per set. */
const unitMaps = new WeakMap<AnyScores, Map<string, AnyUnit>>();

function unitOf(results: AnyScores, entity: string, period: string): AnyUnit | undefined {
  let map = unitMaps.get(results);
  if (map === undefined) {
    map = new Map();
    for (const u of results.units) map.set(`${u.entity}\u0000${u.period}`, u);
    unitMaps.set(results, map);
  }
  return map.get(`${entity}\u0000${period}`);
}

/**
 * Finds the result of one node for one entity and period: its score (or the reason it has none), coverage,
 * answer counts and weights — and its rank, in a plain form made with ranks.
 *
 * @param results - a ScoreSet, a plain form (`toPlainScores`), or a restored one (`restoreScores`).
 * @param query - entity, period, node, and the index when the method has several.
 * @returns the node's result, or `undefined` when the unit, the index or the node is not in the results.
 * @throws never.
 * @example
 * ```ts
 * import { findScore, frameworks, methods, parseAssessments, score } from "principle10";
 * const edi = frameworks.get("edi-2015");
 * const { dataset } = parseAssessments("entity,period,indicator,response\nAA,2024,1.1,2\n", edi);
 * const scores = score(dataset, edi, methods.get("edi-2015"));
 * findScore(scores, { entity: "AA", period: "2024", node: "information" })?.score?.toString(); // "2"
 * findScore(scores, { entity: "AA", period: "2024", node: "justice" })?.reason?.code; // "no-answers"
 * findScore(scores, { entity: "ZZ", period: "2024", node: "justice" }); // undefined
 * ```
 */
export function findScore(results: ScoreSet, query: ScoreQuery): NodeScore | undefined;
export function findScore(results: PlainScores, query: ScoreQuery): PlainNodeScore | undefined;
export function findScore(results: RestoredScores, query: ScoreQuery): RestoredNodeScore | undefined;
export function findScore(
  results: AnyScores,
  query: ScoreQuery,
): NodeScore | PlainNodeScore | RestoredNodeScore | undefined {
  checkKind("results", results, "a score set, plain scores or restored scores", ["units", "framework"]);
  checkObject("query", query);
  const unit = unitOf(results, query.entity, query.period);
  if (unit === undefined) return undefined;
  for (const index of unit.indices) {
    if (query.index !== undefined && index.id !== query.index) continue;
    for (const node of index.nodes) if (node.id === query.node) return node;
    if (query.index !== undefined) return undefined;
  }
  return undefined;
}
