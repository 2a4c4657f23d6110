/**
 * Uncertainty and sensitivity analysis of ranks, as the JRC audits composite indices (OECD/JRC Handbook on
 * Constructing Composite Indicators, 2008, §6; Saisana, Saltelli & Tarantola, JRSS A 168(2), 2005): the
 * model is re-run on every row of a Saltelli (2010) design over the uncertain inputs; each run ranks the
 * units of every period; each unit gets its nominal, mean and median rank and 5th–95th percentile interval;
 * the mean absolute rank shift of each run is the output whose first-order and total Sobol indices say which
 * input moves the ranks. One set of runs serves both: every design row is a valid Monte Carlo sample.
 */
import { compareCodePoints } from "../base/code-points.js";
import type { Dataset, DatasetUnit } from "../assessment/dataset.js";
import { isP10Error, P10Error } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import type { AggregatingLevel, Method } from "../method/schema.js";
import { score } from "../score/engine.js";
import {
  compileFastModel,
  type FastIndex,
  type FastModel,
  FastScorer,
  nominalRunState,
  type RunState,
  resetRunState,
} from "./fast-scorer.js";
import { type InputPlan, planUncertainInputs, RunConfigurator, type UncertainInput } from "./inputs.js";
import { createRng, type Rng } from "./prng.js";
import { competitionRanksFloat, type RankStatistics, rankStatistics } from "./rank-stats.js";
import { type SobolIndices, sobolDesign, sobolIndices } from "./sobol.js";
import { parseUncertaintySpec, type UncertaintySpec } from "./spec.js";
import { checkArgKind, checkObject } from "../arguments.js";

/**
 * The default target number of model runs (JRC audits use 1,000–4,000).
 *
 * @example
 * ```ts
 * import { frameworks, methods, runUncertainty } from "principle10";
 * import { createDataset, DEFAULT_RUNS } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * DEFAULT_RUNS; // 4000
 * runUncertainty(ds, edi, methods.get("edi-2015")).requestedRuns === DEFAULT_RUNS; // true
 * ```
 */
export const DEFAULT_RUNS = 4000;
/**
 * The default seed.
 *
 * @example
 * ```ts
 * import { frameworks, methods, runUncertainty } from "principle10";
 * import { createDataset, DEFAULT_SEED } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * runUncertainty(ds, edi, methods.get("edi-2015"), { runs: 100 }).seed === String(DEFAULT_SEED); // true
 * ```
 */
export const DEFAULT_SEED = 1;
/**
 * Scores are ranked on a grid of 1e-9 (`Math.round(score × 1e9)`, for |score| < 1e6; larger scores as they
 * are): float rounding must not split ties that the exact engine sees (two units with equal exact scores
 * may differ by an ulp in doubles). Scores closer than 1e-9 therefore tie.
 *
 * @example
 * ```ts
 * import { RANK_GRID } from "principle10/advanced";
 * 0.1 + 0.2 === 0.3; // false in doubles
 * Math.round((0.1 + 0.2) * RANK_GRID) === Math.round(0.3 * RANK_GRID); // true: on the grid they tie
 * ```
 */
export const RANK_GRID = 1e9;

/** Options of {@link runUncertainty}. */
export interface UncertaintyOptions {
  /** The spec (default: every default of {@link parseUncertaintySpec}). */
  readonly spec?: UncertaintySpec;
  /** The spec's file name, for errors. */
  readonly specFile?: string;
  /**
   * Target number of model runs (default: the spec's `runs`, else {@link DEFAULT_RUNS}). With k inputs the
   * design has n = max(2, round(runs / (k + 2))) base rows and n·(k + 2) runs.
   */
  readonly runs?: number;
  /** The seed (default: the spec's `seed`, else {@link DEFAULT_SEED}). */
  readonly seed?: number | string;
  /** Nodes to analyse besides the root and the pillars of every index (framework ids). */
  readonly nodes?: readonly string[];
  /** Called as runs complete (at most about 200 times, and once at the end). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The rank intervals and sensitivity indices of one node of one index. */
export interface NodeUncertainty {
  /** The index id. */
  readonly index: string;
  /** The framework node id. */
  readonly node: string;
  readonly title: string;
  readonly level: AggregatingLevel;
  /** Rank statistics; `ranks.units` is aligned with {@link UncertaintyResult.units}. */
  readonly ranks: RankStatistics;
  /** Sobol indices of each input on this node's mean absolute rank shift, or `null` (see `note`). */
  readonly sensitivity: SobolIndices | null;
  /** Why `sensitivity` is null, or `null`. */
  readonly note: string | null;
}

/** The result of {@link runUncertainty}. */
export interface UncertaintyResult {
  readonly framework: { readonly id: string; readonly version: string };
  readonly method: { readonly id: string; readonly version: string };
  /** The seed as given (text). */
  readonly seed: string;
  /** The 32-bit key the generator was seeded with. */
  readonly seedKey: number;
  /** The runs asked for. */
  readonly requestedRuns: number;
  /** The runs made: n·(k + 2), or 1 (the nominal run) when there is no uncertain input. */
  readonly runs: number;
  /** The base rows n of the Saltelli design (0 without inputs). */
  readonly baseRows: number;
  readonly spec: UncertaintySpec;
  /** The uncertain inputs, in design-column order. */
  readonly inputs: readonly UncertainInput[];
  /** The periods, in code-point order. */
  readonly periods: readonly string[];
  /** The units, by period then entity (code-point order); every rank array is aligned with it. */
  readonly units: readonly DatasetUnit[];
  /** The nodes analysed: for each index, its root, its pillars, then the requested nodes. */
  readonly nodes: readonly NodeUncertainty[];
}

/**
 * Runs the uncertainty and sensitivity analysis of a dataset's ranks.
 *
 * @param dataset - the answers.
 * @param framework - their framework.
 * @param method - the nominal method.
 * @param options - spec, runs, seed, extra nodes, progress callback.
 * @returns rank intervals per node and unit, overall shifts, and Sobol indices per node.
 * @throws P10Error `P10_UNCERTAINTY_SPEC_INVALID` (see `planUncertainInputs`); `P10_UNCERTAINTY_NODE` for an
 *   extra node in no index; `P10_UNCERTAINTY_RUNS` for a run count that is not a positive integer;
 *   `P10_RNG_SEED`; `P10_FRAMEWORK_MISMATCH`, `P10_METHOD_INVALID`, and `P10_MISSING_ANSWER` under missing
 *   "fail", as `score`.
 * @example
 * ```ts
 * import { frameworks, methods, runUncertainty } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [
 *   { entity: "AA", period: "2024", indicator: "1.1", code: 3 },
 *   { entity: "BB", period: "2024", indicator: "1.1", code: 1 },
 * ]);
 * const result = runUncertainty(ds, edi, methods.get("edi-2015"), { runs: 200, seed: 7 });
 * result.nodes[0]?.ranks.units[0]?.nominal; // 1 (AA)
 * ```
 */
export function runUncertainty(
  dataset: Dataset,
  framework: Framework,
  method: Method,
  options: UncertaintyOptions = {},
): UncertaintyResult {
  checkArgKind("dataset", dataset, "dataset");
  checkArgKind("framework", framework, "framework");
  checkArgKind("method", method, "method");
  checkObject("options", options);
  if (options.spec !== undefined)
    checkObject("options.spec", options.spec, "an uncertainty spec (parseUncertaintySpec)");
  const spec = options.spec ?? parseUncertaintySpec({});
  const requestedRuns = options.runs ?? spec.runs ?? DEFAULT_RUNS;
  if (!Number.isSafeInteger(requestedRuns) || requestedRuns < 1) {
    throw new P10Error(
      "P10_UNCERTAINTY_RUNS",
      `runs must be a positive whole number; found ${requestedRuns}`,
    );
  }
  const seed = options.seed ?? spec.seed ?? DEFAULT_SEED;
  const root = createRng(seed);
  // Under missing "fail" the exact engine lists every missing answer; the runs then never meet one.
  if (method.missing === "fail") score(dataset, framework, method);
  const plan = planUncertainInputs(spec, framework, method, options.specFile);
  const model = compileFastModel(dataset, framework, method, { normalisations: plan.normalisations });
  const tracked = trackedNodes(model.indices, framework, options.nodes ?? []);
  const order = periodOrder(dataset.units);

  const k = plan.inputs.length;
  const baseRows = k === 0 ? 0 : Math.max(2, Math.round(requestedRuns / (k + 2)));
  const runs = k === 0 ? 1 : baseRows * (k + 2);
  const design = k === 0 ? new Float64Array(0) : sobolDesign(k, baseRows, root.fork(0));
  const runner = new RankRunner(model, plan, tracked, order, runs);
  runner.nominal();
  const every = Math.max(1, Math.ceil(runs / 200));
  for (let r = 0; r < runs; r++) {
    runner.run(design, r, k === 0);
    if (options.onProgress !== undefined && ((r + 1) % every === 0 || r + 1 === runs)) {
      options.onProgress(r + 1, runs);
    }
  }

  const nodes = tracked.map((t, i): NodeUncertainty => {
    const ranks = rankStatistics(runner.matrix(i), runs, runner.nominalRanks(i), { places: spec.places });
    const { sensitivity, note } = sensitivityOf(runner, i, k, baseRows, spec, root.fork(1 + i));
    return { index: t.index, node: t.node, title: t.title, level: t.level, ranks, sensitivity, note };
  });
  return {
    framework: { id: framework.id, version: framework.version },
    method: { id: method.id, version: method.version },
    seed: String(seed),
    seedKey: root.seedKey,
    requestedRuns,
    runs,
    baseRows,
    spec,
    inputs: plan.inputs,
    periods: order.periods,
    units: Array.from(order.units, (u) => dataset.units[u] as DatasetUnit),
    nodes,
  };
}

/** A node whose ranks are followed: index position, node position, and names. */
interface TrackedNode {
  readonly k: number;
  readonly pos: number;
  readonly index: string;
  readonly node: string;
  readonly title: string;
  readonly level: AggregatingLevel;
}

/** The root and pillars of every index, then each requested node in every index that has it. */
function trackedNodes(
  indices: readonly FastIndex[],
  framework: Framework,
  extra: readonly string[],
): TrackedNode[] {
  const out: TrackedNode[] = [];
  const add = (k: number, pos: number): void => {
    const index = indices[k] as FastIndex;
    const id = index.nodeIds[pos] as string;
    if (out.some((t) => t.k === k && t.pos === pos)) return;
    out.push({
      k,
      pos,
      index: index.id,
      node: id,
      title: framework.nodes.get(id)?.title ?? id,
      level: index.nodeLevels[pos] as AggregatingLevel,
    });
  };
  indices.forEach((index, k) => {
    index.nodeLevels.forEach((level, pos) => {
      if (level === "index" || level === "pillar") add(k, pos);
    });
  });
  for (const id of extra) {
    const found = indices.map((index) => index.nodeIds.indexOf(id));
    if (found.every((pos) => pos < 0)) {
      const kind =
        framework.nodes.get(id)?.level === "indicator" ? "an indicator (ranks are of nodes)" : "in no index";
      throw new P10Error(
        "P10_UNCERTAINTY_NODE",
        `node "${id}" is ${framework.nodes.has(id) ? kind : `not a node of framework ${framework.id}`}`,
      );
    }
    found.forEach((pos, k) => {
      if (pos >= 0) add(k, pos);
    });
  }
  return out;
}

/** Units by period then entity, and where each period's units start. */
interface PeriodOrder {
  readonly units: Int32Array;
  readonly periods: string[];
  /** Period p's units are at positions `starts[p]` … `starts[p + 1] − 1`. */
  readonly starts: Int32Array;
}

function periodOrder(units: readonly DatasetUnit[]): PeriodOrder {
  const order = Array.from(units.keys()).sort((a, b) => {
    const x = units[a] as DatasetUnit;
    const y = units[b] as DatasetUnit;
    return compareCodePoints(x.period, y.period) || compareCodePoints(x.entity, y.entity);
  });
  const periods: string[] = [];
  const starts: number[] = [];
  order.forEach((u, i) => {
    const period = (units[u] as DatasetUnit).period;
    if (periods[periods.length - 1] !== period) {
      periods.push(period);
      starts.push(i);
    }
  });
  starts.push(order.length);
  return { units: Int32Array.from(order), periods, starts: Int32Array.from(starts) };
}

/**
 * The run loop's state: the fast scorer, one run state, score buffers per index, rank buffers with one
 * view per period (made once), and per tracked node the runs × units rank matrix and the output per run.
 */
class RankRunner {
  private readonly scorer: FastScorer;
  private readonly configurator: RunConfigurator;
  private readonly state: RunState;
  private readonly buffers: Float64Array[];
  private readonly input: Float64Array;
  private readonly ranks: Int32Array;
  private readonly views: { scores: Float64Array; ranks: Int32Array; scratch: Int32Array }[];
  private readonly matrices: Int32Array[];
  private readonly nominal_: Int32Array[];
  /** Per tracked node: the mean absolute rank shift of each run (NaN when nothing could be compared). */
  readonly outputs: Float64Array[];

  constructor(
    private readonly model: FastModel,
    plan: InputPlan,
    private readonly tracked: readonly TrackedNode[],
    private readonly order: PeriodOrder,
    runs: number,
  ) {
    const units = model.unitCount;
    this.scorer = new FastScorer(model);
    this.configurator = new RunConfigurator(plan, model);
    this.state = nominalRunState(model);
    this.buffers = model.indices.map((x) => new Float64Array(units * x.nodeIds.length));
    this.input = new Float64Array(units);
    this.ranks = new Int32Array(units);
    const scratch = new Int32Array(units);
    this.views = order.periods.map((_, p) => {
      const a = order.starts[p] as number;
      const b = order.starts[p + 1] as number;
      return {
        scores: this.input.subarray(a, b),
        ranks: this.ranks.subarray(a, b),
        scratch: scratch.subarray(a, b),
      };
    });
    this.matrices = tracked.map(() => new Int32Array(runs * units));
    this.nominal_ = tracked.map(() => new Int32Array(units));
    this.outputs = tracked.map(() => new Float64Array(runs));
  }

  /** Ranks under the method's own settings. */
  nominal(): void {
    resetRunState(this.model, this.state);
    this.scoreAll();
    this.tracked.forEach((_, t) => {
      this.rankTracked(t);
      (this.nominal_[t] as Int32Array).set(this.ranks);
    });
  }

  /** Run r: settings from design row r (or the nominal settings), scores, ranks, outputs. */
  run(design: Float64Array, r: number, nominalOnly: boolean): void {
    if (nominalOnly) resetRunState(this.model, this.state);
    else this.configurator.apply(design, r, this.state);
    this.scoreAll();
    const units = this.model.unitCount;
    this.tracked.forEach((_, t) => {
      this.rankTracked(t);
      (this.matrices[t] as Int32Array).set(this.ranks, r * units);
      const nominal = this.nominal_[t] as Int32Array;
      let sum = 0;
      let count = 0;
      for (let i = 0; i < units; i++) {
        const rank = this.ranks[i] as number;
        const base = nominal[i] as number;
        if (rank === 0 || base === 0) continue;
        sum += Math.abs(rank - base);
        count++;
      }
      (this.outputs[t] as Float64Array)[r] = count === 0 ? Number.NaN : sum / count;
    });
  }

  matrix(t: number): Int32Array {
    return this.matrices[t] as Int32Array;
  }

  nominalRanks(t: number): Int32Array {
    return this.nominal_[t] as Int32Array;
  }

  private scoreAll(): void {
    this.model.indices.forEach((_, k) => {
      this.scorer.scoreIndex(this.state, k, this.buffers[k] as Float64Array);
    });
  }

  /** Ranks tracked node t's scores within each period into `ranks` (period-major unit order). */
  private rankTracked(t: number): void {
    const { k, pos } = this.tracked[t] as TrackedNode;
    const nodes = (this.model.indices[k] as FastIndex).nodeIds.length;
    const scores = this.buffers[k] as Float64Array;
    const units = this.order.units;
    for (let i = 0; i < units.length; i++) {
      const s = scores[(units[i] as number) * nodes + pos] as number;
      this.input[i] = Math.abs(s) < 1e6 ? Math.round(s * RANK_GRID) : s;
    }
    for (const view of this.views) competitionRanksFloat(view.scores, view.ranks, view.scratch);
  }
}

/** The Sobol indices of one tracked node's output, or the reason there are none. */
function sensitivityOf(
  runner: RankRunner,
  t: number,
  k: number,
  baseRows: number,
  spec: UncertaintySpec,
  rng: Rng,
): { sensitivity: SobolIndices | null; note: string | null } {
  if (k === 0) return { sensitivity: null, note: "no uncertain input" };
  const outputs = runner.outputs[t] as Float64Array;
  const empty = outputs.reduce((n, y) => (Number.isNaN(y) ? n + 1 : n), 0);
  if (empty > 0) {
    return {
      sensitivity: null,
      note: `${empty} run${empty === 1 ? "" : "s"} left no unit ranked both there and nominally, so the rank shift is undefined`,
    };
  }
  try {
    const sensitivity = sobolIndices(outputs, k, baseRows, {
      bootstrap: spec.bootstrap,
      confidence: spec.confidence,
      rng,
    });
    return { sensitivity, note: null };
  } catch (e) {
    if (isP10Error(e) && e.code === "P10_SOBOL_VARIANCE") return { sensitivity: null, note: e.message };
    throw e;
  }
}
