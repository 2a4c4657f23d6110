/**
 * The float64 fast path of the scoring engine, for Monte Carlo runs: the framework × method × dataset is
 * compiled once into flat typed arrays, and each run scores every unit with plain doubles and no allocation.
 * Its rules are those of the exact engine (src/score/: coverage, missing drop/zero, not applicable left out,
 * arithmetic/geometric/harmonic/generalised means, minimum and sum, the zeros rule, flat-equal weights
 * counted per unit); its nominal run agrees
 * with the exact scores to 1e-9 (test/uncertainty/fast-scorer.test.ts). Never use it for official scores.
 */
import { ABSENT, type Dataset, MISSING, NOT_APPLICABLE } from "../assessment/dataset.js";
import { type CanonicalValue, canonicalJson } from "../audit/canonical-json.js";
import { P10Error } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import {
  AGGREGATION_FUNCTIONS,
  AGGREGATIONS,
  type AggregationFunction,
  type AggregationRule,
  aggregateFloat,
} from "../method/aggregation.js";
import { normaliseAnswerTables } from "../method/normalisation.js";
import type {
  AggregatingLevel,
  AggregationSpec,
  Method,
  NormalisationSpec,
  ZerosRule,
} from "../method/schema.js";
import { imputeDataset } from "../score/imputation.js";
import { nullReasonNumber, structuralNullReason } from "../score/null-reason.js";
import { compilePlan, type IndexPlan } from "../score/plan.js";

/**
 * Aggregation codes of the fast path (the `function` of an {@link AggregationSpec}): positions in the
 * aggregation table (src/method/aggregation.ts), which holds each function's exact and float implementations:
 * `arithmetic` 0, `geometric` 1, `harmonic` 2, `generalised` 3, `minimum` 4, `sum` 5.
 */
export const FAST_AGGREGATION = /* @__PURE__ */ Object.fromEntries(
  AGGREGATION_FUNCTIONS.map((f, code) => [f, code]),
) as Readonly<Record<AggregationFunction, number>>;

/** The table's entries by fast-path code. */
const RULES: readonly AggregationRule[] = AGGREGATION_FUNCTIONS.map((f) => AGGREGATIONS[f]);

/** Zeros-rule codes of the fast path. */
export const FAST_ZEROS = { zero: 0, offset: 1, fail: 2 } as const satisfies Record<ZerosRule, number>;

/** The zeros rules by fast-path code. */
const ZEROS_RULES: readonly ZerosRule[] = ["zero", "offset", "fail"];

/**
 * A coverage test `present · den ≥ applicable · num` passes when it fails by less than this relative
 * amount: float weight sums of decimal weights are off by a few ulps where the exact sums are equal.
 */
const COVERAGE_SLACK = 1 - 1e-12;

/** One index compiled into flat arrays. Nodes keep the plan's pre-order, so children come after parents. */
export interface FastIndex {
  readonly id: string;
  readonly nodeIds: readonly string[];
  readonly nodeLevels: readonly AggregatingLevel[];
  /** Children of node `pos` are the child slots `childStart[pos]` … `childStart[pos + 1] − 1`. */
  readonly childStart: Int32Array;
  /** 1 when the child slot holds an indicator. */
  readonly childIndicator: Uint8Array;
  /** The child's node position, or the indicator's framework ordinal. */
  readonly childRef: Int32Array;
  /** The child's framework id. */
  readonly childIds: readonly string[];
  /** The child's level (`indicator` for indicators). */
  readonly childLevels: readonly string[];
  /** The method's raw weight of each child slot. */
  readonly baseWeight: Float64Array;
  /**
   * `flat-equal`: a child slot's weight in a run is its count of contributing indicators (aggregation) or
   * of applicable indicators (coverage), times the run's factor on the slot, `weights[c] / baseWeight[c]`
   * (1 in the nominal run), as the exact engine's counts (see `buildShape`).
   */
  readonly countsIndicators: boolean;
  /** Minimum coverage of each node as numerator and denominator. */
  readonly coverageNum: Float64Array;
  readonly coverageDen: Float64Array;
  /** The method's aggregation of each node ({@link FAST_AGGREGATION}) and exponent (generalised mean). */
  readonly aggregation: Int8Array;
  readonly power: Float64Array;
}

/** The compiled model: indices, and the normalised answers of every unit under each normalisation. */
export interface FastModel {
  /** Framework indicators per unit (the row width of the value tables). */
  readonly width: number;
  readonly unitCount: number;
  readonly indices: readonly FastIndex[];
  /** The normalisations compiled; `normalisations[0]` is the method's. */
  readonly normalisations: readonly NormalisationSpec[];
  /** Per normalisation: `unit × width + ordinal` → normalised value, NaN when missing or not applicable. */
  readonly values: readonly Float64Array[];
  /**
   * Per normalisation: the largest value a scored answer can take (over every level of every indicator
   * entering an index), the top of the normalised range.
   */
  readonly tops: readonly number[];
  /** `unit × width + ordinal` → 1 when the answer is *not applicable*. */
  readonly notApplicable: Uint8Array;
  /** The method's missing policy is "zero" (drop and fail both leave missing answers out). */
  readonly missingZero: boolean;
  /** The method's zeros rule ({@link FAST_ZEROS}) and offset. */
  readonly zerosRule: number;
  readonly offset: number;
}

/** The settings of one run; {@link resetRunState} puts back the method's. */
export interface RunState {
  /** Per index: the weight of each child slot. */
  readonly weights: Float64Array[];
  /** Per index: the aggregation code and exponent of each node. */
  readonly aggregation: Int8Array[];
  readonly power: Float64Array[];
  /** Per index: 1 for a child slot left out of the run (treated as not applicable). */
  readonly excluded: Uint8Array[];
  /** Missing answers count as 0. */
  missingZero: boolean;
  /** The position of the normalisation in {@link FastModel.values}. */
  normalisation: number;
  zerosRule: number;
  offset: number;
}

/**
 * Compiles a framework, method and dataset for the fast path.
 *
 * @param dataset - the answers.
 * @param framework - their framework.
 * @param method - the nominal method (a missing policy "fail" is scored as "drop": check completeness
 *   with the exact engine first).
 * @param options - `normalisations`: extra normalisations to tabulate (duplicates of one another or of
 *   the method's are kept once; see {@link FastModel.normalisations}).
 * @returns the model.
 * @throws P10Error `P10_FRAMEWORK_MISMATCH` when the dataset was read for another framework;
 *   `P10_METHOD_INVALID` as `compilePlan`; `P10_UNCERTAINTY_NORMALISED_NODES` for a method with `normaliseNodes`.
 * @example
 * ```ts
 * import { frameworks, methods } from "principle10";
 * import { compileFastModel } from "./fast-scorer.js";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * compileFastModel(ds, edi, methods.get("edi-2015")).indices[0]?.nodeIds.length; // 27
 * ```
 */
export function compileFastModel(
  dataset: Dataset,
  framework: Framework,
  method: Method,
  options: { readonly normalisations?: readonly NormalisationSpec[] } = {},
): FastModel {
  if (dataset.framework.id !== framework.id || dataset.indicators.length !== framework.indicators.length) {
    throw new P10Error(
      "P10_FRAMEWORK_MISMATCH",
      `the answers were read for framework ${dataset.framework.id}, but scoring uses ${framework.id}`,
    );
  }
  const plan = compilePlan(method, framework);
  if (method.normaliseNodes !== undefined) {
    // The fast path aggregates each unit on its own; a normalised node needs every unit's aggregate first.
    throw new P10Error(
      "P10_UNCERTAINTY_NORMALISED_NODES",
      `the uncertainty analysis cannot run method ${method.id}: it normalises node aggregates across units (normaliseNodes: ${Object.keys(method.normaliseNodes).join(", ")}), which the fast scorer does not reproduce`,
    );
  }
  // The method's imputation fills missing answers first, as the exact engine does.
  const data =
    method.imputation === undefined
      ? dataset
      : imputeDataset(dataset, framework, method.imputation.rule).dataset;
  const width = framework.indicators.length;
  const unitCount = data.units.length;
  const normalisations = [method.normalisation];
  for (const spec of options.normalisations ?? []) {
    if (normalisationTable({ normalisations }, spec) < 0) normalisations.push(spec);
  }
  const notApplicable = new Uint8Array(unitCount * width);
  for (let cell = 0; cell < notApplicable.length; cell++) {
    if (data.answers[cell] === NOT_APPLICABLE) notApplicable[cell] = 1;
  }
  const entering = new Set(plan.indices.flatMap((index) => index.indicators.map((i) => i.ordinal)));
  const tables = normalisations.map((spec, k) =>
    valueTable(spec, framework, data, entering, k === 0 ? (method.normaliseScales ?? {}) : {}),
  );
  return {
    width,
    unitCount,
    indices: plan.indices.map(compileIndex),
    normalisations,
    values: tables.map((t) => t.values),
    tops: tables.map((t) => t.top),
    notApplicable,
    missingZero: method.missing === "zero",
    zerosRule: FAST_ZEROS[plan.zeros.rule],
    offset: plan.zeros.offset.toNumber(),
  };
}

/**
 * Where a normalisation's values are in a model: its position in {@link FastModel.values}, or -1. Specs
 * that differ only in key order are the same normalisation.
 *
 * @param model - the compiled model (or any object listing normalisations).
 * @param spec - the normalisation.
 * @returns the position, or -1 when the model has no table for it.
 * @throws never.
 * @example
 * ```ts
 * import { frameworks, methods } from "principle10";
 * import { compileFastModel, normalisationTable } from "./fast-scorer.js";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const model = compileFastModel(createDataset(edi, []), edi, methods.get("edi-2015"));
 * normalisationTable(model, { method: "native" }); // 0
 * ```
 */
export function normalisationTable(
  model: Pick<FastModel, "normalisations">,
  spec: NormalisationSpec,
): number {
  const key = canonicalJson(spec as CanonicalValue);
  return model.normalisations.findIndex((n) => canonicalJson(n as CanonicalValue) === key);
}

/**
 * Normalised values of every cell as doubles (NaN for missing, absent and not applicable), and the largest
 * value of any level of the entering indicators.
 */
function valueTable(
  spec: NormalisationSpec,
  framework: Framework,
  dataset: Dataset,
  entering: ReadonlySet<number>,
  byScale: Readonly<Record<string, NormalisationSpec>>,
): { values: Float64Array; top: number } {
  // One table per cohort of the normalisation (one per period under scope "period"), cell by cell.
  const { tables: exact, tableOf } = normaliseAnswerTables(spec, framework, dataset, byScale);
  const tables = exact.map((t) => t.values.map((row) => row.map((d) => d.toNumber())));
  let top = Number.NEGATIVE_INFINITY;
  for (const table of tables) {
    for (const ordinal of entering) {
      const levels = framework.indicators[ordinal]?.scale.levels.length ?? 0;
      for (let level = 0; level < levels; level++) top = Math.max(top, table[ordinal]?.[level] ?? top);
    }
  }
  const width = framework.indicators.length;
  const values = new Float64Array(dataset.answers.length);
  for (let cell = 0; cell < values.length; cell++) {
    const code = dataset.answers[cell] as number;
    values[cell] =
      code === MISSING || code === ABSENT || code === NOT_APPLICABLE
        ? Number.NaN
        : (tables[tableOf[Math.floor(cell / width)] as number]?.[cell % width]?.[code] ?? Number.NaN);
  }
  return { values, top };
}

function compileIndex(index: IndexPlan): FastIndex {
  const nodes = index.nodes;
  const childStart = new Int32Array(nodes.length + 1);
  for (let pos = 0; pos < nodes.length; pos++) {
    childStart[pos + 1] = (childStart[pos] as number) + (nodes[pos]?.children.length ?? 0);
  }
  const slots = childStart[nodes.length] as number;
  const childIndicator = new Uint8Array(slots);
  const childRef = new Int32Array(slots);
  const baseWeight = new Float64Array(slots);
  const childIds: string[] = [];
  const childLevels: string[] = [];
  const coverageNum = new Float64Array(nodes.length);
  const coverageDen = new Float64Array(nodes.length);
  const aggregation = new Int8Array(nodes.length);
  const power = new Float64Array(nodes.length);
  nodes.forEach((node, pos) => {
    node.children.forEach((child, k) => {
      const c = (childStart[pos] as number) + k;
      childIndicator[c] = child.indicator ? 1 : 0;
      childRef[c] = child.indicator ? (index.indicators[child.pos]?.ordinal as number) : child.pos;
      baseWeight[c] = node.weights[k]?.toNumber() as number;
      childIds.push(child.id);
      childLevels.push(child.indicator ? "indicator" : (nodes[child.pos]?.level as string));
    });
    coverageNum[pos] = Number(node.coverageRatio.value.num);
    coverageDen[pos] = Number(node.coverageRatio.value.den);
    aggregation[pos] = FAST_AGGREGATION[node.aggregation.function];
    power[pos] = aggregationPower(node.aggregation);
  });
  return {
    id: index.id,
    nodeIds: nodes.map((n) => n.id),
    nodeLevels: nodes.map((n) => n.level),
    childStart,
    childIndicator,
    childRef,
    childIds,
    childLevels,
    baseWeight,
    countsIndicators: nodes[0]?.countsIndicators ?? false,
    coverageNum,
    coverageDen,
    aggregation,
    power,
  };
}

/**
 * The exponent the fast path stores for an aggregation function: p for a generalised mean, else 0.
 *
 * @param spec - an aggregation function.
 * @returns the exponent.
 * @throws never.
 * @example
 * ```ts
 * import { aggregationPower } from "./fast-scorer.js";
 * aggregationPower({ function: "generalised", p: "-1" }); // -1
 * ```
 */
export function aggregationPower(spec: AggregationSpec): number {
  return spec.function === "generalised" ? Number(spec.p) : 0;
}

/**
 * A run state holding the method's own settings (weights, aggregation, missing policy, normalisation,
 * zeros rule, nothing left out).
 *
 * @param model - the compiled model.
 * @returns a fresh state (allocated once per analysis; reset it with {@link resetRunState}).
 * @throws never.
 * @example
 * ```ts
 * import { frameworks, methods } from "principle10";
 * import { compileFastModel, nominalRunState } from "./fast-scorer.js";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const model = compileFastModel(createDataset(edi, []), edi, methods.get("edi-2015"));
 * nominalRunState(model).missingZero; // false
 * ```
 */
export function nominalRunState(model: FastModel): RunState {
  const state: RunState = {
    weights: model.indices.map((x) => new Float64Array(x.baseWeight.length)),
    aggregation: model.indices.map((x) => new Int8Array(x.aggregation.length)),
    power: model.indices.map((x) => new Float64Array(x.power.length)),
    excluded: model.indices.map((x) => new Uint8Array(x.baseWeight.length)),
    missingZero: false,
    normalisation: 0,
    zerosRule: 0,
    offset: 0,
  };
  resetRunState(model, state);
  return state;
}

/**
 * Puts the method's settings back into a run state, without allocating.
 *
 * @param model - the compiled model.
 * @param state - a state made by {@link nominalRunState} for this model.
 * @returns nothing.
 * @throws never.
 * @example
 * ```ts
 * import { frameworks, methods } from "principle10";
 * import { compileFastModel, nominalRunState, resetRunState } from "./fast-scorer.js";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const model = compileFastModel(createDataset(edi, []), edi, methods.get("edi-2015"));
 * const state = nominalRunState(model);
 * state.missingZero = true;
 * resetRunState(model, state);
 * state.missingZero; // false again: the method drops missing answers
 * ```
 */
export function resetRunState(model: FastModel, state: RunState): void {
  model.indices.forEach((index, k) => {
    state.weights[k]?.set(index.baseWeight);
    state.aggregation[k]?.set(index.aggregation);
    state.power[k]?.set(index.power);
    state.excluded[k]?.fill(0);
  });
  state.missingZero = model.missingZero;
  state.normalisation = 0;
  state.zerosRule = model.zerosRule;
  state.offset = model.offset;
}

/**
 * Scores units with the fast path; keeps its scratch arrays between calls, so scoring allocates nothing.
 *
 * @example
 * ```ts
 * import { frameworks, methods } from "principle10";
 * import { compileFastModel, FastScorer, nominalRunState } from "./fast-scorer.js";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * const model = compileFastModel(ds, edi, methods.get("edi-2015"));
 * const out = new Float64Array(model.unitCount * (model.indices[0]?.nodeIds.length ?? 0));
 * new FastScorer(model).scoreIndex(nominalRunState(model), 0, out);
 * out[0]; // 3: the EDI of AA (one answer, 3, under every node it reaches)
 * ```
 */
export class FastScorer {
  private readonly scores: Float64Array[];
  private readonly applicable: Uint8Array[];
  private readonly childValues: Float64Array[];
  /** Per node: applicable indicators under it, and indicators contributing a value to its score. */
  private readonly applicableCount: Float64Array[];
  private readonly contributing: Float64Array[];
  /** Per child slot: its weight in the aggregation under flat-equal (else the run's weight is used). */
  private readonly childWeights: Float64Array[];
  /** Per node: 0 for a score, else its null reason's number (`nullReasonNumber`, as the exact engine's). */
  private readonly reasons: Uint8Array[];

  /**
   * @param model - the compiled model.
   */
  constructor(readonly model: FastModel) {
    this.scores = model.indices.map((x) => new Float64Array(x.nodeIds.length));
    this.applicable = model.indices.map((x) => new Uint8Array(x.nodeIds.length));
    this.childValues = model.indices.map((x) => new Float64Array(x.baseWeight.length));
    this.applicableCount = model.indices.map((x) => new Float64Array(x.nodeIds.length));
    this.contributing = model.indices.map((x) => new Float64Array(x.nodeIds.length));
    this.childWeights = model.indices.map((x) => new Float64Array(x.baseWeight.length));
    this.reasons = model.indices.map((x) => new Uint8Array(x.nodeIds.length));
  }

  /**
   * Scores every unit in one index under a run state: `out[unit × nodes + pos]` receives node `pos`'s
   * score, NaN when it has none; `reasons[unit × nodes + pos]`, when given, why: 0 for a score, else the
   * number of the exact engine's null reason (1 + its position in `NULL_REASON_CODES`,
   * src/score/null-reason.ts), decided by the same rules.
   *
   * @param state - the run's settings.
   * @param k - the index's position in the model.
   * @param out - units × nodes doubles.
   * @param reasons - units × nodes bytes, or omitted.
   * @returns nothing.
   * @throws RangeError when `out` or `reasons` is too short (a programming error).
   */
  scoreIndex(state: RunState, k: number, out: Float64Array, reasons?: Uint8Array): void {
    const index = this.model.indices[k] as FastIndex;
    const nodes = index.nodeIds.length;
    const cells = this.model.unitCount * nodes;
    if (out.length < cells || (reasons !== undefined && reasons.length < cells)) {
      throw new RangeError(`scoreIndex needs ${cells} cells; found ${out.length}, ${reasons?.length}`);
    }
    for (let unit = 0; unit < this.model.unitCount; unit++) {
      this.scoreUnit(state, k, unit);
      out.set(this.scores[k] as Float64Array, unit * nodes);
      reasons?.set(this.reasons[k] as Uint8Array, unit * nodes);
    }
  }

  private scoreUnit(state: RunState, k: number, unit: number): void {
    const index = this.model.indices[k] as FastIndex;
    const { childStart, childIndicator, childRef, coverageNum, coverageDen, baseWeight } = index;
    const counts = index.countsIndicators;
    const runWeights = state.weights[k] as Float64Array;
    const weights = counts ? (this.childWeights[k] as Float64Array) : runWeights;
    const applicableCount = this.applicableCount[k] as Float64Array;
    const contributing = this.contributing[k] as Float64Array;
    const excluded = state.excluded[k] as Uint8Array;
    const aggregation = state.aggregation[k] as Int8Array;
    const power = state.power[k] as Float64Array;
    const score = this.scores[k] as Float64Array;
    const applicable = this.applicable[k] as Uint8Array;
    const reasons = this.reasons[k] as Uint8Array;
    const cv = this.childValues[k] as Float64Array;
    const values = this.model.values[state.normalisation] as Float64Array;
    const na = this.model.notApplicable;
    const base = unit * this.model.width;
    const missingZero = state.missingZero;
    for (let pos = score.length - 1; pos >= 0; pos--) {
      const start = childStart[pos] as number;
      const end = childStart[pos + 1] as number;
      let applicableWeight = 0;
      let presentWeight = 0;
      let aggregateWeight = 0;
      let anyApplicable = false;
      let anyPresent = false;
      let nodeApplicable = 0;
      let nodeContributing = 0;
      for (let c = start; c < end; c++) {
        cv[c] = Number.NaN;
        if (excluded[c] === 1) continue;
        let v: number;
        let childApplicable = 1;
        let childContributing = 1;
        if (childIndicator[c] === 1) {
          const cell = base + (childRef[c] as number);
          if (na[cell] === 1) continue;
          v = values[cell] as number;
          if (Number.isNaN(v) && missingZero) v = 0;
        } else {
          const child = childRef[c] as number;
          if (applicable[child] === 0) continue;
          v = score[child] as number;
          childApplicable = applicableCount[child] as number;
          childContributing = contributing[child] as number;
        }
        nodeApplicable += childApplicable;
        let w = runWeights[c] as number;
        let coverageWeight = w;
        if (counts) {
          const factor = w / (baseWeight[c] as number);
          coverageWeight = childApplicable * factor;
          w = childContributing * factor;
          weights[c] = w;
        }
        anyApplicable = true;
        applicableWeight += coverageWeight;
        if (Number.isNaN(v)) continue;
        anyPresent = true;
        presentWeight += coverageWeight;
        cv[c] = v;
        if (w > 0) {
          aggregateWeight += w;
          nodeContributing += childContributing;
        }
      }
      applicable[pos] = anyApplicable ? 1 : 0;
      applicableCount[pos] = nodeApplicable;
      contributing[pos] = 0;
      const structural = structuralNullReason(
        anyApplicable,
        applicableWeight > 0,
        anyPresent,
        presentWeight * (coverageDen[pos] as number) >=
          applicableWeight * (coverageNum[pos] as number) * COVERAGE_SLACK,
        presentWeight > 0,
      );
      if (structural !== null) {
        score[pos] = Number.NaN;
        reasons[pos] = nullReasonNumber(structural);
        continue;
      }
      const p = power[pos] as number;
      const rule = RULES[aggregation[pos] as number];
      if (rule === undefined) throw new RangeError(`unknown fast aggregation code ${aggregation[pos]}`);
      const zeros = ZEROS_RULES[state.zerosRule] as ZerosRule;
      const value = aggregateFloat(rule, p, cv, weights, start, end, aggregateWeight, zeros, state.offset);
      if (typeof value === "string") {
        score[pos] = Number.NaN;
        reasons[pos] = nullReasonNumber(value);
        continue;
      }
      contributing[pos] = nodeContributing;
      score[pos] = value;
      reasons[pos] = 0;
    }
  }
}
