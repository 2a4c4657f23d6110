/**
 * The scoring plan: a method checked against a framework and turned, once per scoring run, into the
 * structures the engine walks for every unit — the nodes and indicators of each index, raw weights,
 * the aggregation of each node, coverage thresholds, and the gaps between indices.
 */
import type { P10ErrorCode } from "../error-codes.js";
import { P10Decimal } from "../decimal.js";
import { jsonPath } from "../document.js";
import type { P10Issue } from "../errors.js";
import type { Framework, FrameworkIndicator } from "../framework/framework.js";
import { isLinearAggregation, type ZerosPolicy } from "../method/aggregation.js";
import { FRACTION_ONE, type Fraction, fractionToDec } from "../base/fraction.js";
import { goalpostIssues } from "../method/normalisation.js";
import { failMethod, methodIssues } from "../method/parse.js";
import { parseRatio, type Ratio } from "../method/ratio.js";
import type { AggregatingLevel, AggregationSpec, IndexSpec, Method } from "../method/schema.js";
import { childWeights } from "../method/weighting.js";
import type {
  GapDescriptor,
  IndexChild,
  IndexDescriptor,
  IndexIndicatorDescriptor,
  IndexNodeDescriptor,
} from "./types.js";

/** A node of the plan: its public descriptor plus exact weights and the parsed coverage threshold. */
export interface PlanNode extends IndexNodeDescriptor {
  /** The raw weights as exact fractions, aligned with `children`. */
  readonly weightFractions: readonly Fraction[];
  readonly coverageRatio: Ratio;
  /**
   * `true` under `flat-equal`: per unit, each child weighs the number of its indicators that contribute a
   * value (and, for coverage, of its applicable indicators) instead of its raw weight.
   */
  readonly countsIndicators: boolean;
}

/** One index of the plan. */
export interface IndexPlan extends IndexDescriptor {
  readonly nodes: readonly PlanNode[];
}

/** A method compiled against a framework. */
export interface ScoringPlan {
  readonly indices: readonly IndexPlan[];
  readonly gaps: readonly GapDescriptor[];
  readonly zeros: ZerosPolicy;
}

/**
 * Checks a method against a framework and compiles the scoring plan.
 *
 * @param method - the method (parsed, or built in code: its own rules are checked again).
 * @param framework - the framework.
 * @param file - the method's file name, for issues.
 * @returns the plan.
 * @throws P10Error `P10_METHOD_INVALID` with every problem: the codes of {@link parseMethod} and
 *   `P10_METHOD_FRAMEWORK` (made for another framework), `P10_METHOD_UNKNOWN_NODE`,
 *   `P10_METHOD_UNUSED_NODE` (a node entering no index), `P10_METHOD_OVERRIDE_LEVEL`, `P10_METHOD_WEIGHT`
 *   (a weight on the root), `P10_METHOD_WEIGHTS_ZERO` (naming the parent), `P10_METHOD_EMPTY_INDEX`,
 *   `P10_METHOD_GAP_INDEX`, `P10_METHOD_UNKNOWN_SCALE`, `P10_METHOD_GOALPOSTS`.
 * @example
 * ```ts
 * import { compilePlan, frameworks, methods } from "principle10";
 * compilePlan(methods.get("edi-2015"), frameworks.get("edi-2015")).indices[0]?.nodes.length; // 27
 * ```
 */
export function compilePlan(method: Method, framework: Framework, file?: string): ScoringPlan {
  const issues: P10Issue[] = methodIssues(method);
  const issue = (code: P10ErrorCode, path: string, message: string): void => {
    issues.push({ code, severity: "error", path, message });
  };
  if (method.framework !== undefined && method.framework !== framework.id) {
    issue(
      "P10_METHOD_FRAMEWORK",
      "framework",
      `method ${method.id} is made for framework "${method.framework}", not "${framework.id}"`,
    );
  }
  const specs: IndexSpec[] = method.indices ?? [
    { id: framework.root.id, title: framework.root.title, kinds: ["legal", "practice"] },
  ];
  if (method.indices === undefined) {
    method.gaps.forEach((g, i) => {
      for (const side of ["minuend", "subtrahend"] as const) {
        if (g[side] !== framework.root.id) {
          issue(
            "P10_METHOD_GAP_INDEX",
            `gaps[${i}].${side}`,
            `gap "${g.id}" names index "${g[side]}", but the method has only the default index "${framework.root.id}"`,
          );
        }
      }
    });
  }

  // Which nodes enter which index: a node enters when its subtree holds a scored indicator of a listed kind.
  const counts = specs.map((spec) => indicatorCounts(framework, spec));
  const entersSome = (id: string): boolean => counts.some((c) => (c.get(id) ?? 0) > 0);
  checkNodeReferences(method, framework, entersSome, issue);

  const indices = specs.map((spec, k) => {
    const count = counts[k] as Map<string, number>;
    if ((count.get(framework.root.id) ?? 0) === 0) {
      issue(
        "P10_METHOD_EMPTY_INDEX",
        method.indices ? `indices[${k}].kinds` : "indices",
        `index "${spec.id}" has no indicator: no scored indicator of kind ${spec.kinds.join(" or ")} in framework ${framework.id}`,
      );
    }
    return buildIndex(method, framework, spec, count, issue);
  });
  issues.push(...goalpostIssues(method.normalisation, framework));
  if (issues.length > 0) failMethod(issues, file);

  const gaps = method.gaps.map((g): GapDescriptor => {
    const minuend = indices.find((x) => x.id === g.minuend) as IndexPlan;
    const subtrahend = indices.find((x) => x.id === g.subtrahend) as IndexPlan;
    const nodes = minuend.nodes.flatMap((n) => {
      const other = subtrahend.nodes.find((m) => m.id === n.id);
      return other === undefined ? [] : [{ id: n.id, minuendPos: n.pos, subtrahendPos: other.pos }];
    });
    return { id: g.id, title: g.title, minuend: g.minuend, subtrahend: g.subtrahend, nodes };
  });
  const zeros: ZerosPolicy = {
    rule: method.aggregation.zeros ?? "fail",
    offset: new P10Decimal(method.aggregation.offset ?? "0"),
  };
  return { indices, gaps, zeros };
}

/** Entering indicators under every node of the framework for one index (0 for nodes outside it). */
function indicatorCounts(framework: Framework, spec: IndexSpec): Map<string, number> {
  const counts = new Map<string, number>();
  const enters = (i: FrameworkIndicator): boolean => i.scored && spec.kinds.includes(i.kind);
  for (let k = framework.order.length - 1; k >= 0; k--) {
    const id = framework.order[k] as string;
    const node = framework.nodes.get(id);
    if (node === undefined) continue;
    const indicator = framework.indicatorById.get(id);
    counts.set(
      id,
      indicator ? (enters(indicator) ? 1 : 0) : node.children.reduce((a, c) => a + (counts.get(c) ?? 0), 0),
    );
  }
  return counts;
}

/** Checks every node id the method names: overrides, coverage per node, explicit and budget weights. */
function checkNodeReferences(
  method: Method,
  framework: Framework,
  entersSome: (id: string) => boolean,
  issue: (code: P10ErrorCode, path: string, message: string) => void,
): void {
  const check = (id: string, path: string, what: "aggregation" | "coverage" | "weight"): void => {
    const node = framework.nodes.get(id);
    if (node === undefined) {
      issue(
        "P10_METHOD_UNKNOWN_NODE",
        path,
        `${what} for "${id}", which is not a node of framework ${framework.id}`,
      );
    } else if (what !== "weight" && node.level === "indicator") {
      issue(
        "P10_METHOD_OVERRIDE_LEVEL",
        path,
        `${what} for indicator "${id}": only the index, pillars and groups aggregate`,
      );
    } else if (what === "weight" && node.parent === null) {
      issue(
        "P10_METHOD_WEIGHT",
        path,
        `a weight for the index root "${id}" means nothing: weights are relative to siblings`,
      );
    } else if (!entersSome(id)) {
      issue(
        "P10_METHOD_UNUSED_NODE",
        path,
        `${what} for "${id}", which enters no index of this method (no scored indicator of an index's kinds under it)`,
      );
    }
  };
  for (const id of Object.keys(method.aggregation.overrides))
    check(id, jsonPath(["aggregation", "overrides", id]), "aggregation");
  for (const id of Object.keys(method.minCoverageByNode))
    check(id, jsonPath(["minCoverageByNode", id]), "coverage");
  const w = method.weighting;
  if (w.scheme === "explicit") {
    for (const id of Object.keys(w.weights)) check(id, jsonPath(["weighting", "weights", id]), "weight");
  } else if (w.scheme === "budget") {
    w.experts.forEach((e, i) => {
      for (const id of Object.keys(e.allocations))
        check(id, jsonPath(["weighting", "experts", i, "allocations", id]), "weight");
    });
  }
}

/** Builds one index: nodes in pre-order with children, weights, aggregation, linearity; indicators. */
function buildIndex(
  method: Method,
  framework: Framework,
  spec: IndexSpec,
  count: ReadonlyMap<string, number>,
  issue: (code: P10ErrorCode, path: string, message: string) => void,
): IndexPlan {
  const inIndex = (id: string): boolean => (count.get(id) ?? 0) > 0;
  const ids = framework.order.filter((id) => inIndex(id));
  const nodeIds = ids.filter((id) => !framework.indicatorById.has(id));
  const nodePos = new Map(nodeIds.map((id, i) => [id, i]));
  const indicatorIds = ids.filter((id) => framework.indicatorById.has(id));
  const indicatorPos = new Map(indicatorIds.map((id, i) => [id, i]));
  const points = method.weighting.scheme === "points";

  const aggregationOf = (id: string, level: AggregatingLevel): AggregationSpec =>
    method.aggregation.overrides[id] ??
    method.aggregation[level] ?? { function: points ? "sum" : "arithmetic" };

  const drafts = nodeIds.map((id, pos) => {
    const node = framework.nodes.get(id);
    if (node === undefined || node.level === "indicator") throw new RangeError(`not an internal node: ${id}`);
    const childIds = node.children.filter(inIndex);
    const children: IndexChild[] = childIds.map((c) => {
      const asIndicator = indicatorPos.get(c);
      return asIndicator === undefined
        ? { indicator: false, pos: nodePos.get(c) as number, id: c }
        : { indicator: true, pos: asIndicator, id: c };
    });
    const formed = childWeights(method.weighting, childIds, (c) => count.get(c) ?? 0);
    let weightFractions: readonly Fraction[] = childIds.map(() => FRACTION_ONE);
    if ("zeroExpert" in formed) {
      issue(
        "P10_METHOD_WEIGHTS_ZERO",
        "weighting.experts",
        `expert "${formed.zeroExpert}" allocates 0 to every child of node "${id}" (index ${spec.id})`,
      );
    } else if (formed.weights.every((w) => w.num === 0n)) {
      issue(
        "P10_METHOD_WEIGHTS_ZERO",
        "weighting.weights",
        `every child of node "${id}" weighs 0 in index ${spec.id} (${childIds.join(", ")}): at least one must weigh more`,
      );
    } else {
      weightFractions = formed.weights;
    }
    const minCoverage = method.minCoverageByNode[id] ?? method.minCoverage;
    return {
      pos,
      id,
      title: node.title,
      level: node.level,
      depth: node.depth,
      parent: node.parent === null ? -1 : (nodePos.get(node.parent) as number),
      children,
      weights: weightFractions.map(fractionToDec),
      weightFractions,
      aggregation: aggregationOf(id, node.level),
      linear: false,
      minCoverage,
      coverageRatio: parseRatio(minCoverage),
      countsIndicators: method.weighting.scheme === "flat-equal",
      indicatorCount: count.get(id) ?? 0,
    };
  });
  // Linear when this node and every internal node below it aggregate linearly (children come later in pre-order).
  for (let pos = drafts.length - 1; pos >= 0; pos--) {
    const d = drafts[pos] as (typeof drafts)[number];
    d.linear =
      isLinearAggregation(d.aggregation) &&
      d.children.every((c) => c.indicator || (drafts[c.pos]?.linear ?? false));
  }
  const nodes: PlanNode[] = drafts;
  const indicators = indicatorIds.map((id, pos): IndexIndicatorDescriptor => {
    const indicator = framework.indicatorById.get(id) as FrameworkIndicator;
    const parent = nodePos.get(indicator.parent as string) as number;
    let nonLinearOnPath: string | null = null;
    for (let p = parent; p >= 0 && nonLinearOnPath === null; p = nodes[p]?.parent ?? -1) {
      const n = nodes[p] as PlanNode;
      if (!isLinearAggregation(n.aggregation)) nonLinearOnPath = n.id;
    }
    return { pos, id, ordinal: indicator.ordinal, parent, nonLinearOnPath };
  });
  return { id: spec.id, title: spec.title, kinds: spec.kinds, nodes, indicators };
}
