/**
 * Change over time: for each entity and node, the score and rank in two periods and their difference,
 * taken on exact scores. A change that may come from missing answers rather than from the law is flagged:
 * coverage or answers present fell between the periods (the OECD/JRC Handbook's warning that imputation
 * and coverage drive apparent progress).
 */
import { checkKind } from "../arguments.js";
import { closestMatch } from "../assessment/closest.js";
import { compareCodePoints } from "../base/code-points.js";
import { type Dec, P10Decimal, roundForDisplay } from "../decimal.js";
import { P10Error } from "../errors.js";
import type { NodeLevel } from "../framework/schema.js";
import { displayScore } from "../method/presentation.js";
import type { ChangeConvention, Presentation } from "../method/schema.js";
import type { IndexDescriptor, NodeScore, ScoreSet } from "../score/types.js";
import { assertComparable, type ComparableOptions, type Provenance, provenance } from "./comparable.js";
import { type RankOptions, type RankSet, rank } from "./rank.js";

/** One side of a comparison: results and the period to read from them. */
export interface PeriodSlice {
  readonly scoreSet: ScoreSet;
  readonly period: string;
  /** Ranks of `scoreSet`; default `rank(scoreSet, { ties, on })` with the report's options. */
  readonly ranks?: RankSet;
}

/** Options of {@link changeReport}. */
export interface ChangeOptions extends ComparableOptions, Pick<RankOptions, "ties" | "on"> {
  /** The index to compare (its id in the method); default the first index. */
  readonly index?: string;
  /**
   * Only these node ids (of the later framework); default every internal node of the index, in pre-order.
   * Without `index`, each id is looked up in every index (a framework with several roots: `["obi", "leg"]`).
   */
  readonly nodes?: readonly string[];
  /**
   * How the change is shown: `exact` (the exact change, rounded) or `displayed` (the difference of the
   * displayed scores, as publishers print it); default the later method's `presentation.change`, else exact.
   */
  readonly change?: ChangeConvention;
}

/** Why a change deserves a second look. */
export interface ChangeFlag {
  /**
   * - `coverage-fell`: missing answers grew (and with them coverage or the answers present may have
   *   fallen): the change may reflect missing answers rather than a change in law or practice;
   * - `applicable-fell`: more answers were *not applicable* and none more was missing: fewer questions
   *   apply, which is not missing data;
   * - `not-assessed`: the entity has no results in one of the periods;
   * - `no-score`: the node has no score in one of the periods (the reason is given);
   * - `not-in-framework`: the node does not exist in the earlier framework (across a crosswalk).
   */
  readonly code: "coverage-fell" | "applicable-fell" | "not-assessed" | "no-score" | "not-in-framework";
  /** A sentence, e.g. `coverage fell 1.00 → 0.67: the change may reflect missing answers`. */
  readonly message: string;
}

/** What one entity's node was in one period. */
export interface ChangeSide {
  /** Whether the entity has results in this period. */
  readonly assessed: boolean;
  readonly score: Dec | null;
  readonly rank: number | null;
  /** How many units of the period have a score for the node. */
  readonly outOf: number;
  readonly coverage: Dec | null;
  /** Entering indicators answered with a level (`null` when not assessed). */
  readonly present: number | null;
  /** Entering indicators missing or without a row (`null` when not assessed). */
  readonly missing: number | null;
  /** Entering indicators answered *not applicable* (`null` when not assessed). */
  readonly notApplicable: number | null;
}

/** One entity × node. */
export interface ChangeRow {
  readonly entity: string;
  /** The node id (of the later framework). */
  readonly node: string;
  readonly level: NodeLevel;
  readonly from: ChangeSide;
  readonly to: ChangeSide;
  /** `to.score − from.score`, exact; `null` when either is null. */
  readonly change: Dec | null;
  /**
   * The difference of the displayed (rounded) scores, e.g. 50 − 44 = 6 where the exact change 5.49 shows
   * as 5; `null` when either score is null.
   */
  readonly displayedChange: Dec | null;
  /** `from.rank − to.rank`: positive when the entity climbed; `null` when either is null. */
  readonly rankChange: number | null;
  /** Empty when the change reads as it is. */
  readonly flags: readonly ChangeFlag[];
}

/** The change between two periods for every entity and node. */
export interface ChangeReport {
  readonly from: { readonly period: string } & Provenance;
  readonly to: { readonly period: string } & Provenance;
  /** The crosswalk that bridged the framework versions, or `null`. */
  readonly crosswalk: string | null;
  /** The index compared (that of the first node, when the nodes come from several indices). */
  readonly index: string;
  /** The nodes compared, in the order asked (default framework pre-order of the later results). */
  readonly nodes: readonly { readonly id: string; readonly level: NodeLevel; readonly title: string }[];
  /** How scores are shown (the later method's; the guard made both methods equal). */
  readonly presentation: Presentation;
  /** Which change the outputs show: the exact change rounded, or the difference of the displayed scores. */
  readonly change: ChangeConvention;
  readonly ties: RankSet["ties"];
  readonly on: RankSet["on"];
  /** Display names of entities, when the inputs gave them. */
  readonly entityNames: ReadonlyMap<string, string>;
  /** Entities (code-point order) × nodes (pre-order). */
  readonly rows: readonly ChangeRow[];
  /**
   * `true` when published score sets of different frameworks or methods were compared on purpose
   * (`compareScoreFiles` with `acrossFrameworks`): the instruments differ.
   */
  readonly acrossFrameworks?: boolean;
}

/**
 * Compares two periods: per entity and node, the score and rank in each, the exact change, the rank change
 * and flags where coverage or answers fell. The results must be comparable (same framework version and
 * method, or a crosswalk between the framework versions); both may be the same ScoreSet.
 *
 * @param from - the earlier results and period.
 * @param to - the later results and period.
 * @param options - index, nodes, tie rule, crosswalk.
 * @returns the report; rows for every entity assessed in either period.
 * @throws P10Error `P10_NOT_COMPARABLE` (see `assertComparable`); `P10_UNKNOWN_PERIOD` when a period has
 *   no results; `P10_UNKNOWN_INDEX`, `P10_UNKNOWN_NODE` for an index or node id that does not exist.
 * @example
 * ```ts
 * import { changeReport, frameworks, methods, score } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [
 *   { entity: "AA", period: "2014", indicator: "1.1", code: 1 },
 *   { entity: "AA", period: "2024", indicator: "1.1", code: 3 },
 * ]);
 * const set = score(ds, edi, methods.get("edi-2015"));
 * const report = changeReport({ scoreSet: set, period: "2014" }, { scoreSet: set, period: "2024" }, { nodes: ["edi"] });
 * report.rows[0]?.change?.toString(); // "2" (3 − 1)
 * ```
 */
export function changeReport(from: PeriodSlice, to: PeriodSlice, options: ChangeOptions = {}): ChangeReport {
  checkKind("from", from, "a period slice ({ scoreSet, period })", ["scoreSet", "period"]);
  checkKind("to", to, "a period slice ({ scoreSet, period })", ["scoreSet", "period"]);
  assertComparable(from.scoreSet, to.scoreSet, options);
  for (const slice of [from, to]) requirePeriod(slice);
  const later = to.scoreSet;
  const targets = nodeTargets(later, options);
  const rankOptions = {
    ...(options.ties === undefined ? {} : { ties: options.ties }),
    ...(options.on === undefined ? {} : { on: options.on }),
  };
  const ranksTo = to.ranks ?? rank(later, rankOptions);
  const ranksFrom =
    from.ranks ??
    (from.scoreSet === later && to.ranks === undefined ? ranksTo : rank(from.scoreSet, rankOptions));
  const unitsFrom = unitsOf(from);
  const unitsTo = unitsOf(to);
  const entities = [...new Set([...unitsFrom.keys(), ...unitsTo.keys()])].sort(compareCodePoints);
  const presentation = later.method.presentation;
  const earlier = from.scoreSet.framework;
  const bridged = earlier.id !== later.framework.id || earlier.version !== later.framework.version;
  const rows: ChangeRow[] = [];
  for (const entity of entities) {
    for (const { k, node } of targets) {
      const kFrom = from.scoreSet.indices.findIndex((ix) => ix.id === later.indices[k]?.id);
      const fromIndex = from.scoreSet.indices[kFrom];
      // The root is matched by position (its id is the framework root's); other nodes by id.
      const posFrom = node.pos === 0 ? 0 : (fromIndex?.nodes.findIndex((n) => n.id === node.id) ?? -1);
      const a = side(from.scoreSet, ranksFrom, kFrom, posFrom, unitsFrom.get(entity));
      const b = side(later, ranksTo, k, node.pos, unitsTo.get(entity));
      rows.push({
        entity,
        node: node.id,
        level: node.level,
        from: a.side,
        to: b.side,
        change: a.side.score === null || b.side.score === null ? null : b.side.score.minus(a.side.score),
        displayedChange: displayedDifference(a.side.score, b.side.score, presentation),
        rankChange: a.side.rank === null || b.side.rank === null ? null : a.side.rank - b.side.rank,
        flags: flagsOf(a, b, from.period, to.period, posFrom >= 0, from.scoreSet),
      });
    }
  }
  return {
    from: { period: from.period, ...provenance(from.scoreSet) },
    to: { period: to.period, ...provenance(later) },
    crosswalk: bridged && options.crosswalk !== undefined ? options.crosswalk.id : null,
    index: later.indices[targets[0]?.k ?? 0]?.id ?? "",
    nodes: targets.map(({ node: n }) => ({ id: n.id, level: n.level, title: n.title })),
    presentation,
    change: options.change ?? presentation.change ?? "exact",
    ties: ranksTo.ties,
    on: ranksTo.on,
    entityNames: new Map([...from.scoreSet.dataset.entityNames, ...later.dataset.entityNames]),
    rows,
  };
}

interface SideResult {
  readonly side: ChangeSide;
  readonly node: NodeScore | undefined;
}

function side(
  scoreSet: ScoreSet,
  ranks: RankSet,
  k: number,
  pos: number,
  unit: number | undefined,
): SideResult {
  const node =
    unit === undefined || k < 0 || pos < 0 ? undefined : scoreSet.units[unit]?.indices[k]?.nodes[pos];
  const nodeRanks = ranks.indices[k]?.nodes[pos];
  return {
    node,
    side: {
      assessed: unit !== undefined,
      score: node?.score ?? null,
      rank: unit === undefined ? null : (nodeRanks?.ranks[unit] ?? null),
      outOf: unit === undefined ? 0 : (nodeRanks?.outOf[unit] ?? 0),
      coverage: node?.coverage ?? null,
      present: node === undefined ? null : node.answers.present,
      missing: node === undefined ? null : node.answers.missing,
      notApplicable: node === undefined ? null : node.answers.notApplicable,
    },
  };
}

function flagsOf(
  a: SideResult,
  b: SideResult,
  fromPeriod: string,
  toPeriod: string,
  inFramework: boolean,
  earlier: ScoreSet,
): ChangeFlag[] {
  const flags: ChangeFlag[] = [];
  if (!inFramework) {
    flags.push({
      code: "not-in-framework",
      message: `not in ${earlier.framework.id} ${earlier.framework.version} (the ${fromPeriod} framework)`,
    });
  }
  for (const [s, period] of [
    [a, fromPeriod],
    [b, toPeriod],
  ] as const) {
    if (!s.side.assessed) flags.push({ code: "not-assessed", message: `not assessed in ${period}` });
    else if (s.node !== undefined && s.node.score === null) {
      flags.push({
        code: "no-score",
        message: `no score in ${period}: ${s.node.reason?.message ?? "unknown"}`,
      });
    }
  }
  // A change exists only when both periods have a score; then say whether fewer answers stood behind it,
  // and why: more missing answers (the change may reflect them), or more questions that do not apply.
  if (a.side.score === null || b.side.score === null) return flags;
  const ma = a.side.missing ?? 0;
  const mb = b.side.missing ?? 0;
  const pa = a.side.present;
  const pb = b.side.present;
  if (mb > ma) {
    const fell: string[] = [];
    const ca = a.side.coverage;
    const cb = b.side.coverage;
    if (ca !== null && cb?.lt(ca)) fell.push(`coverage fell ${percent(ca)} → ${percent(cb)}`);
    if (pa !== null && pb !== null && pb < pa) fell.push(`answers present fell ${pa} → ${pb}`);
    if (fell.length === 0) fell.push(`missing answers rose ${ma} → ${mb}`);
    flags.push({
      code: "coverage-fell",
      message: `${fell.join(" and ")}: the change may reflect missing answers`,
    });
  }
  const na = a.side.notApplicable ?? 0;
  const nb = b.side.notApplicable ?? 0;
  if (nb > na && mb <= ma) {
    const present = pa !== null && pb !== null && pb < pa ? ` (answers present ${pa} → ${pb})` : "";
    flags.push({
      code: "applicable-fell",
      message: `not-applicable answers rose ${na} → ${nb}${present}: fewer questions apply`,
    });
  }
  return flags;
}

/** The difference of the two scores as displayed (each rounded by the method first); `null` if either is null. */
function displayedDifference(from: Dec | null, to: Dec | null, presentation: Presentation): Dec | null {
  const a = displayScore(from, presentation);
  const b = displayScore(to, presentation);
  return a === null || b === null ? null : new P10Decimal(b).minus(new P10Decimal(a));
}

/**
 * The change a report shows for a row under its convention: the exact change, or the difference of the
 * displayed scores.
 *
 * @param report - the report (its `change` convention).
 * @param row - one of its rows.
 * @returns the change to show (rounded by the writers), or `null`.
 */
export function shownChange(report: Pick<ChangeReport, "change">, row: ChangeRow): Dec | null {
  return report.change === "displayed" ? row.displayedChange : row.change;
}

/** A coverage share with two decimals, as in `1.00 → 0.67`. */
const percent = (v: Dec): string => roundForDisplay(v, 2, "half-even");

function unitsOf(slice: PeriodSlice): Map<string, number> {
  const units = new Map<string, number>();
  slice.scoreSet.units.forEach((u, i) => {
    if (u.period === slice.period) units.set(u.entity, i);
  });
  return units;
}

function requirePeriod(slice: PeriodSlice): void {
  if (slice.scoreSet.units.some((u) => u.period === slice.period)) return;
  const periods = [...new Set(slice.scoreSet.units.map((u) => u.period))].sort(compareCodePoints);
  throw new P10Error(
    "P10_UNKNOWN_PERIOD",
    `period "${slice.period}" has no results; the periods are ${periods.join(", ") || "(none)"}`,
  );
}

function indexPosition(scoreSet: ScoreSet, id: string | undefined): number {
  if (id === undefined) return 0;
  const k = scoreSet.indices.findIndex((ix) => ix.id === id);
  if (k >= 0) return k;
  throw new P10Error(
    "P10_UNKNOWN_INDEX",
    `method ${scoreSet.method.id} has no index "${id}"; its indices are ${scoreSet.indices.map((i) => i.id).join(", ")}`,
  );
}

/**
 * The nodes to compare with the index each belongs to: every node of the chosen index by default; else
 * each id in the chosen index, or, when no index is chosen and the framework has several roots, in the
 * index (root) that holds it.
 */
function nodeTargets(
  scoreSet: ScoreSet,
  options: Pick<ChangeOptions, "index" | "nodes">,
): { readonly k: number; readonly node: IndexDescriptor["nodes"][number] }[] {
  const chosen = indexPosition(scoreSet, options.index);
  const index = scoreSet.indices[chosen] as IndexDescriptor;
  if (options.nodes === undefined) return index.nodes.map((node) => ({ k: chosen, node }));
  const searched =
    options.index === undefined && scoreSet.framework.roots.length > 1
      ? scoreSet.indices.map((_, k) => k)
      : [chosen];
  return options.nodes.map((id) => {
    for (const k of searched) {
      const node = scoreSet.indices[k]?.nodes.find((n) => n.id === id);
      if (node !== undefined) return { k, node };
    }
    const known = searched.flatMap((k) => scoreSet.indices[k]?.nodes.map((n) => n.id) ?? []);
    const guess = closestMatch(id, known);
    const indicator = scoreSet.framework.indicatorById.has(id);
    const where =
      searched.length === 1
        ? `index ${index.id}`
        : `any index (${scoreSet.indices.map((i) => i.id).join(", ")})`;
    throw new P10Error(
      "P10_UNKNOWN_NODE",
      `node "${id}" is not a node of ${where}` +
        (indicator ? " (it is an indicator; compare the group, pillar or index above it)" : "") +
        (guess === undefined ? "" : ` (did you mean "${guess}"?)`),
    );
  });
}
