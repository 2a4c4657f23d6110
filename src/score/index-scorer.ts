/**
 * Scores one index for one unit after another. Nodes are evaluated bottom-up (reverse pre-order); each
 * node's pattern-dependent part comes from a memo of {@link Shape}s, so the per-unit work is the value
 * arithmetic: for a linear node, one integer sum Σ weight numerator × value numerator over its
 * indicators in framework order (exact: the score is that fraction, rounded once); for the others, the
 * aggregation function of the children's scores.
 */
import { ABSENT, MISSING, NOT_APPLICABLE } from "../assessment/dataset.js";
import type { Dec, RoundingRule } from "../decimal.js";
import { type AggregationFailure, aggregate, type ZerosPolicy } from "../method/aggregation.js";
import { type Fraction, formatFraction, fraction, gcd, multiplyFractions } from "../method/fraction.js";
import type { MissingPolicy } from "../method/schema.js";
import { ExactCache } from "./exact-cache.js";
import type { IndexPlan } from "./plan.js";
import {
  buildShape,
  type ChildView,
  type LinearForm,
  MISSING_STATE,
  NOT_APPLICABLE_STATE,
  PRESENT,
  type Shape,
  type ShapeContext,
  type Term,
  ZERO_IMPUTED,
} from "./shape.js";
import type { IndexScores, IndicatorScore, NodeScore } from "./types.js";

/** Weights and indicator results of a whole index for one root shape (shared by every unit with it). */
interface RootView {
  readonly nodeWeight: (Dec | null)[];
  readonly nodeEff: (Dec | null)[];
  readonly indWeight: (Dec | null)[];
  readonly rootTerm: (Term | null)[];
  /** Indicator results by indicator position, then result key (slot, then missing, then not applicable). */
  readonly indicatorScores: (IndicatorScore | undefined)[][];
}

/** Settings of a scorer that come from the method. */
export interface ScorerSettings {
  readonly missing: MissingPolicy;
  readonly zeros: ZerosPolicy;
  readonly rounding: RoundingRule;
}

/** The normalised values of the framework's indicators, by ordinal then slot. */
export interface ScorerValues {
  readonly fractions: readonly (readonly Fraction[])[];
  readonly values: readonly (readonly Dec[])[];
}

const STATE_CHARS = ["p", "z", "m", "n"];

/** Scores units in one index; keeps the shape memo and scratch arrays between units. */
export class IndexScorer {
  private readonly memo: Map<string, Shape>[];
  private nextShape = 0;
  private readonly context: ShapeContext;
  private readonly states: Uint8Array;
  private readonly slots: Int32Array;
  private readonly keys: Int32Array;
  private readonly shapes: Shape[];
  private readonly valueNull: Uint8Array;
  private readonly failures: (AggregationFailure | null)[];
  private readonly scores: (Dec | null)[];
  private readonly exacts: (string | null)[];
  private readonly view: ChildView;
  /** Values by indicator position, then slot: decimals, fractions, integer numerators (bigint and double). */
  private readonly values: readonly (readonly Dec[])[];
  private readonly fractions: readonly (readonly Fraction[])[];
  private readonly bigNumerators: readonly (readonly bigint[])[];
  private readonly smallNumerators: readonly Float64Array[];
  private readonly levelCounts: Int32Array;
  private readonly ordinals: Int32Array;
  private readonly views = new Map<Shape, RootView>();
  private readonly nullViews = new Map<Shape, RootView>();

  /**
   * @param plan - the index plan.
   * @param table - normalised values by framework ordinal, then slot (see `ValueTable`).
   * @param settings - missing policy, zeros rule, rounding rule.
   */
  constructor(
    readonly plan: IndexPlan,
    table: ScorerValues,
    private readonly settings: ScorerSettings,
  ) {
    const nodes = plan.nodes.length;
    const indicators = plan.indicators.length;
    this.memo = plan.nodes.map(() => new Map());
    this.states = new Uint8Array(indicators);
    this.slots = new Int32Array(indicators);
    this.keys = new Int32Array(indicators);
    this.shapes = new Array<Shape>(nodes);
    this.valueNull = new Uint8Array(nodes);
    this.failures = new Array<AggregationFailure | null>(nodes).fill(null);
    this.scores = new Array<Dec | null>(nodes).fill(null);
    this.exacts = new Array<string | null>(nodes).fill(null);
    this.view = { states: this.states, shapes: this.shapes, valueNull: this.valueNull };
    this.values = plan.indicators.map((i) => table.values[i.ordinal] as readonly Dec[]);
    this.fractions = plan.indicators.map((i) => table.fractions[i.ordinal] as readonly Fraction[]);
    this.levelCounts = Int32Array.from(this.values, (v) => v.length - 1);
    this.ordinals = Int32Array.from(plan.indicators, (i) => i.ordinal);
    // One denominator for every value of the index, so a linear score is one integer sum.
    let denominator = 1n;
    for (const row of this.fractions)
      for (const f of row) denominator = (denominator / gcd(denominator, f.den)) * f.den;
    this.bigNumerators = this.fractions.map((row) => row.map((f) => f.num * (denominator / f.den)));
    let max = 0;
    for (const row of this.bigNumerators) for (const b of row) max = Math.max(max, Math.abs(Number(b)));
    this.smallNumerators = this.bigNumerators.map((row) => Float64Array.from(row, Number));
    this.context = {
      rounding: settings.rounding,
      cache: new ExactCache(),
      valueDenominator: denominator,
      maxValueNumerator: max <= Number.MAX_SAFE_INTEGER ? max : Number.POSITIVE_INFINITY,
    };
  }

  /**
   * Scores one unit.
   *
   * @param cells - the dataset's answer codes.
   * @param base - the unit's first cell (`unit × indicator count`).
   * @returns the unit's results in this index.
   */
  scoreUnit(cells: Int16Array, base: number): IndexScores {
    this.readAnswers(cells, base);
    const { plan, shapes, scores, valueNull } = this;
    for (let pos = plan.nodes.length - 1; pos >= 0; pos--) {
      const shape = this.shapeOf(pos);
      shapes[pos] = shape;
      valueNull[pos] = 0;
      this.failures[pos] = null;
      this.exacts[pos] = null;
      scores[pos] = shape.reason === null ? this.valueOf(pos, shape) : null;
    }
    return this.results();
  }

  /** Fills states, value slots and result keys of every indicator from the unit's cells. */
  private readAnswers(cells: Int16Array, base: number): void {
    const zero = this.settings.missing === "zero";
    for (let i = 0; i < this.ordinals.length; i++) {
      const code = cells[base + (this.ordinals[i] as number)] as number;
      const levels = this.levelCounts[i] as number;
      if (code >= 0) {
        this.states[i] = PRESENT;
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

  /** The node's shape for the current unit, from the memo or built. */
  private shapeOf(pos: number): Shape {
    const node = this.plan.nodes[pos] as IndexPlan["nodes"][number];
    let key = "";
    for (const child of node.children) {
      if (child.indicator) key += STATE_CHARS[this.states[child.pos] as number];
      else key += `${(this.shapes[child.pos] as Shape).id}${this.valueNull[child.pos] === 1 ? "x" : ""},`;
    }
    const memo = this.memo[pos] as Map<string, Shape>;
    let shape = memo.get(key);
    if (shape === undefined) {
      shape = buildShape(this.nextShape++, node, this.view, this.context);
      memo.set(key, shape);
    }
    return shape;
  }

  /** The node's score given its (scored) shape; records the exact fraction or a value-dependent failure. */
  private valueOf(pos: number, shape: Shape): Dec | null {
    if (shape.linear !== null) {
      const result = this.linearValue(shape.linear);
      this.exacts[pos] = result.exact;
      return result.score;
    }
    const node = this.plan.nodes[pos] as IndexPlan["nodes"][number];
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

  /** Σ weight numerator × value numerator in framework order, as doubles when exact, else as bigints. */
  private linearValue(form: LinearForm): { readonly score: Dec; readonly exact: string } {
    const { positions, small } = form;
    let key: number | bigint;
    if (small !== null) {
      let acc = 0;
      for (let k = 0; k < positions.length; k++) {
        const p = positions[k] as number;
        acc +=
          (small[k] as number) *
          ((this.smallNumerators[p] as Float64Array)[this.slots[p] as number] as number);
      }
      key = acc;
    } else {
      let acc = 0n;
      for (let k = 0; k < positions.length; k++) {
        const p = positions[k] as number;
        acc +=
          (form.big[k] as bigint) *
          ((this.bigNumerators[p] as readonly bigint[])[this.slots[p] as number] as bigint);
      }
      key = acc;
    }
    let result = form.results.get(key);
    if (result === undefined) {
      const f = fraction(BigInt(key), form.denominator);
      result = { score: this.context.cache.dec(f), exact: formatFraction(f) };
      form.results.set(key, result);
    }
    return result;
  }

  private valueAt(pos: number): Dec {
    return (this.values[pos] as readonly Dec[])[this.slots[pos] as number] as Dec;
  }

  /** Builds the unit's node and indicator results from the evaluated scratch arrays. */
  private results(): IndexScores {
    const { plan, shapes, scores } = this;
    const rootShape = shapes[0] as Shape;
    const view = this.rootView(rootShape, rootShape.reason !== null || this.valueNull[0] === 1);
    const nodes = plan.nodes.map((node, pos): NodeScore => {
      const shape = shapes[pos] as Shape;
      if (shape.nullScore !== null) return shape.nullScore;
      return {
        id: node.id,
        score: scores[pos] ?? null,
        exact: this.exacts[pos] ?? null,
        reason: this.failures[pos] ?? null,
        coverage: shape.coverage,
        answers: shape.counts,
        weight: view.nodeWeight[pos] ?? null,
        effectiveWeight: view.nodeEff[pos] ?? null,
      };
    });
    const indicators = plan.indicators.map((_, i) => this.indicatorScore(view, i));
    return { id: plan.id, nodes, indicators };
  }

  /** The shared indicator result for the current unit's answer. */
  private indicatorScore(view: RootView, i: number): IndicatorScore {
    const key = this.keys[i] as number;
    const cache = view.indicatorScores[i] as (IndicatorScore | undefined)[];
    const cached = cache[key];
    if (cached !== undefined) return cached;
    const descriptor = this.plan.indicators[i] as IndexPlan["indicators"][number];
    const levels = this.levelCounts[i] as number;
    const value = key <= levels ? this.valueAt(i) : null;
    const term = view.rootTerm[i] ?? null;
    const exactContribution =
      term !== null && descriptor.nonLinearOnPath === null
        ? multiplyFractions(
            term.eff,
            (this.fractions[i] as readonly Fraction[])[this.slots[i] as number] as Fraction,
          )
        : null;
    const made: IndicatorScore = {
      id: descriptor.id,
      value,
      weight: view.indWeight[i] ?? null,
      effectiveWeight: term === null ? null : this.context.cache.dec(term.eff),
      exactEffectiveWeight: term === null ? null : formatFraction(term.eff),
      contribution: exactContribution === null ? null : this.context.cache.dec(exactContribution),
      exactContribution: exactContribution === null ? null : formatFraction(exactContribution),
    };
    cache[key] = made;
    return made;
  }

  /** The root view of a root shape; a separate, empty view when the root has no score. */
  private rootView(root: Shape, rootNull: boolean): RootView {
    const views = rootNull ? this.nullViews : this.views;
    const existing = views.get(root);
    if (existing !== undefined) return existing;
    const { nodes, indicators } = this.plan;
    const view: RootView = {
      nodeWeight: new Array<Dec | null>(nodes.length).fill(null),
      nodeEff: new Array<Dec | null>(nodes.length).fill(null),
      indWeight: new Array<Dec | null>(indicators.length).fill(null),
      rootTerm: new Array<Term | null>(indicators.length).fill(null),
      indicatorScores: indicators.map(() => []),
    };
    if (!rootNull) {
      view.nodeEff[0] = this.context.cache.dec(fraction(1n));
      for (const t of root.nodeTerms) view.nodeEff[t.pos] = this.context.cache.dec(t.eff);
      for (const t of root.terms) view.rootTerm[t.pos] = t;
      this.fillWeights(view, root, 0);
    }
    views.set(root, view);
    return view;
  }

  /** Records the weight within its parent of every child taking part, down the tree. */
  private fillWeights(view: RootView, shape: Shape, pos: number): void {
    const node = this.plan.nodes[pos] as IndexPlan["nodes"][number];
    node.children.forEach((child, k) => {
      if (!shape.used[k]) return;
      const f = shape.factorDecs[k] as Dec;
      if (child.indicator) {
        view.indWeight[child.pos] = f;
      } else {
        view.nodeWeight[child.pos] = f;
        this.fillWeights(view, shape.childShapes[k] as Shape, child.pos);
      }
    });
  }
}
