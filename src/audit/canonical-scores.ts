/**
 * The canonical form of a ScoreSet: one byte sequence per result, so that two runs agree bit for bit or
 * differ where the results differ (docs/DESIGN.md, "The pipeline", item 6). Decimals are canonical strings, keys are sorted
 * (RFC 8785 via {@link canonicalJson}), units follow entity then period, nodes the framework's pre-order.
 *
 * What it holds: framework and method ids and versions; per unit, every indicator's answer (status and
 * code), and per index every node's exact score or null with its reason code, coverage and answer counts,
 * and every indicator's value, weight, effective weight and contribution; gap values; scoring warnings.
 * What it leaves out on purpose: anything that depends on how the input was laid out (CSV line numbers,
 * file names) or that is not a result (entity names, notes, free-text messages). Lines travel in the
 * traceable JSON instead (`p10 score --format json --trace`).
 */
import { checkArgKind } from "../arguments.js";
import * as z from "zod/mini";
import { canonicalDecimal, type Dec } from "../decimal.js";
import { type NormalisationStatistic, recordsStatistics } from "../method/cohort.js";
import type { ScoreSet } from "../score/types.js";
import {
  type CanonicalValue,
  CanonicalJsonStream,
  CanonicalJsonText,
  canonicalJson,
  canonicalJsonChunks,
  type StreamableJsonValue,
} from "./canonical-json.js";
import { createSha256 } from "./hash.js";
import { joinChunks } from "../base/text-table.js";

/**
 * The format tag of canonical scores; changes only when their layout changes.
 *
 * @example
 * ```ts
 * import { CANONICAL_SCORES_FORMAT, canonicalScores, frameworks, methods, score } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, []), edi, methods.get("edi-2015"));
 * CANONICAL_SCORES_FORMAT; // "principle10-scores/1"
 * canonicalScores(set).format === CANONICAL_SCORES_FORMAT; // true
 * ```
 */
export const CANONICAL_SCORES_FORMAT = "principle10-scores/1";

const Decimal = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.regex(/^-?\d+(?:\.\d+)?$/, "expected a canonical decimal string"));
const NullableDecimal = /* @__PURE__ */ z.nullable(Decimal);
const Count = /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0));

const CanonicalAnswerSchema = /* @__PURE__ */ z.strictObject({
  indicator: /* @__PURE__ */ z.string(),
  status: /* @__PURE__ */ z.enum(["answered", "imputed", "missing", "absent", "not-applicable"]),
  /** The scale code of the answer; left out unless answered. */
  code: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});

const CanonicalNodeSchema = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z.string(),
  score: NullableDecimal,
  reason: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  coverage: NullableDecimal,
  answers: /* @__PURE__ */ z.strictObject({
    expected: Count,
    present: Count,
    missing: Count,
    notApplicable: Count,
    /** Filled by the method's imputation rule; only under a method that imputes. */
    imputed: /* @__PURE__ */ z.optional(Count),
  }),
  weight: NullableDecimal,
  effectiveWeight: NullableDecimal,
});

const CanonicalIndicatorSchema = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z.string(),
  value: NullableDecimal,
  weight: NullableDecimal,
  effectiveWeight: NullableDecimal,
  contribution: NullableDecimal,
});

const CanonicalUnitSchema = /* @__PURE__ */ z.strictObject({
  entity: /* @__PURE__ */ z.string(),
  period: /* @__PURE__ */ z.string(),
  answers: /* @__PURE__ */ z.array(CanonicalAnswerSchema),
  indices: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      id: /* @__PURE__ */ z.string(),
      nodes: /* @__PURE__ */ z.array(CanonicalNodeSchema),
      indicators: /* @__PURE__ */ z.array(CanonicalIndicatorSchema),
    }),
  ),
  gaps: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      id: /* @__PURE__ */ z.string(),
      nodes: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
      values: /* @__PURE__ */ z.array(NullableDecimal),
    }),
  ),
});

const DocumentId = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z.string(),
  version: /* @__PURE__ */ z.string(),
});

const CanonicalStatisticSchema = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z.string(),
  target: /* @__PURE__ */ z.enum(["indicator", "node"]),
  index: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  method: /* @__PURE__ */ z.enum(["z-score", "cohort-minmax"]),
  source: /* @__PURE__ */ z.enum(["pooled", "period", "reference-period", "stated"]),
  period: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  count: /* @__PURE__ */ z.nullable(Count),
  mean: /* @__PURE__ */ z.optional(Decimal),
  sd: /* @__PURE__ */ z.optional(Decimal),
  min: /* @__PURE__ */ z.optional(NullableDecimal),
  max: /* @__PURE__ */ z.optional(NullableDecimal),
});

/**
 * The zod schema of canonical scores (what {@link canonicalScores} returns and `*.scores.json` holds).
 *
 * @example
 * ```ts
 * import { canonicalScores, frameworks, methods, score } from "principle10";
 * import { CanonicalScoresSchema, createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * const set = score(ds, edi, methods.get("edi-2015"));
 * CanonicalScoresSchema.safeParse(canonicalScores(set)).success; // true
 * CanonicalScoresSchema.safeParse({ format: "principle10-scores/1" }).success; // false
 * ```
 */
export const CanonicalScoresSchema = /* @__PURE__ */ z
  .strictObject({
    format: /* @__PURE__ */ z.literal(CANONICAL_SCORES_FORMAT),
    framework: DocumentId,
    method: DocumentId,
    indices: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
    gaps: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
    warnings: /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.strictObject({
        code: /* @__PURE__ */ z.string(),
        path: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
      }),
    ),
    statistics: /* @__PURE__ */ z
      .optional(/* @__PURE__ */ z.array(CanonicalStatisticSchema))
      .check(
        /* @__PURE__ */ z.describe(
          "The statistics each cohort normalisation used (mean and sd, or min and max, per indicator or node and cohort, with their source); present only when the method states a scope, a reference or normaliseNodes.",
        ),
      ),
    units: /* @__PURE__ */ z.array(CanonicalUnitSchema),
  })
  .check(/* @__PURE__ */ z.describe("principle10 canonical scores: every exact result of one scoring run."));

/** Canonical scores: plain data, decimals as strings. */
export type CanonicalScores = z.output<typeof CanonicalScoresSchema>;
/** One unit of {@link CanonicalScores}. */
export type CanonicalUnit = CanonicalScores["units"][number];
/** One node of a unit's index in {@link CanonicalScores}. */
export type CanonicalNode = CanonicalUnit["indices"][number]["nodes"][number];
/** One indicator of a unit's index in {@link CanonicalScores}. */
export type CanonicalIndicator = CanonicalUnit["indices"][number]["indicators"][number];
/** One normalisation statistic in {@link CanonicalScores}. */
export type CanonicalStatistic = NonNullable<CanonicalScores["statistics"]>[number];
/** One answer of a unit in {@link CanonicalScores}. */
export type CanonicalAnswer = CanonicalUnit["answers"][number];

const text = (d: Dec | null): string | null => (d === null ? null : canonicalDecimal(d));

/**
 * Builds the canonical scores of a ScoreSet as plain data (see the module header for what is in it).
 *
 * @param scoreSet - the scores.
 * @returns the canonical value, ready for {@link canonicalJson} or for comparing field by field.
 * @example
 * ```ts
 * import { canonicalScores, frameworks, methods, score } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * canonicalScores(set).units[0]?.indices[0]?.nodes[0]?.score; // "3"
 * ```
 */
export function canonicalScores(scoreSet: ScoreSet): CanonicalScores {
  checkArgKind("scoreSet", scoreSet, "scoreSet");
  return { ...canonicalHead(scoreSet), units: scoreSet.units.map((_, u) => canonicalUnit(scoreSet, u)) };
}

/** Everything of the canonical scores but the units. */
function canonicalHead(scoreSet: ScoreSet): Omit<CanonicalScores, "units"> {
  const { framework, method } = scoreSet;
  return {
    format: CANONICAL_SCORES_FORMAT,
    framework: { id: framework.id, version: framework.version },
    method: { id: method.id, version: method.version },
    indices: scoreSet.indices.map((i) => i.id),
    gaps: scoreSet.gaps.map((g) => g.id),
    warnings: scoreSet.warnings.map((w) => ({ code: w.code, path: w.path ?? null })),
    ...(recordsStatistics(method) ? { statistics: (scoreSet.statistics ?? []).map(canonicalStatistic) } : {}),
  };
}

/**
 * The canonical form of one unit; `part` gives each answer, node and indicator its form (by default the
 * plain data; the chunk writer passes their canonical text, made once per shared object, and the value is
 * then only for writing: its parts are `CanonicalJsonText`, not data).
 */
function canonicalUnit(scoreSet: ScoreSet, u: number, part: PartForm = PLAIN_PARTS): CanonicalUnit {
  const unit = scoreSet.units[u]!;
  return {
    entity: unit.entity,
    period: unit.period,
    answers: unit.answers.map(part.answer),
    indices: unit.indices.map((index) => ({
      id: index.id,
      nodes: index.nodes.map(part.node),
      indicators: index.indicators.map(part.indicator),
    })),
    gaps: unit.gaps.map((gap, g) => ({
      id: gap.id,
      nodes: (scoreSet.gaps[g]?.nodes ?? []).map((n) => n.id),
      values: gap.values.map(text),
    })),
  } as CanonicalUnit;
}

type UnitScores = ScoreSet["units"][number];
type AnswerRecord = UnitScores["answers"][number];
type NodeScore = UnitScores["indices"][number]["nodes"][number];
type IndicatorScore = UnitScores["indices"][number]["indicators"][number];

/** How a unit's answers, nodes and indicators are written: as plain data, or as their canonical text. */
interface PartForm {
  readonly answer: (a: AnswerRecord) => CanonicalAnswer | CanonicalJsonText;
  readonly node: (n: NodeScore) => CanonicalNode | CanonicalJsonText;
  readonly indicator: (i: IndicatorScore) => CanonicalIndicator | CanonicalJsonText;
}

const canonicalAnswer = (a: AnswerRecord): CanonicalAnswer =>
  a.code === null
    ? { indicator: a.indicator, status: a.status }
    : { indicator: a.indicator, status: a.status, code: a.code };

const canonicalNode = (n: NodeScore): CanonicalNode => ({
  id: n.id,
  score: text(n.score),
  reason: n.reason === null ? null : n.reason.code,
  coverage: text(n.coverage),
  answers: {
    expected: n.answers.expected,
    present: n.answers.present,
    missing: n.answers.missing,
    notApplicable: n.answers.notApplicable,
    ...(n.answers.imputed === undefined ? {} : { imputed: n.answers.imputed }),
  },
  weight: text(n.weight),
  effectiveWeight: text(n.effectiveWeight),
});

const canonicalIndicator = (i: IndicatorScore): CanonicalIndicator => ({
  id: i.id,
  value: text(i.value),
  weight: text(i.weight),
  effectiveWeight: text(i.effectiveWeight),
  contribution: text(i.contribution),
});

const PLAIN_PARTS: PartForm = { answer: canonicalAnswer, node: canonicalNode, indicator: canonicalIndicator };

/** Canonical texts kept per shared object before the memo starts afresh (bounds memory). */
const TEXTS_KEPT = 1 << 16;

/**
 * The parts as canonical text, each made once per object: the engine shares one answer record per
 * indicator and code, and one result per node or indicator whenever units agree, so most of a unit is
 * text already written (on a million answers, writing every unit's parts again took 3.3 s of 3.8).
 */
function textParts(): PartForm {
  const texts = new Map<object, CanonicalJsonText>();
  const memo =
    <T extends object>(form: (x: T) => CanonicalValue) =>
    (x: T): CanonicalJsonText => {
      let t = texts.get(x);
      if (t === undefined) {
        if (texts.size >= TEXTS_KEPT) texts.clear();
        t = new CanonicalJsonText(canonicalJson(form(x)));
        texts.set(x, t);
      }
      return t;
    };
  return {
    answer: memo(canonicalAnswer as (a: AnswerRecord) => CanonicalValue),
    node: memo(canonicalNode as (n: NodeScore) => CanonicalValue),
    indicator: memo(canonicalIndicator as (i: IndicatorScore) => CanonicalValue),
  };
}

function canonicalStatistic(s: NormalisationStatistic): CanonicalStatistic {
  return {
    id: s.id,
    target: s.target,
    index: s.index,
    method: s.method,
    source: s.source,
    period: s.period,
    count: s.count,
    ...(s.mean === undefined ? {} : { mean: canonicalDecimal(s.mean) }),
    ...(s.sd === undefined ? {} : { sd: canonicalDecimal(s.sd) }),
    ...(s.min === undefined ? {} : { min: text(s.min) }),
    ...(s.max === undefined ? {} : { max: text(s.max) }),
  };
}

/** Units written into one piece of {@link canonicalScoreChunks}. */
const UNITS_PER_PIECE = 16;

/**
 * Writes the canonical scores in pieces, a few units at a time, for a file or a digest of a large set:
 * joined, the pieces are {@link canonicalScoreSet}'s text, byte for byte.
 *
 * @param scoreSet - the scores.
 * @returns the pieces.
 */
export function* canonicalScoreChunks(scoreSet: ScoreSet): Generator<string, void, undefined> {
  const parts = textParts();
  function* units(): Generator<string, void, undefined> {
    let text = "[";
    for (let u = 0; u < scoreSet.units.length; u++) {
      text += (u === 0 ? "" : ",") + canonicalUnitText(scoreSet, u, parts);
      if ((u + 1) % UNITS_PER_PIECE === 0) {
        yield text;
        text = "";
      }
    }
    yield `${text}]`;
  }
  yield* canonicalJsonChunks({ ...canonicalHead(scoreSet), units: new CanonicalJsonStream(units) });
}

/** One unit's canonical text, its parts written by `parts`. */
function canonicalUnitText(scoreSet: ScoreSet, u: number, parts: PartForm): string {
  return joinChunks(canonicalJsonChunks(canonicalUnit(scoreSet, u, parts) as StreamableJsonValue));
}

/**
 * The SHA-256 of the canonical scores (the output digest of a manifest), computed over the pieces of
 * {@link canonicalScoreChunks} without holding the whole text.
 *
 * @param scoreSet - the scores.
 * @returns 64 lowercase hex digits, equal to `sha256Hex(canonicalScoreSet(scoreSet))`.
 */
export function canonicalScoresSha256(scoreSet: ScoreSet): string {
  const hasher = createSha256();
  const utf8 = new TextEncoder();
  for (const chunk of canonicalScoreChunks(scoreSet)) hasher.update(utf8.encode(chunk));
  return hasher.hex();
}

/**
 * Writes a ScoreSet's canonical scores as canonical JSON: equal results give equal strings, on every
 * platform, whatever the order of the input rows. Its SHA-256 is the output hash of a manifest.
 *
 * @param scoreSet - the scores.
 * @returns the canonical JSON text (no trailing newline).
 * @throws P10Error `P10_CANONICAL_VALUE` only on a corrupted ScoreSet (never for one made by `score`).
 * @example
 * ```ts
 * import { frameworks, methods, score } from "principle10";
 * import { canonicalScoreSet, createDataset, sha256Hex } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, []), edi, methods.get("edi-2015"));
 * sha256Hex(canonicalScoreSet(set)).length; // 64
 * ```
 */
export function canonicalScoreSet(scoreSet: ScoreSet): string {
  return canonicalJson(canonicalScores(scoreSet));
}
