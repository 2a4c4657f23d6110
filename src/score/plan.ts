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
import type {
  AggregatingLevel,
  AggregationSpec,
  IndexSpec,
  Method,
  NodeNormalisationSpec,
} from "../method/schema.js";
import { referenceIssues } from "../method/reference.js";
import { childWeights } from "../method/weighting.js";
import type {
  GapDescriptor,
  IndexChild,
  IndexDescriptor,
  IndexIndicatorDescriptor,
  IndexNodeDescriptor,
} from "./types.js";
import { pushAll } from "../base/extent.js";

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
  /**
   * The method's normalisation of this node's aggregate across units (`normaliseNodes`), or `null`. A
   * normalised node enters its parent with its normalised value, so its parent is not linear in the
   * indicators below it.
   */
  readonly normalise: NodeNormalisationSpec | null;
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
 *   `P10_METHOD_GAP_INDEX`, `P10_METHOD_INDICES_ROOTS` (sub-indices by kind over several roots),
 *   `P10_METHOD_UNKNOWN_SCALE`, `P10_METHOD_GOALPOSTS`.
 * @example
 * ```ts
 * import { frameworks, methods } from "principle10";
 * import { compilePlan } from "./plan.js";
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
  // By default one index per framework root (its id and title) over every scored indicator under it.
  const rootIds = framework.roots.map((r) => r.id);
  const specs: IndexSpec[] =
    method.indices ??
    framework.roots.map((r) => ({ id: r.id, title: r.title, kinds: ["legal", "practice"] }));
  if (method.indices === undefined) {
    method.gaps.forEach((g, i) => {
      for (const side of ["minuend", "subtrahend"] as const) {
        if (!rootIds.includes(g[side])) {
          issue(
            "P10_METHOD_GAP_INDEX",
            `gaps[${i}].${side}`,
            rootIds.length === 1
              ? `gap "${g.id}" names index "${g[side]}", but the method has only the default index "${framework.root.id}"`
              : `gap "${g.id}" names index "${g[side]}", which is not a root of framework ${framework.id} (${rootIds.join(", ")})`,
          );
        }
      }
    });
  } else if (rootIds.length > 1) {
    issue(
      "P10_METHOD_INDICES_ROOTS",
      "indices",
      `framework ${framework.id} has several roots (${rootIds.join(", ")}), each its own index; sub-indices by kind are for a framework with one root`,
    );
  }

  // Which nodes enter which index: a node enters when its subtree holds a scored indicator of a listed kind.
  // Under several roots index k is root k's subtree; with one root every index spans the whole tree.
  const rootOf = (k: number): string => (rootIds.length > 1 ? (rootIds[k] as string) : framework.root.id);
  const counts = specs.map((spec, k) => indicatorCounts(framework, spec, rootOf(k)));
  const entersSome = (id: string): boolean => counts.some((c) => (c.get(id) ?? 0) > 0);
  checkNodeReferences(method, framework, entersSome, issue);

  const indices = specs.map((spec, k) => {
    const count = counts[k] as Map<string, number>;
    if ((count.get(rootOf(k)) ?? 0) === 0) {
      issue(
        "P10_METHOD_EMPTY_INDEX",
        method.indices ? `indices[${k}].kinds` : "indices",
        `index "${spec.id}" has no indicator: no scored indicator of kind ${spec.kinds.join(" or ")} in framework ${framework.id}`,
      );
    }
    return buildIndex(method, framework, spec, count, issue);
  });
  const own = method.normaliseScales ?? {};
  const common = new Set([...framework.scales.keys()].filter((id) => !Object.hasOwn(own, id)));
  pushAll(issues, goalpostIssues(method.normalisation, framework, { scales: common }));
  for (const [id, spec] of Object.entries(own)) {
    if (!framework.scales.has(id)) {
      issue(
        "P10_METHOD_UNKNOWN_SCALE",
        jsonPath(["normaliseScales", id]),
        `a normalisation for scale "${id}", which framework ${framework.id} does not define (scales: ${[...framework.scales.keys()].join(", ")})`,
      );
    }
    pushAll(
      issues,
      goalpostIssues(spec, framework, { scales: new Set([id]), path: ["normaliseScales", id] }),
    );
  }
  pushAll(issues, referenceIssues(method, framework, indices));
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

/**
 * Entering indicators under every node of one root's tree for one index (0 for nodes outside it). The
 * framework's pre-order lists each root's tree as one run, so the tree is the run that starts at the root.
 */
function indicatorCounts(framework: Framework, spec: IndexSpec, root: string): Map<string, number> {
  const counts = new Map<string, number>();
  const enters = (i: FrameworkIndicator): boolean => i.scored && spec.kinds.includes(i.kind);
  const start = framework.order.indexOf(root);
  let end = framework.order.length;
  for (let k = start + 1; k < framework.order.length; k++) {
    if (framework.nodes.get(framework.order[k] as string)?.parent === null) {
      end = k;
      break;
    }
  }
  for (let k = end - 1; k >= start; k--) {
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
  const check = (
    id: string,
    path: string,
    what: "aggregation" | "coverage" | "weight" | "normalisation" | "bands",
  ): void => {
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
  // The case-combination override must name an indicator assessed through cases, or a group holding one.
  for (const id of Object.keys(method.caseCombine ?? {})) {
    const node = framework.nodes.get(id);
    const cased = (n: string): boolean => framework.indicatorById.get(n)?.definition.cases !== undefined;
    const ok =
      node !== undefined &&
      (node.level === "indicator" ? cased(id) : node.level === "group" && node.children.some(cased));
    if (!ok)
      issue(
        "P10_METHOD_CASE_COMBINE",
        jsonPath(["caseCombine", id]),
        `case combination for "${id}", which is neither an indicator assessed through cases nor a group holding one in framework ${framework.id}`,
      );
  }
  for (const id of Object.keys(method.normaliseNodes ?? {}))
    check(id, jsonPath(["normaliseNodes", id]), "normalisation");
  const bands = method.presentation.bands;
  if (!Array.isArray(bands)) {
    for (const id of Object.keys(bands.nodes))
      check(id, jsonPath(["presentation", "bands", "nodes", id]), "bands");
  }
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
      normalise:
        method.normaliseNodes !== undefined && Object.hasOwn(method.normaliseNodes, id)
          ? (method.normaliseNodes[id] as NodeNormalisationSpec)
          : null,
    };
  });
  // Linear when this node and every internal node below it aggregate linearly (children come later in pre-order).
  for (let pos = drafts.length - 1; pos >= 0; pos--) {
    const d = drafts[pos] as (typeof drafts)[number];
    d.linear =
      isLinearAggregation(d.aggregation) &&
      d.children.every(
        (c) => c.indicator || ((drafts[c.pos]?.linear ?? false) && drafts[c.pos]?.normalise === null),
      );
  }
  const nodes: PlanNode[] = drafts;
  const indicators = indicatorIds.map((id, pos): IndexIndicatorDescriptor => {
    const indicator = framework.indicatorById.get(id) as FrameworkIndicator;
    const parent = nodePos.get(indicator.parent as string) as number;
    let nonLinearOnPath: string | null = null;
    for (let p = parent; p >= 0 && nonLinearOnPath === null; p = nodes[p]?.parent ?? -1) {
      const n = nodes[p] as PlanNode;
      if (!isLinearAggregation(n.aggregation) || n.normalise !== null) nonLinearOnPath = n.id;
    }
    return { pos, id, ordinal: indicator.ordinal, parent, nonLinearOnPath };
  });
  return { id: spec.id, title: spec.title, kinds: spec.kinds, nodes, indicators };
}
