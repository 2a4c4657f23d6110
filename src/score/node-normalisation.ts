/**
 * Normalised aggregates (`normaliseNodes`): a node's aggregate is z-scored or rescaled min–max across the
 * units of its cohort before it enters its parent. Its statistics need every unit's aggregate first, so
 * scoring runs in passes: each pass scores every unit with the normalisations known so far (a node whose
 * statistics are not known yet keeps its aggregate), then computes the statistics of the normalised nodes
 * that have no unknown normalised node below them. A method without `normaliseNodes` needs one pass; one
 * with nested normalised nodes needs one more pass per level of nesting.
 */
import type { Dataset } from "../assessment/dataset.js";
import type { Dec } from "../decimal.js";
import { P10Error, type P10Issue } from "../errors.js";
import {
  type Cohorts,
  cohortsOf,
  isConstant,
  type MinMaxStatistics,
  minMaxStatistics,
  minMaxValue,
  type NormalisationStatistic,
  statedStatistics,
  statisticRecord,
  type ZStatistics,
  zScore,
  zStatistics,
} from "../method/cohort.js";
import { decimalFraction, formatFraction, fractionToDec } from "../base/fraction.js";
import { TOPS } from "../method/normalisation.js";
import type { NodeTransform } from "./index-scorer.js";
import type { IndexPlan, PlanNode } from "./plan.js";
import type { IndexScores } from "./types.js";

/** One normalised node of one index, with its cohorts and (once known) a transform per cohort. */
interface NormalisedNode {
  readonly index: number;
  readonly node: PlanNode;
  readonly cohorts: Cohorts;
  transforms: NodeTransform[] | null;
}

/** The normalised nodes of a run and the statistics found so far. */
export class NodeNormaliser {
  private readonly nodes: NormalisedNode[];
  /** Statistics per normalised node, in index then pre-order. */
  readonly statistics: NormalisationStatistic[] = [];
  readonly warnings: P10Issue[] = [];

  /**
   * @param indices - the plan's indices.
   * @param dataset - the answers (its units and periods).
   * @throws P10Error `P10_REFERENCE_PERIOD` when a node's reference period has no units.
   */
  constructor(
    private readonly indices: readonly IndexPlan[],
    dataset: Dataset,
  ) {
    this.nodes = indices.flatMap((plan, index) =>
      plan.nodes.flatMap((node) =>
        node.normalise === null
          ? []
          : [
              {
                index,
                node,
                cohorts: cohortsOf(node.normalise, dataset, `aggregates of node ${node.id}`),
                transforms: null,
              },
            ],
      ),
    );
    for (const n of this.nodes) {
      if (n.cohorts.source === "stated") this.settle(n, []);
    }
  }

  /** `true` when every normalised node has its statistics (the next pass is the last). */
  get complete(): boolean {
    return this.nodes.every((n) => n.transforms !== null);
  }

  /**
   * The transforms of one index for one unit, by node position (`null` where none is known), or `null`
   * when the index has no normalised node.
   */
  transformsFor(index: number, positions: number, unit: number): (NodeTransform | null)[] | null {
    let out: (NodeTransform | null)[] | null = null;
    for (const n of this.nodes) {
      if (n.index !== index || n.transforms === null) continue;
      out ??= new Array<NodeTransform | null>(positions).fill(null);
      out[n.node.pos] = n.transforms[n.cohorts.cohortOf[unit] as number] ?? null;
    }
    return out;
  }

  /**
   * After a pass: computes the statistics of each pending node with no pending normalised node below it.
   *
   * @param results - the pass's results, per unit then index.
   */
  learn(results: readonly (readonly IndexScores[])[]): void {
    const pending = this.nodes.filter((n) => n.transforms === null);
    const ready = pending.filter(
      (n) => !pending.some((m) => m !== n && m.index === n.index && this.isBelow(m, n)),
    );
    for (const n of ready) {
      const raws = results.map((unit) => unit[n.index]?.nodes[n.node.pos]?.score ?? null);
      this.settle(n, raws);
    }
  }

  /** `true` when node `m` lies in the subtree of node `n` (same index). */
  private isBelow(m: NormalisedNode, n: NormalisedNode): boolean {
    const nodes = this.indices[m.index]?.nodes ?? [];
    for (let p = m.node.parent; p >= 0; p = nodes[p]?.parent ?? -1) if (p === n.node.pos) return true;
    return false;
  }

  /** Computes one node's statistics from its aggregates (raws by unit) and makes its transforms. */
  private settle(n: NormalisedNode, raws: readonly (Dec | null)[]): void {
    const spec = n.node.normalise;
    if (spec === null) return;
    n.transforms = n.cohorts.cohorts.map((cohort, c) => {
      let stats: ZStatistics | MinMaxStatistics;
      if (n.cohorts.source === "stated") {
        stats = statedStatistics(spec, n.node.id) as ZStatistics | MinMaxStatistics;
      } else {
        const values = cohort.units.flatMap((u) => {
          const v = raws[u];
          return v === null || v === undefined ? [] : [v];
        });
        if (n.cohorts.source === "reference-period" && values.length === 0) {
          throw new P10Error(
            "P10_REFERENCE_PERIOD",
            `node ${n.node.id} has no score in reference period ${cohort.period}, so it has no reference statistics`,
            [
              {
                code: "P10_REFERENCE_PERIOD",
                severity: "error",
                path: n.node.id,
                message: `no score for ${n.node.id} in reference period ${cohort.period}`,
              },
            ],
          );
        }
        const ones = values.map(() => 1);
        stats =
          spec.method === "z-score"
            ? zStatistics(values, ones)
            : minMaxStatistics(
                values.map((v) => decimalFraction(v)),
                ones,
              );
      }
      this.statistics.push(
        statisticRecord(
          { id: n.node.id, target: "node", index: this.indices[n.index]?.id ?? null, method: spec.method },
          n.cohorts,
          c,
          stats,
        ),
      );
      if ("mean" in stats) {
        if (stats.sd.isZero() && stats.count > 0) this.constant(n, cohort.period, "0");
        return (raw: Dec) => zScore(raw, stats.mean, stats.sd);
      }
      const top = TOPS[(spec as { range: keyof typeof TOPS }).range];
      const mm = stats;
      if (isConstant(mm) && mm.count > 0)
        this.constant(n, cohort.period, formatFraction(minMaxValue(top, null, null, top)));
      return (raw: Dec) => fractionToDec(minMaxValue(decimalFraction(raw), mm.min, mm.max, top));
    });
  }

  private constant(n: NormalisedNode, period: string | null, value: string): void {
    const spec = n.node.normalise;
    this.warnings.push({
      code: "P10_SCORE_CONSTANT_NODE",
      severity: "warning",
      path: n.node.id,
      message: `node ${n.node.id} has a single distinct score${period === null ? "" : ` in period ${period}`}, so ${spec?.method} cannot spread it: every score gets ${value}`,
    });
  }
}
