/**
 * Results you can move: a plain, JSON-safe form of a ScoreSet (with its ranks, when given) that survives
 * `structuredClone`, `postMessage` to a Web Worker and `JSON.stringify`, and the function that gets the
 * exact values back. Exact values travel as strings in plain decimal notation (`"2.1203703703…"`, every one
 * of the 50 significant digits), never as JSON numbers, so nothing is lost in transit: restoring gives
 * decimals equal to the originals. Fractions (`exact`, `exactContribution`) travel as they are, `"229/108"`.
 * The plain form names the framework and method (id and version) instead of carrying them.
 */
import { checkArgKind, checkKind } from "../arguments.js";
import { type Dec, dec } from "../decimal.js";
import type { P10Issue } from "../errors.js";
import type { RankSet } from "../compare/rank.js";
import type { AnswerCounts, NullReason, ScoreSet } from "../score/types.js";

/** Identifies the plain form and its version (the `format` field). */
const PLAIN_SCORES_FORMAT = "principle10.plain-scores/1";

/** A node's result in plain form: exact decimals as strings. */
export interface PlainNodeScore {
  readonly id: string;
  readonly score: string | null;
  readonly exact: string | null;
  readonly reason: NullReason | null;
  readonly coverage: string | null;
  readonly answers: AnswerCounts;
  readonly weight: string | null;
  readonly effectiveWeight: string | null;
  /** The rank within the period (and group), when ranks were given to {@link toPlainScores}. */
  readonly rank?: number | null;
  /** How many units of the period (and group) have a score for this node, when ranks were given. */
  readonly outOf?: number;
}

/** An indicator's part in plain form. */
export interface PlainIndicatorScore {
  readonly id: string;
  readonly value: string | null;
  readonly weight: string | null;
  readonly effectiveWeight: string | null;
  readonly exactEffectiveWeight: string | null;
  readonly contribution: string | null;
  readonly exactContribution: string | null;
}

/** One unit (entity × period) in plain form. */
export interface PlainUnitScores {
  readonly entity: string;
  readonly period: string;
  /** Aligned with {@link PlainScores.indices}. */
  readonly indices: readonly {
    readonly id: string;
    readonly nodes: readonly PlainNodeScore[];
    readonly indicators: readonly PlainIndicatorScore[];
  }[];
  /** Aligned with {@link PlainScores.gaps}. */
  readonly gaps: readonly { readonly id: string; readonly values: readonly (string | null)[] }[];
}

/** A ScoreSet (and optionally its RankSet) as plain data: strings, numbers, booleans, null, arrays, objects. */
export interface PlainScores {
  readonly format: typeof PLAIN_SCORES_FORMAT;
  readonly framework: { readonly id: string; readonly version: string };
  readonly method: { readonly id: string; readonly version: string };
  /** The indices, each with its node and indicator ids in the order of every unit's arrays. */
  readonly indices: readonly {
    readonly id: string;
    readonly nodes: readonly string[];
    readonly indicators: readonly string[];
  }[];
  /** The gaps, each with its node ids in the order of every unit's values. */
  readonly gaps: readonly { readonly id: string; readonly nodes: readonly string[] }[];
  /** The ranking rules, when ranks were given. */
  readonly ranks: {
    readonly ties: RankSet["ties"];
    readonly on: RankSet["on"];
    readonly grouped: boolean;
  } | null;
  readonly units: readonly PlainUnitScores[];
  readonly warnings: readonly P10Issue[];
}

/** A node's result with its exact decimals restored. */
export interface RestoredNodeScore
  extends Omit<PlainNodeScore, "score" | "coverage" | "weight" | "effectiveWeight"> {
  readonly score: Dec | null;
  readonly coverage: Dec | null;
  readonly weight: Dec | null;
  readonly effectiveWeight: Dec | null;
}

/** An indicator's part with its exact decimals restored. */
export interface RestoredIndicatorScore
  extends Omit<PlainIndicatorScore, "value" | "weight" | "effectiveWeight" | "contribution"> {
  readonly value: Dec | null;
  readonly weight: Dec | null;
  readonly effectiveWeight: Dec | null;
  readonly contribution: Dec | null;
}

/** One unit with its exact decimals restored. */
export interface RestoredUnitScores {
  readonly entity: string;
  readonly period: string;
  readonly indices: readonly {
    readonly id: string;
    readonly nodes: readonly RestoredNodeScore[];
    readonly indicators: readonly RestoredIndicatorScore[];
  }[];
  readonly gaps: readonly { readonly id: string; readonly values: readonly (Dec | null)[] }[];
}

/** A plain form with every exact decimal restored: same layout, decimals instead of strings. */
export interface RestoredScores extends Omit<PlainScores, "units"> {
  readonly units: readonly RestoredUnitScores[];
}

/** A decimal as lossless plain text (every digit, no exponent); `null` stays `null`. */
const text = (d: Dec | null): string | null => (d === null ? null : d.isZero() ? "0" : d.toFixed());
/** The decimal a plain text stands for. */
const decimal = (s: string | null): Dec | null => (s === null ? null : dec(s));

/**
 * Turns a ScoreSet, and its ranks when given, into plain data that survives `structuredClone`,
 * `postMessage` and `JSON.stringify` with every exact value intact (as strings).
 *
 * @param scoreSet - the scores.
 * @param ranks - the ranks of the same scores (`rank(scoreSet)`), to carry `rank` and `outOf` per node.
 * @returns the plain form.
 * @throws never.
 * @example
 * ```ts
 * import { frameworks, methods, rank, score, parseAssessments, toPlainScores } from "principle10";
 * const edi = frameworks.get("edi-2015");
 * const { dataset } = parseAssessments("entity,period,indicator,response\nAA,2024,1.1,2\n", edi);
 * const scores = score(dataset, edi, methods.get("edi-2015"));
 * const plain = structuredClone(toPlainScores(scores, rank(scores)));
 * plain.units[0]?.indices[0]?.nodes[0]?.score; // "2"
 * plain.units[0]?.indices[0]?.nodes[0]?.rank; // 1
 * ```
 */
export function toPlainScores(scoreSet: ScoreSet, ranks?: RankSet): PlainScores {
  checkArgKind("scoreSet", scoreSet, "scoreSet");
  return {
    format: PLAIN_SCORES_FORMAT,
    framework: { id: scoreSet.framework.id, version: scoreSet.framework.version },
    method: { id: scoreSet.method.id, version: scoreSet.method.version },
    indices: scoreSet.indices.map((x) => ({
      id: x.id,
      nodes: x.nodes.map((n) => n.id),
      indicators: x.indicators.map((i) => i.id),
    })),
    gaps: scoreSet.gaps.map((g) => ({ id: g.id, nodes: g.nodes.map((n) => n.id) })),
    ranks: ranks === undefined ? null : { ties: ranks.ties, on: ranks.on, grouped: ranks.grouped },
    units: scoreSet.units.map((u, at) => ({
      entity: u.entity,
      period: u.period,
      indices: u.indices.map((x, k) => ({
        id: x.id,
        nodes: x.nodes.map((n, p) => {
          const node = ranks?.indices[k]?.nodes[p];
          return {
            id: n.id,
            score: text(n.score),
            exact: n.exact,
            reason: n.reason === null ? null : { code: n.reason.code, message: n.reason.message },
            coverage: text(n.coverage),
            answers: { ...n.answers },
            weight: text(n.weight),
            effectiveWeight: text(n.effectiveWeight),
            ...(node === undefined ? {} : { rank: node.ranks[at] ?? null, outOf: node.outOf[at] ?? 0 }),
          };
        }),
        indicators: x.indicators.map((i) => ({
          id: i.id,
          value: text(i.value),
          weight: text(i.weight),
          effectiveWeight: text(i.effectiveWeight),
          exactEffectiveWeight: i.exactEffectiveWeight,
          contribution: text(i.contribution),
          exactContribution: i.exactContribution,
        })),
      })),
      gaps: u.gaps.map((g) => ({ id: g.id, values: g.values.map(text) })),
    })),
    warnings: scoreSet.warnings.map((w) => ({ ...w })),
  };
}

/**
 * Gets the exact values back from a plain form (after `structuredClone`, `postMessage` or
 * `JSON.parse`): every decimal string becomes a decimal equal to the original.
 *
 * @param plain - what {@link toPlainScores} returned, possibly cloned or parsed from JSON.
 * @returns the same layout with decimals.
 * @throws TypeError when a value is not a plain decimal string (the data was altered).
 * @example
 * ```ts
 * import { frameworks, methods, parseAssessments, restoreScores, score, toPlainScores } from "principle10";
 * const edi = frameworks.get("edi-2015");
 * const { dataset } = parseAssessments("entity,period,indicator,response\nAA,2024,1.1,2\nAA,2024,1.2,1\n", edi);
 * const scores = score(dataset, edi, methods.get("edi-2015"));
 * const restored = restoreScores(JSON.parse(JSON.stringify(toPlainScores(scores))));
 * restored.units[0]?.indices[0]?.nodes[0]?.score?.eq(scores.units[0]!.indices[0]!.nodes[0]!.score!); // true
 * ```
 */
export function restoreScores(plain: PlainScores): RestoredScores {
  checkKind("plain", plain, "plain scores (toPlainScores)", ["format", "units"]);
  return {
    ...plain,
    units: plain.units.map((u) => ({
      entity: u.entity,
      period: u.period,
      indices: u.indices.map((x) => ({
        id: x.id,
        nodes: x.nodes.map((n) => ({
          ...n,
          score: decimal(n.score),
          coverage: decimal(n.coverage),
          weight: decimal(n.weight),
          effectiveWeight: decimal(n.effectiveWeight),
        })),
        indicators: x.indicators.map((i) => ({
          ...i,
          value: decimal(i.value),
          weight: decimal(i.weight),
          effectiveWeight: decimal(i.effectiveWeight),
          contribution: decimal(i.contribution),
        })),
      })),
      gaps: u.gaps.map((g) => ({ id: g.id, values: g.values.map(decimal) })),
    })),
  };
}
