/**
 * Scores one index for one unit after another. Nodes are evaluated bottom-up (reverse pre-order); each
 * node's pattern-dependent part comes from a memo of {@link Shape}s, so the per-unit work is the value
 * arithmetic: for a linear node, an integer combination of its children's integer numerators (exact:
 * the score is that fraction, rounded once); for the others, the aggregation function of the children's
 * scores. Effective weights are products of interned fractions, memoised by identity.
 */
import { ABSENT, MISSING, NOT_APPLICABLE } from "../assessment/dataset.js";
import type { Dec, RoundingRule } from "../decimal.js";
import { type AggregationFailure, aggregate, type ZerosPolicy } from "../method/aggregation.js";
import { FRACTION_ONE, type Fraction, gcd } from "../base/fraction.js";
import type { MissingPolicy } from "../method/schema.js";
import { ExactCache } from "./exact-cache.js";
import type { IndexPlan } from "./plan.js";
import {
  buildShape,
  type ChildView,
  type LinearForm,
  MISSING_STATE,
  NOT_APPLICABLE_STATE,
  IMPUTED_STATE,
  PRESENT,
  type Shape,
  type ShapeContext,
  type WeightPart,
  ZERO_IMPUTED,
} from "./shape.js";
import type { IndexScores, IndicatorScore, NodeScore } from "./types.js";

/** Settings of a scorer that come from the method. */
export interface ScorerSettings {
  readonly missing: MissingPolicy;
  readonly zeros: ZerosPolicy;
  readonly rounding: RoundingRule;
  /**
   * With an imputation rule: per framework ordinal, the first answer code that stands for an imputed value
   * (such cells count as imputed, not present); absent without imputation.
   */
  readonly firstImputed?: readonly number[];
}

/** A node's normalisation for the current unit: its aggregate (raw) → its normalised score. */
export type NodeTransform = (raw: Dec) => Dec;

/** The normalised values of the framework's indicators, by ordinal then slot. */
export interface ScorerValues {
  readonly fractions: readonly (readonly Fraction[])[];
  readonly values: readonly (readonly Dec[])[];
}

type Plan = IndexPlan;
type PlanNodeT = Plan["nodes"][number];
type PlanIndicatorT = Plan["indicators"][number];

const STATE_CHARS = ["p", "z", "m", "n", "i"];
/** Bits of an indicator state (0–4) and of a child node's code (shape id × 2 + value null) in a numeric key. */
const STATE_BITS = 3;
const STATE_RADIX = 2 ** STATE_BITS;
const NODE_CODE_BITS = 21;
const NODE_CODE_RADIX = 2 ** NODE_CODE_BITS;

/** Scores units in one index; keeps the shape memo, caches and scratch arrays between units. */
export class IndexScorer {
  private readonly memo: Map<number | string, Shape>[];
  /** Per node, the weighing of its children by which are applicable and scored (see `buildShape`). */
  private readonly weightParts: Map<number, WeightPart>[];
  /** 1 where a node's children's codes fit one exact integer key (see `shapeOf`). */
  private readonly numericKeys: Uint8Array;
  private nextShape = 0;
  private readonly context: ShapeContext;
  private readonly cache: ExactCache;
  private readonly one: Fraction;
  // Scratch, by indicator position.
  private readonly states: Uint8Array;
  private readonly slots: Int32Array;
  private readonly keys: Int32Array;
  private readonly indWeight: (Fraction | null)[];
  private readonly indWeightDec: (Dec | null)[];
  private readonly indEff: (Fraction | null)[];
  // Scratch, by node position.
  private readonly shapes: Shape[];
  private readonly valueNull: Uint8Array;
  private readonly failures: (AggregationFailure | null)[];
  private readonly scores: (Dec | null)[];
  private readonly exacts: (string | null)[];
  private readonly smallNums: Float64Array;
  private readonly bigNums: bigint[];
  private readonly nodeWeight: (Dec | null)[];
  private readonly nodeEff: (Fraction | null)[];
  private readonly view: ChildView;
  /** 1 where the node is normalised across units (`normaliseNodes`); its aggregate before that, per unit. */
  private readonly normalised: Uint8Array;
  private readonly raws: (Dec | null)[];
  /** Values by indicator position, then slot: decimals, interned fractions, integer numerators over Q. */
  private readonly values: readonly (readonly Dec[])[];
  private readonly fractions: readonly (readonly Fraction[])[];
  private readonly bigNumerators: readonly (readonly bigint[])[];
  private readonly smallNumerators: readonly Float64Array[];
  /** The slot of the value 0 (missing under missing "zero"): after the levels and combined values. */
  private readonly zeroSlots: Int32Array;
  private readonly ordinals: Int32Array;
  /** Indicator results of indicators taking part, by position, then effective weight, then weight, then slot. */
  private readonly usedResults: Map<Fraction, Map<Fraction, IndicatorScore[]>>[];
  /** Indicator results of indicators taking no part, by position, then result key. */
  private readonly idleResults: IndicatorScore[][];
  // The previous unit's look-ups, reused when they recur (most answer patterns differ from the previous
  // unit's in a few places): per node, its children's codes (indicator state, or shape id × 2 + value
  // null) and its shape; per child of every node (numbered by `childBase`), the last effective-weight
  // product; per indicator, the last results by key with their effective weight and weight.
  private readonly lastCodes: Int32Array[];
  private readonly lastShape: (Shape | null)[];
  private readonly childBase: Int32Array;
  private readonly lastEff: (Fraction | null)[];
  private readonly lastFactor: (Fraction | null)[];
  private readonly lastProduct: (Fraction | null)[];
  private readonly lastIndEff: (Fraction | null)[];
  private readonly lastIndWeight: (Fraction | null)[];
  private readonly lastBySlot: (IndicatorScore[] | null)[];
  /**
   * Node results shared between units, by shape id, then exact score: a node with the same shape, exact
   * score, weight and effective weight as another unit's has the same result (groups of a few indicators
   * take a few dozen values), and one object instead of one per unit keeps the ScoreSet small.
   */
  private readonly sharedResults: (Map<Dec, NodeScore> | undefined)[] = [];

  /**
   * @param plan - the index plan.
   * @param table - normalised values by framework ordinal, then slot (see `ValueTable`).
   * @param settings - missing policy, zeros rule, rounding rule.
   */
  constructor(
    readonly plan: Plan,
    table: ScorerValues,
    private readonly settings: ScorerSettings,
  ) {
    const nodes = plan.nodes.length;
    const indicators = plan.indicators.length;
    this.cache = new ExactCache();
    this.one = this.cache.intern(FRACTION_ONE);
    this.memo = plan.nodes.map(() => new Map());
    this.weightParts = plan.nodes.map(() => new Map());
    this.numericKeys = Uint8Array.from(plan.nodes, (n) => {
      let bits = 0;
      for (const c of n.children) bits += c.indicator ? STATE_BITS : NODE_CODE_BITS;
      return bits <= 53 ? 1 : 0;
    });
    this.states = new Uint8Array(indicators);
    this.slots = new Int32Array(indicators);
    this.keys = new Int32Array(indicators);
    this.indWeight = new Array<Fraction | null>(indicators).fill(null);
    this.indWeightDec = new Array<Dec | null>(indicators).fill(null);
    this.indEff = new Array<Fraction | null>(indicators).fill(null);
    this.shapes = new Array<Shape>(nodes);
    this.valueNull = new Uint8Array(nodes);
    this.failures = new Array<AggregationFailure | null>(nodes).fill(null);
    this.scores = new Array<Dec | null>(nodes).fill(null);
    this.exacts = new Array<string | null>(nodes).fill(null);
    this.smallNums = new Float64Array(nodes);
    this.bigNums = new Array<bigint>(nodes).fill(0n);
    this.nodeWeight = new Array<Dec | null>(nodes).fill(null);
    this.nodeEff = new Array<Fraction | null>(nodes).fill(null);
    this.view = { states: this.states, shapes: this.shapes, valueNull: this.valueNull };
    this.normalised = Uint8Array.from(plan.nodes, (n) => (n.normalise === null ? 0 : 1));
    this.raws = new Array<Dec | null>(nodes).fill(null);
    this.values = plan.indicators.map((i) => table.values[i.ordinal] as readonly Dec[]);
    this.fractions = plan.indicators.map((i) =>
      (table.fractions[i.ordinal] as readonly Fraction[]).map((f) => this.cache.intern(f)),
    );
    this.zeroSlots = Int32Array.from(this.values, (v) => v.length - 1);
    this.ordinals = Int32Array.from(plan.indicators, (i) => i.ordinal);
    this.usedResults = plan.indicators.map(() => new Map());
    this.idleResults = plan.indicators.map(() => []);
    this.lastCodes = plan.nodes.map((n) => new Int32Array(n.children.length).fill(-1));
    this.lastShape = new Array<Shape | null>(nodes).fill(null);
    this.childBase = new Int32Array(nodes);
    let children = 0;
    plan.nodes.forEach((n, pos) => {
      this.childBase[pos] = children;
      children += n.children.length;
    });
    this.lastEff = new Array<Fraction | null>(children).fill(null);
    this.lastFactor = new Array<Fraction | null>(children).fill(null);
    this.lastProduct = new Array<Fraction | null>(children).fill(null);
    this.lastIndEff = new Array<Fraction | null>(indicators).fill(null);
    this.lastIndWeight = new Array<Fraction | null>(indicators).fill(null);
    this.lastBySlot = new Array<IndicatorScore[] | null>(indicators).fill(null);
    // One denominator Q for every value of the index, so linear scores are integer combinations.
    let q = 1n;
    for (const row of this.fractions) for (const f of row) q = (q / gcd(q, f.den)) * f.den;
    this.bigNumerators = this.fractions.map((row) => row.map((f) => f.num * (q / f.den)));
    let max = 0;
    for (const row of this.bigNumerators) for (const b of row) max = Math.max(max, Math.abs(Number(b)));
    this.smallNumerators = this.bigNumerators.map((row) => Float64Array.from(row, Number));
    this.context = {
      rounding: settings.rounding,
      imputing: settings.firstImputed !== undefined,
      cache: this.cache,
      valueDenominator: q,
      maxValueNumerator: max <= Number.MAX_SAFE_INTEGER ? max : Number.POSITIVE_INFINITY,
    };
  }

  /**
   * Scores one unit.
   *
   * @param cells - the dataset's answer codes.
   * @param base - the unit's first cell (`unit × indicator count`).
   * @param transforms - by node position, the normalisation of each normalised node for this unit; a node
   *   without one keeps its aggregate (a first pass, before its statistics are known).
   * @returns the unit's results in this index.
   */
  scoreUnit(
    cells: Int16Array,
    base: number,
    transforms: readonly (NodeTransform | null)[] | null = null,
  ): IndexScores {
    this.readAnswers(cells, base);
    const { plan, shapes, scores, valueNull } = this;
    for (let pos = plan.nodes.length - 1; pos >= 0; pos--) {
      const shape = this.shapeOf(pos);
      shapes[pos] = shape;
      valueNull[pos] = 0;
      this.failures[pos] = null;
      this.exacts[pos] = null;
      scores[pos] = shape.reason === null ? this.valueOf(pos, shape) : null;
      this.raws[pos] = null;
      const raw = scores[pos];
      if (this.normalised[pos] === 1 && raw !== null && raw !== undefined) {
        this.raws[pos] = raw;
        const transform = transforms?.[pos] ?? null;
        if (transform !== null) {
          scores[pos] = transform(raw);
          this.exacts[pos] = null;
        }
      }
    }
    this.weighDown();
    const nodes = plan.nodes.map((node, pos) => this.nodeScore(node, pos));
    const indicators = plan.indicators.map((d, i) => this.indicatorScore(d, i));
    return { id: plan.id, nodes, indicators };
  }

  /** Fills states, value slots and result keys of every indicator from the unit's cells. */
  private readAnswers(cells: Int16Array, base: number): void {
    const zero = this.settings.missing === "zero";
    for (let i = 0; i < this.ordinals.length; i++) {
      const code = cells[base + (this.ordinals[i] as number)] as number;
      const levels = this.zeroSlots[i] as number;
      if (code >= 0) {
        const first = this.settings.firstImputed?.[this.ordinals[i] as number];
        this.states[i] = first !== undefined && code >= first ? IMPUTED_STATE : PRESENT;
        this.slots[i] = code;
        this.keys[i] = code;
      } else if (code === NOT_APPLICABLE) {
        this.states[i] = NOT_APPLICABLE_STATE;
        this.slots[i] = levels;
        this.keys[i] = levels + 2;
      } else if (code === MISSING || code === ABSENT) {
        this.states[i] = zero ? ZERO_IMPUTED : MISSING_STATE;
        this.slots[i] = levels;
        this.keys[i] = zero ? levels : levels + 1;
      }
    }
  }

  /** The node's shape for the current unit: the previous unit's when its children match, else memo or built. */
  private shapeOf(pos: number): Shape {
    const node = this.plan.nodes[pos] as PlanNodeT;
    const children = node.children;
    const codes = this.lastCodes[pos] as Int32Array;
    let same = true;
    for (let k = 0; k < children.length; k++) {
      const child = children[k] as PlanNodeT["children"][number];
      const code = child.indicator
        ? (this.states[child.pos] as number)
        : (this.shapes[child.pos] as Shape).id * 2 + (this.valueNull[child.pos] as number);
      if (codes[k] !== code) {
        codes[k] = code;
        same = false;
      }
    }
    const last = this.lastShape[pos];
    if (same && last !== null && last !== undefined) return last;
    // The memo key: the children's codes as one exact integer (3 bits per indicator state, 21 per child
    // node's code) when they fit in a double, else as text (numbers and texts never meet in the map).
    let key: number | string = -1;
    if (this.numericKeys[pos] === 1) {
      key = 0;
      for (let k = 0; k < children.length; k++) {
        const code = codes[k] as number;
        if ((children[k] as PlanNodeT["children"][number]).indicator) key = key * STATE_RADIX + code;
        else if (code < NODE_CODE_RADIX) key = key * NODE_CODE_RADIX + code;
        else {
          key = -1;
          break;
        }
      }
    }
    if (key === -1) {
      key = "";
      for (let k = 0; k < children.length; k++) {
        const code = codes[k] as number;
        key += (children[k] as PlanNodeT["children"][number]).indicator ? STATE_CHARS[code] : `${code},`;
      }
    }
    const memo = this.memo[pos] as Map<number | string, Shape>;
    let shape = memo.get(key);
    if (shape === undefined) {
      shape = buildShape(this.nextShape++, node, this.view, this.context, this.weightParts[pos]);
      memo.set(key, shape);
    }
    this.lastShape[pos] = shape;
    return shape;
  }

  /** The node's score given its (scored) shape; records the exact fraction or a value-dependent failure. */
  private valueOf(pos: number, shape: Shape): Dec | null {
    const node = this.plan.nodes[pos] as PlanNodeT;
    if (shape.linear !== null) {
      const result = this.linearValue(node, pos, shape.linear);
      this.exacts[pos] = result.exact;
      return result.score;
    }
    const values: Dec[] = [];
    const weights: Dec[] = [];
    node.children.forEach((child, k) => {
      if (!shape.used[k]) return;
      values.push(child.indicator ? this.valueAt(child.pos) : (this.scores[child.pos] as Dec));
      weights.push(shape.factorDecs[k] as Dec);
    });
    const result = aggregate(node.aggregation, values, weights, this.settings.zeros);
    if ("code" in result) {
      this.valueNull[pos] = 1;
      this.failures[pos] = result;
      return null;
    }
    return result;
  }

  /** Σ multiplier × child numerator, as exact doubles when the form allows, else as bigints. */
  private linearValue(
    node: PlanNodeT,
    pos: number,
    form: LinearForm,
  ): { readonly score: Dec; readonly exact: string } {
    const children = node.children;
    let numerator: number | bigint;
    if (form.small !== null) {
      let acc = 0;
      for (let k = 0; k < children.length; k++) {
        const m = form.small[k] as number;
        if (m === 0) continue;
        const c = children[k] as PlanNodeT["children"][number];
        const n = c.indicator
          ? ((this.smallNumerators[c.pos] as Float64Array)[this.slots[c.pos] as number] as number)
          : (this.smallNums[c.pos] as number);
        acc += m * n;
      }
      this.smallNums[pos] = acc;
      numerator = acc;
    } else {
      let acc = 0n;
      for (let k = 0; k < children.length; k++) {
        const m = form.multipliers[k] as bigint;
        if (m === 0n) continue;
        const c = children[k] as PlanNodeT["children"][number];
        acc += m * this.bigNumeratorOf(c);
      }
      this.bigNums[pos] = acc;
      numerator = acc;
    }
    return this.cache.resultOf(form.results, numerator, form.denominator);
  }

  /** A child's numerator as a bigint (a child on the double path keeps it as a double). */
  private bigNumeratorOf(c: PlanNodeT["children"][number]): bigint {
    if (c.indicator)
      return (this.bigNumerators[c.pos] as readonly bigint[])[this.slots[c.pos] as number] as bigint;
    const form = (this.shapes[c.pos] as Shape).linear as LinearForm;
    return form.small !== null ? BigInt(this.smallNums[c.pos] as number) : (this.bigNums[c.pos] as bigint);
  }

  private valueAt(pos: number): Dec {
    return (this.values[pos] as readonly Dec[])[this.slots[pos] as number] as Dec;
  }

  /** Weights within parents and effective weights (top-down products of interned fractions). */
  private weighDown(): void {
    const { plan, shapes, nodeEff, nodeWeight } = this;
    nodeEff.fill(null);
    nodeWeight.fill(null);
    this.indEff.fill(null);
    this.indWeight.fill(null);
    this.indWeightDec.fill(null);
    if ((shapes[0] as Shape).reason === null && this.valueNull[0] === 0) nodeEff[0] = this.one;
    for (let pos = 0; pos < plan.nodes.length; pos++) {
      const eff = nodeEff[pos];
      if (eff === null || eff === undefined) continue;
      const shape = shapes[pos] as Shape;
      const children = (plan.nodes[pos] as PlanNodeT).children;
      const base = this.childBase[pos] as number;
      for (let k = 0; k < children.length; k++) {
        const f = shape.factors[k];
        if (!shape.used[k] || f === null || f === undefined) continue;
        // The product of the previous unit when its factors recur, else the cache's.
        let product = this.lastProduct[base + k] as Fraction | null;
        if (product === null || this.lastEff[base + k] !== eff || this.lastFactor[base + k] !== f) {
          product = this.cache.times(eff, f);
          this.lastEff[base + k] = eff;
          this.lastFactor[base + k] = f;
          this.lastProduct[base + k] = product;
        }
        const child = children[k] as PlanNodeT["children"][number];
        if (child.indicator) {
          this.indWeight[child.pos] = f;
          this.indWeightDec[child.pos] = shape.factorDecs[k] ?? null;
          this.indEff[child.pos] = product;
        } else {
          nodeWeight[child.pos] = shape.factorDecs[k] ?? null;
          nodeEff[child.pos] = product;
        }
      }
    }
  }

  private nodeScore(node: PlanNodeT, pos: number): NodeScore {
    const shape = this.shapes[pos] as Shape;
    if (shape.nullScore !== null) return shape.nullScore;
    const eff = this.nodeEff[pos] ?? null;
    const raw = this.raws[pos] ?? null;
    const effectiveWeight = eff === null ? null : this.cache.dec(eff);
    // Two literals rather than a spread in one: a fixed layout per kind, built without copying.
    if (this.normalised[pos] === 1 && raw !== null) {
      return {
        id: node.id,
        score: this.scores[pos] ?? null,
        raw,
        exact: this.exacts[pos] ?? null,
        reason: this.failures[pos] ?? null,
        coverage: shape.coverage,
        answers: shape.counts,
        weight: this.nodeWeight[pos] ?? null,
        effectiveWeight,
      };
    }
    const score = this.scores[pos] ?? null;
    const exact = this.exacts[pos] ?? null;
    const reason = this.failures[pos] ?? null;
    const weight = this.nodeWeight[pos] ?? null;
    // Only exact results are shared: their decimal is one object per value (see ExactCache), and the exact
    // text follows from it; other aggregations make a new decimal per unit.
    let shared: Map<Dec, NodeScore> | undefined;
    if (score !== null && exact !== null && reason === null) {
      shared = this.sharedResults[shape.id];
      if (shared === undefined) {
        shared = new Map();
        this.sharedResults[shape.id] = shared;
      }
      const hit = shared.get(score);
      if (hit !== undefined && hit.weight === weight && hit.effectiveWeight === effectiveWeight) return hit;
    }
    const made: NodeScore = {
      id: node.id,
      score,
      exact,
      reason,
      coverage: shape.coverage,
      answers: shape.counts,
      weight,
      effectiveWeight,
    };
    shared?.set(score as Dec, made);
    return made;
  }

  /** The shared result of indicator `i` for the current unit. */
  private indicatorScore(d: PlanIndicatorT, i: number): IndicatorScore {
    const key = this.keys[i] as number;
    const levels = this.zeroSlots[i] as number;
    const eff = this.indEff[i] ?? null;
    const weight = this.indWeight[i] ?? null;
    if (eff === null || weight === null) {
      const idle = this.idleResults[i] as IndicatorScore[];
      return (idle[key] ??= {
        id: d.id,
        value: key <= levels ? this.valueAt(i) : null,
        weight: null,
        effectiveWeight: null,
        exactEffectiveWeight: null,
        contribution: null,
        exactContribution: null,
      });
    }
    let bySlot = this.lastBySlot[i] ?? null;
    if (bySlot === null || this.lastIndEff[i] !== eff || this.lastIndWeight[i] !== weight) {
      const byEff = this.usedResults[i] as Map<Fraction, Map<Fraction, IndicatorScore[]>>;
      let byWeight = byEff.get(eff);
      if (byWeight === undefined) {
        byWeight = new Map();
        byEff.set(eff, byWeight);
      }
      bySlot = byWeight.get(weight) ?? null;
      if (bySlot === null) {
        bySlot = [];
        byWeight.set(weight, bySlot);
      }
      this.lastBySlot[i] = bySlot;
      this.lastIndEff[i] = eff;
      this.lastIndWeight[i] = weight;
    }
    const cached = bySlot[key];
    if (cached !== undefined) return cached;
    const contribution =
      d.nonLinearOnPath === null
        ? this.cache.times(
            eff,
            (this.fractions[i] as readonly Fraction[])[this.slots[i] as number] as Fraction,
          )
        : null;
    const made: IndicatorScore = {
      id: d.id,
      value: this.valueAt(i),
      weight: this.indWeightDec[i] ?? null,
      effectiveWeight: this.cache.dec(eff),
      exactEffectiveWeight: this.cache.text(eff),
      contribution: contribution === null ? null : this.cache.dec(contribution),
      exactContribution: contribution === null ? null : this.cache.text(contribution),
    };
    bySlot[key] = made;
    return made;
  }
}
