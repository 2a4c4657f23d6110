/**
 * The uncertain inputs of an analysis, resolved from a spec against the framework and method, and the map
 * from one row of uniforms (a Monte Carlo or Saltelli design row, one column per input) to a run's
 * settings — the OECD/JRC Handbook (2008, §6) recipe: perturbed weights, alternative aggregation, missing
 * data treatment and normalisation, one component left out at a time.
 */
import type { P10ErrorCode } from "../error-codes.js";
import { failWithIssues, type P10Issue } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import { describeAggregation } from "../method/aggregation.js";
import type { AggregatingLevel, AggregationSpec, Method, NormalisationSpec } from "../method/schema.js";
import { compilePlan } from "../score/plan.js";
import {
  aggregationPower,
  FAST_AGGREGATION,
  FAST_ZEROS,
  type FastModel,
  normalisationTable,
  type RunState,
  resetRunState,
} from "./fast-scorer.js";
import { uniformToChoice, uniformToRange } from "./sampling.js";
import type { UncertaintySpec } from "./spec.js";

/** Fields every uncertain input has. */
interface InputBase {
  /** A stable id, e.g. `weights:group`, `aggregation:pillar`, `missing`, `exclude:group`. */
  readonly id: string;
  /** A few words for tables, e.g. `weights of groups ±25 %`. */
  readonly label: string;
  /** The alternatives drawn with equal chances, as text; `null` for a continuous input (weights). */
  readonly alternatives: readonly string[] | null;
}

/** One uncertain input: a column of the design. */
export type UncertainInput =
  | (InputBase & {
      readonly kind: "weights";
      /** The nodes whose weights it perturbs. */
      readonly nodes: readonly string[];
      /** Half-width of the factor's range, as a fraction (0.25 for ±25 %). */
      readonly halfWidth: number;
    })
  | (InputBase & {
      readonly kind: "aggregation";
      /** The level it sets, or `null` when it sets one node. */
      readonly level: AggregatingLevel | null;
      readonly node: string | null;
      readonly choices: readonly AggregationSpec[];
    })
  | (InputBase & { readonly kind: "missing"; readonly choices: readonly ("drop" | "zero")[] })
  | (InputBase & { readonly kind: "normalisation"; readonly choices: readonly NormalisationSpec[] })
  | (InputBase & {
      readonly kind: "exclude";
      /** The nodes left out one at a time (the first alternative, `none`, leaves out nothing). */
      readonly nodes: readonly string[];
    });

/** The inputs of an analysis and the settings its runs share. */
export interface InputPlan {
  readonly inputs: readonly UncertainInput[];
  /** Every normalisation an input may choose (to compile the fast model with). */
  readonly normalisations: readonly NormalisationSpec[];
  /**
   * The zeros rule of geometric-type means in the runs, and its offset; an offset of `null` is
   * {@link AUTO_OFFSET_SHARE} of the top of the run's normalised range (see `FastModel.tops`).
   */
  readonly zeros: { readonly rule: "zero" | "offset" | "fail"; readonly offset: number | null };
}

/** The default offset of geometric-type means in the runs, as a share of the normalised range's top. */
export const AUTO_OFFSET_SHARE = 0.01;

const LEVEL_PLURAL: Record<string, string> = {
  index: "the index",
  pillar: "pillars",
  group: "groups",
  indicator: "indicators",
};

/**
 * Resolves a spec against a framework and method: the list of uncertain inputs, in design-column order
 * (weights, aggregation, missing data, normalisation, leave-one-out). A level with no node in the method's
 * indices gives no input; a list with one alternative gives an input that always takes it.
 *
 * @param spec - the parsed spec.
 * @param framework - the framework.
 * @param method - the nominal method.
 * @param file - the spec's file name, for issues.
 * @returns the inputs and shared run settings.
 * @throws P10Error `P10_UNCERTAINTY_SPEC_INVALID` with issues `P10_UNCERTAINTY_UNKNOWN_NODE` (a node id not
 *   in the framework), `P10_UNCERTAINTY_NODE_LEVEL` (the root where a weight or leave-one-out is asked, an
 *   indicator given an aggregation), `P10_UNCERTAINTY_UNUSED_NODE` (a node in no index of the method);
 *   `P10_METHOD_INVALID` as `compilePlan`.
 * @example
 * ```ts
 * import { frameworks, methods, parseUncertaintySpec } from "principle10";
 * import { planUncertainInputs } from "./inputs.js";
 * const plan = planUncertainInputs(parseUncertaintySpec({}), frameworks.get("edi-2015"), methods.get("edi-2015"));
 * plan.inputs.map((i) => i.id);
 * // ["weights:pillar", "weights:group", "weights:indicator", "aggregation:pillar", "aggregation:index", "missing", "exclude:group"]
 * ```
 */
export function planUncertainInputs(
  spec: UncertaintySpec,
  framework: Framework,
  method: Method,
  file?: string,
): InputPlan {
  const plan = compilePlan(method, framework);
  // Nodes that take part in some index: internal nodes by level, and every child (with its level).
  const internal = new Map<string, AggregatingLevel>();
  const children = new Map<string, string>();
  for (const index of plan.indices) {
    for (const node of index.nodes) {
      internal.set(node.id, node.level);
      for (const c of node.children) {
        children.set(c.id, c.indicator ? "indicator" : (index.nodes[c.pos]?.level as string));
      }
    }
  }
  const issues: P10Issue[] = [];
  const checkNode = (id: string, path: string, as: "child" | "aggregating"): boolean => {
    const issue = (code: P10ErrorCode, message: string): false => {
      issues.push({ code, severity: "error", path, message, ...(file === undefined ? {} : { file }) });
      return false;
    };
    const node = framework.nodes.get(id);
    if (node === undefined)
      return issue("P10_UNCERTAINTY_UNKNOWN_NODE", `"${id}" is not a node of framework ${framework.id}`);
    if (as === "child" && node.parent === null) {
      return issue(
        "P10_UNCERTAINTY_NODE_LEVEL",
        `"${id}" is the index root: it has no weight and cannot be left out`,
      );
    }
    if (as === "aggregating" && node.level === "indicator") {
      return issue(
        "P10_UNCERTAINTY_NODE_LEVEL",
        `"${id}" is an indicator: only the index, pillars and groups aggregate`,
      );
    }
    if (!(as === "child" ? children.has(id) : internal.has(id))) {
      return issue("P10_UNCERTAINTY_UNUSED_NODE", `"${id}" enters no index of method ${method.id}`);
    }
    return true;
  };
  const inOrder = (keep: (id: string) => boolean): string[] => framework.order.filter(keep);

  const inputs: UncertainInput[] = [];
  const weights = spec.weights;
  if (weights !== null) {
    const halfWidth = weights.perturbation / 100;
    const range = `±${weights.perturbation} %`;
    const chosen =
      weights.nodes === undefined
        ? inOrder((id) => weights.levels.includes(children.get(id) as never))
        : weights.nodes.filter((id, i) => checkNode(id, `weights.nodes[${i}]`, "child"));
    if (weights.inputs === "per-node") {
      for (const id of inOrder((id) => chosen.includes(id))) {
        inputs.push({
          kind: "weights",
          id: `weights:${id}`,
          label: `weight of ${id} ${range}`,
          alternatives: null,
          nodes: [id],
          halfWidth,
        });
      }
    } else {
      for (const level of ["pillar", "group", "indicator"]) {
        const nodes = inOrder((id) => chosen.includes(id) && children.get(id) === level);
        if (nodes.length === 0) continue;
        inputs.push({
          kind: "weights",
          id: `weights:${level}`,
          label: `weights of ${LEVEL_PLURAL[level]} ${range}`,
          alternatives: null,
          nodes,
          halfWidth,
        });
      }
    }
  }
  spec.aggregation.forEach((choice, i) => {
    const alternatives = choice.alternatives.map(describeAggregation);
    if ("level" in choice) {
      if (![...internal.values()].includes(choice.level)) return;
      inputs.push({
        kind: "aggregation",
        id: `aggregation:${choice.level}`,
        label: `aggregation of ${LEVEL_PLURAL[choice.level]}`,
        alternatives,
        level: choice.level,
        node: null,
        choices: choice.alternatives,
      });
    } else if (checkNode(choice.node, `aggregation[${i}].node`, "aggregating")) {
      inputs.push({
        kind: "aggregation",
        id: `aggregation:${choice.node}`,
        label: `aggregation of ${choice.node}`,
        alternatives,
        level: null,
        node: choice.node,
        choices: choice.alternatives,
      });
    }
  });
  if (spec.missing.length > 0) {
    inputs.push({
      kind: "missing",
      id: "missing",
      label: "missing data",
      alternatives: [...spec.missing],
      choices: spec.missing,
    });
  }
  const normalisations = spec.normalisation ?? defaultNormalisations(framework, plan.indices);
  if (normalisations.length > 0) {
    inputs.push({
      kind: "normalisation",
      id: "normalisation",
      label: "normalisation",
      alternatives: normalisations.map(describeNormalisation),
      choices: normalisations,
    });
  }
  const exclude = spec.exclude;
  if (exclude !== null) {
    const nodes =
      "level" in exclude
        ? inOrder((id) => children.get(id) === exclude.level)
        : exclude.nodes.filter((id, i) => checkNode(id, `exclude.nodes[${i}]`, "child"));
    if (nodes.length > 0) {
      const what = "level" in exclude ? `one ${exclude.level}` : "one node";
      inputs.push({
        kind: "exclude",
        id: "level" in exclude ? `exclude:${exclude.level}` : "exclude",
        label: `left out: ${what}`,
        alternatives: ["none", ...nodes],
        nodes,
      });
    }
  }
  if (issues.length > 0) failWithIssues("P10_UNCERTAINTY_SPEC_INVALID", "invalid uncertainty spec", issues);
  return { inputs, normalisations, zeros: zerosOf(spec, method) };
}

/**
 * The zeros rule of the runs: the spec's, else the method's, else `offset` by {@link AUTO_OFFSET_SHARE} of
 * the normalised range — a geometric mean under zeros "zero" sends every unit with one zero child to 0,
 * where they all tie (and share the best of their places), which says more about the rule than the data.
 */
function zerosOf(spec: UncertaintySpec, method: Method): InputPlan["zeros"] {
  if (spec.zeros !== undefined) {
    return { rule: spec.zeros, offset: spec.zeros === "offset" ? Number(spec.offset) : 0 };
  }
  const rule = method.aggregation.zeros;
  if (rule !== undefined) {
    return { rule, offset: rule === "offset" ? Number(method.aggregation.offset ?? "0") : 0 };
  }
  return { rule: "offset", offset: null };
}

/** Native and goalposts 0–100 when the scored indicators' scales differ in minimum or maximum; else none. */
function defaultNormalisations(
  framework: Framework,
  indices: ReturnType<typeof compilePlan>["indices"],
): NormalisationSpec[] {
  const ends = new Set<string>();
  for (const index of indices) {
    for (const i of index.indicators) {
      const scale = framework.indicators[i.ordinal]?.scale;
      if (scale !== undefined) ends.add(`${scale.min.toString()}/${scale.max.toString()}`);
    }
  }
  return ends.size > 1 ? [{ method: "native" }, { method: "goalposts", range: "0-100", posts: {} }] : [];
}

/**
 * Names a normalisation in a few words, e.g. `goalposts 0-100`.
 *
 * @param spec - a normalisation.
 * @returns the description.
 * @throws never.
 * @example
 * ```ts
 * import { describeNormalisation } from "./inputs.js";
 * describeNormalisation({ method: "z-score" }); // "z-score"
 * ```
 */
export function describeNormalisation(spec: NormalisationSpec): string {
  switch (spec.method) {
    case "native":
    case "z-score":
      return spec.method;
    case "goalposts": {
      const custom = Object.keys(spec.posts).length > 0 ? " (custom posts)" : "";
      return `goalposts ${spec.range}${custom}`;
    }
    case "cohort-minmax":
      return `cohort-minmax ${spec.range}`;
    case "ratio":
    case "relative-difference":
      return `${spec.method} to ${typeof spec.to === "string" ? spec.to : spec.to.entity}`;
    default:
      return spec.method;
  }
}

/** Child slots of one framework node in each index of the model: `[index, slot]` pairs. */
type Slots = readonly (readonly [number, number])[];

/**
 * Turns design rows into run settings for one compiled model: {@link RunConfigurator.apply} resets the
 * state to the method's settings and applies every input's value from the row, allocating nothing.
 *
 * @example
 * ```ts
 * import { frameworks, methods, parseUncertaintySpec } from "principle10";
 * import { compileFastModel, nominalRunState } from "./fast-scorer.js";
 * import { planUncertainInputs, RunConfigurator } from "./inputs.js";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015"), m = methods.get("edi-2015");
 * const plan = planUncertainInputs(parseUncertaintySpec({}), edi, m);
 * const model = compileFastModel(createDataset(edi, []), edi, m, { normalisations: plan.normalisations });
 * const state = nominalRunState(model);
 * // one row of uniforms, one per input: here every input takes its last alternative
 * new RunConfigurator(plan, model).apply(new Float64Array(plan.inputs.length).fill(0.99), 0, state);
 * state.missingZero; // true
 * ```
 */
export class RunConfigurator {
  private readonly slotsOf: (id: string) => Slots;
  private readonly nodesOf: (level: AggregatingLevel) => Slots;
  private readonly tableOf: readonly number[];
  private readonly weightSlots: readonly Slots[][];
  private readonly aggregationSlots: readonly Slots[];
  private readonly excludeSlots: readonly Slots[][];
  /** Inputs by position, level-wide aggregation before node aggregation (a node target wins). */
  private readonly order: readonly number[];
  private readonly anyWeights: boolean;

  /**
   * @param plan - the inputs (from {@link planUncertainInputs}).
   * @param model - the fast model compiled with `plan.normalisations`.
   * @throws RangeError when a normalisation of the plan is not in the model (a programming error).
   */
  constructor(
    readonly plan: InputPlan,
    readonly model: FastModel,
  ) {
    const slots = new Map<string, [number, number][]>();
    model.indices.forEach((index, k) => {
      index.childIds.forEach((id, c) => {
        const list = slots.get(id) ?? [];
        list.push([k, c]);
        slots.set(id, list);
      });
    });
    this.slotsOf = (id) => slots.get(id) ?? [];
    this.nodesOf = (level) =>
      model.indices.flatMap((index, k) =>
        index.nodeLevels.flatMap((l, pos) => (l === level ? [[k, pos] as const] : [])),
      );
    const nodePositions = (id: string): Slots =>
      model.indices.flatMap((index, k) => {
        const pos = index.nodeIds.indexOf(id);
        return pos < 0 ? [] : [[k, pos] as const];
      });
    this.tableOf = plan.normalisations.map((spec) => {
      const at = normalisationTable(model, spec);
      if (at < 0) throw new RangeError(`normalisation ${describeNormalisation(spec)} is not compiled`);
      return at;
    });
    this.weightSlots = plan.inputs.map((input) =>
      input.kind === "weights" ? input.nodes.map((id) => this.slotsOf(id)) : [],
    );
    this.aggregationSlots = plan.inputs.map((input) => {
      if (input.kind !== "aggregation") return [];
      return input.level === null ? nodePositions(input.node as string) : this.nodesOf(input.level);
    });
    this.excludeSlots = plan.inputs.map((input) =>
      input.kind === "exclude" ? input.nodes.map((id) => this.slotsOf(id)) : [],
    );
    const rank = (input: UncertainInput): number =>
      input.kind === "aggregation" ? (input.level === null ? 2 : 1) : 0;
    this.order = plan.inputs
      .map((input, i) => [rank(input), i] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([, i]) => i);
    this.anyWeights = plan.inputs.some((i) => i.kind === "weights");
  }

  /**
   * Sets a run state from design row `row` (input i's uniform at `design[row·k + i]`).
   *
   * @param design - the design, row-major with one column per input.
   * @param row - the row.
   * @param state - the state to overwrite.
   * @returns nothing.
   * @throws P10Error `P10_SAMPLE_VALUE` for a design value outside [0, 1).
   */
  apply(design: Float64Array, row: number, state: RunState): void {
    const { model, plan } = this;
    resetRunState(model, state);
    const k = plan.inputs.length;
    for (const i of this.order) {
      const input = plan.inputs[i] as UncertainInput;
      const u = design[row * k + i] as number;
      switch (input.kind) {
        case "weights":
          this.perturb(input.halfWidth, u, this.weightSlots[i] as Slots[], state);
          break;
        case "aggregation": {
          const spec = input.choices[uniformToChoice(u, input.choices.length)] as AggregationSpec;
          for (const [x, pos] of this.aggregationSlots[i] as Slots) {
            (state.aggregation[x] as Int8Array)[pos] = FAST_AGGREGATION[spec.function];
            (state.power[x] as Float64Array)[pos] = aggregationPower(spec);
          }
          break;
        }
        case "missing":
          state.missingZero = input.choices[uniformToChoice(u, input.choices.length)] === "zero";
          break;
        case "normalisation":
          state.normalisation = this.tableOf[uniformToChoice(u, input.choices.length)] as number;
          break;
        case "exclude": {
          const choice = uniformToChoice(u, input.nodes.length + 1);
          if (choice === 0) break;
          for (const [x, c] of (this.excludeSlots[i] as Slots[])[choice - 1] as Slots) {
            (state.excluded[x] as Uint8Array)[c] = 1;
          }
          break;
        }
      }
    }
    if (this.anyWeights) renormalise(model, state);
    state.zerosRule = FAST_ZEROS[plan.zeros.rule];
    state.offset = plan.zeros.offset ?? Math.max(0, model.tops[state.normalisation] ?? 0) * AUTO_OFFSET_SHARE;
  }

  /**
   * Multiplies the weights of an input's nodes by factors in [1 − h, 1 + h). One node: the factor is
   * `uniformToRange(u, 1 − h, 1 + h)`. Several nodes (a per-level input): the 32 bits of u key a
   * counter-based stream (MurmurHash3's fmix32 finaliser over key and node number, after Salmon et al.,
   * "Parallel random numbers: as easy as 1, 2, 3", SC 2011), so u alone fixes every factor and swapping u
   * between design rows swaps the whole vector.
   */
  private perturb(h: number, u: number, nodes: readonly Slots[], state: RunState): void {
    const key = fmix32(Math.floor(u * 4_294_967_296) >>> 0);
    nodes.forEach((slots, j) => {
      const v = nodes.length === 1 ? u : fmix32((key + Math.imul(j + 1, 0x9e3779b9)) >>> 0) / 4_294_967_296;
      const factor = uniformToRange(v, 1 - h, 1 + h);
      for (const [x, c] of slots)
        (state.weights[x] as Float64Array)[c] = (state.weights[x] as Float64Array)[c]! * factor;
    });
  }
}

/** Scales each parent's perturbed weights back to the parent's nominal total (Σ base / Σ perturbed). */
function renormalise(model: FastModel, state: RunState): void {
  model.indices.forEach((index, k) => {
    const w = state.weights[k] as Float64Array;
    for (let pos = 0; pos < index.nodeIds.length; pos++) {
      const start = index.childStart[pos] as number;
      const end = index.childStart[pos + 1] as number;
      let base = 0;
      let perturbed = 0;
      for (let c = start; c < end; c++) {
        base += index.baseWeight[c] as number;
        perturbed += w[c] as number;
      }
      if (perturbed === 0) continue;
      const scale = base / perturbed;
      for (let c = start; c < end; c++) w[c] = (w[c] as number) * scale;
    }
  });
}

/** MurmurHash3's 32-bit finaliser (Appleby, 2011): a bijection with full avalanche. */
function fmix32(input: number): number {
  let x = input | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
