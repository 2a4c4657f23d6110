/**
 * Scores one index for one unit after another. Nodes are evaluated bottom-up (reverse pre-order); each
 * node's pattern-dependent part comes from a memo of {@link Shape}s, so the per-unit work is the value
 * arithmetic: Σ effective weight × value for linear nodes (exact by construction: the contributions add
 * up to the score), the aggregation function of the children's scores for the others.
 */
import { ABSENT, MISSING, NOT_APPLICABLE } from "../assessment/dataset.js";
import type { Dec, RoundingRule } from "../decimal.js";
import { type AggregationFailure, aggregate, type ZerosPolicy } from "../method/aggregation.js";
import type { MissingPolicy } from "../method/schema.js";
import { DecCache } from "./dec-cache.js";
import type { IndexPlan } from "./plan.js";
import {
  buildShape,
  type ChildView,
  MISSING_STATE,
  NOT_APPLICABLE_STATE,
  PRESENT,
  productOf,
  SHARED_ONE,
  type Shape,
  sumTerms,
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

const STATE_CHARS = ["p", "z", "m", "n"];

/** Scores units in one index; keeps the shape memo and scratch arrays between units. */
export class IndexScorer {
  private readonly memo: Map<string, Shape>[];
  private nextShape = 0;
  private readonly cache = new DecCache();
  private readonly states: Uint8Array;
  private readonly slots: Int32Array;
  private readonly keys: Int32Array;
  private readonly shapes: Shape[];
  private readonly valueNull: Uint8Array;
  private readonly failures: (AggregationFailure | null)[];
  private readonly scores: (Dec | null)[];
  private readonly view: ChildView;
  /** Normalised values by indicator position, then slot. */
  private readonly values: readonly (readonly Dec[])[];
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
    table: readonly (readonly Dec[])[],
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
    this.view = { states: this.states, shapes: this.shapes, valueNull: this.valueNull };
    this.values = plan.indicators.map((i) => table[i.ordinal] as readonly Dec[]);
    this.levelCounts = Int32Array.from(this.values, (v) => v.length - 1);
    this.ordinals = Int32Array.from(plan.indicators, (i) => i.ordinal);
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
      shape = buildShape(this.nextShape++, node, this.view, this.settings.rounding, this.cache);
      memo.set(key, shape);
    }
    return shape;
  }

  /** The node's exact score given its (scored) shape; marks a value-dependent failure. */
  private valueOf(pos: number, shape: Shape): Dec | null {
    const node = this.plan.nodes[pos] as IndexPlan["nodes"][number];
    if (node.linear) {
      if (shape.sums === null) return sumTerms(shape.terms, this.slots, this.values, this.cache);
      let key = "";
      for (const child of node.children) key += String.fromCharCode(48 + (this.slots[child.pos] as number));
      let sum = shape.sums.get(key);
      if (sum === undefined) {
        sum = sumTerms(shape.terms, this.slots, this.values, this.cache);
        shape.sums.set(key, sum);
      }
      return sum;
    }
    const values: Dec[] = [];
    const weights: Dec[] = [];
    node.children.forEach((child, k) => {
      if (!shape.used[k]) return;
      values.push(child.indicator ? this.valueAt(child.pos) : (this.scores[child.pos] as Dec));
      weights.push(shape.factors[k] as Dec);
    });
    const result = aggregate(node.aggregation, values, weights, this.settings.zeros);
    if ("code" in result) {
      this.valueNull[pos] = 1;
      this.failures[pos] = result;
      return null;
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
      const failure = this.failures[pos];
      return {
        id: node.id,
        score: scores[pos] ?? null,
        reason: failure === null || failure === undefined ? null : failure,
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
    const levels = this.levelCounts[i] as number;
    const value = key <= levels ? this.valueAt(i) : null;
    const term = view.rootTerm[i] ?? null;
    const linearPath = (this.plan.indicators[i] as IndexPlan["indicators"][number]).nonLinearOnPath === null;
    const made: IndicatorScore = {
      id: (this.plan.indicators[i] as IndexPlan["indicators"][number]).id,
      value,
      weight: view.indWeight[i] ?? null,
      effectiveWeight: term === null ? null : term.eff,
      contribution:
        term !== null && linearPath
          ? productOf(term, this.slots[i] as number, this.values, this.cache)
          : null,
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
      view.nodeEff[0] = SHARED_ONE;
      for (const t of root.nodeTerms) view.nodeEff[t.pos] = t.eff;
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
      const f = shape.factors[k] as Dec;
      if (child.indicator) {
        view.indWeight[child.pos] = f;
      } else {
        view.nodeWeight[child.pos] = f;
        this.fillWeights(view, shape.childShapes[k] as Shape, child.pos);
      }
    });
  }
}
