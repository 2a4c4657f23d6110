/**
 * The compiled framework: the tree built from a validated document, with the lookups the rest of the
 * library needs (node by id, children in document order, indicators in tree order, scales by id).
 */
import type { Scale } from "./scale.js";
import type {
  FrameworkDocument,
  IndicatorDefinition,
  NodeDefinition,
  NodeLevel,
  References,
} from "./schema.js";

/** A node of the compiled tree. */
export interface FrameworkNode {
  readonly id: string;
  readonly level: NodeLevel;
  readonly title: string;
  /** The parent's id; `null` for the index. */
  readonly parent: string | null;
  /** Child ids in document order; empty for indicators. */
  readonly children: readonly string[];
  /** 0 for the index, 1 for pillars, … */
  readonly depth: number;
  /** Position of the node in the document's `nodes` array (for issue paths). */
  readonly position: number;
  readonly references: References;
  readonly definition: NodeDefinition;
}

/** An indicator of the compiled tree, with its scale resolved. */
export interface FrameworkIndicator extends FrameworkNode {
  readonly level: "indicator";
  readonly kind: "legal" | "practice";
  readonly scored: boolean;
  readonly scale: Scale;
  /** Position of the indicator in {@link Framework.indicators}. */
  readonly ordinal: number;
  readonly definition: IndicatorDefinition;
}

/**
 * A validated, compiled framework: what {@link parseFramework} returns and every other verb takes.
 */
export interface Framework {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly document: FrameworkDocument;
  /** The first index node (`roots[0]`). */
  readonly root: FrameworkNode;
  /**
   * Every index node, in document order: a framework may hold several indices over one questionnaire
   * (the Open Budget Index and the Survey's oversight measures), each scored and ranked on its own.
   */
  readonly roots: readonly FrameworkNode[];
  /** Every node by id. */
  readonly nodes: ReadonlyMap<string, FrameworkNode>;
  /** Node ids in depth-first pre-order, root after root (each index, then each pillar followed by its subtree). */
  readonly order: readonly string[];
  /** Indicators in depth-first pre-order; `ordinal` indexes this array. */
  readonly indicators: readonly FrameworkIndicator[];
  /** Indicator by id. */
  readonly indicatorById: ReadonlyMap<string, FrameworkIndicator>;
  /** Scales by id. */
  readonly scales: ReadonlyMap<string, Scale>;
}

/**
 * Tells whether a framework node is an indicator.
 *
 * @param node - a compiled node.
 * @returns `true` for an indicator (a leaf with a scale).
 * @example
 * ```ts
 * import { frameworks } from "principle10";
 * import { isIndicator } from "principle10/advanced";
 * isIndicator(frameworks.get("edi-2015").nodes.get("1.1")!); // true
 * ```
 */
export function isIndicator(node: FrameworkNode): node is FrameworkIndicator {
  return node.level === "indicator";
}

/**
 * Counts a framework's nodes by level and its indicators by kind. `guidelines` counts the distinct UNEP Bali
 * Guidelines that its groups stand for (EDI: 23 of 26; p10-2026: all 26, beside its defenders group).
 *
 * @param framework - a compiled framework.
 * @returns the counts.
 * @example
 * ```ts
 * import { frameworks } from "principle10";
 * import { frameworkSummary } from "principle10/advanced";
 * frameworkSummary(frameworks.get("edi-2015")).guidelines; // 23
 * ```
 */
export function frameworkSummary(framework: Framework): {
  pillars: number;
  groups: number;
  guidelines: number;
  indicators: number;
  legal: number;
  practice: number;
  scored: number;
} {
  let pillars = 0;
  let groups = 0;
  const guidelines = new Set<number>();
  for (const node of framework.nodes.values()) {
    if (node.level === "pillar") pillars++;
    else if (node.level === "group") {
      groups++;
      for (const g of node.references.bali) guidelines.add(g);
    }
  }
  const legal = framework.indicators.filter((i) => i.kind === "legal").length;
  const scored = framework.indicators.filter((i) => i.scored).length;
  return {
    pillars,
    groups,
    guidelines: guidelines.size,
    indicators: framework.indicators.length,
    legal,
    practice: framework.indicators.length - legal,
    scored,
  };
}

/**
 * The parts a framework's summaries count answers by: each root's pillars, in order, and the root itself
 * where indicators sit directly under it (a measure that is the plain mean of its questions).
 *
 * @param framework - a compiled framework.
 * @returns node ids (for a framework with one root and only pillars under it: the pillars).
 */
export function topParts(framework: Framework): string[] {
  return framework.roots.flatMap((root) => {
    const pillars = root.children.filter((c) => framework.nodes.get(c)?.level !== "indicator");
    return pillars.length < root.children.length ? [root.id, ...pillars] : pillars;
  });
}

/**
 * Lists the ancestors of a node, nearest first, ending with the index.
 *
 * @param framework - a compiled framework.
 * @param id - a node id.
 * @returns the ancestor ids (empty for the index).
 * @example
 * ```ts
 * import { frameworks } from "principle10";
 * import { ancestorsOf } from "principle10/advanced";
 * ancestorsOf(frameworks.get("edi-2015"), "1.1"); // ["G1", "information", "edi"]
 * ```
 */
export function ancestorsOf(framework: Framework, id: string): string[] {
  const out: string[] = [];
  let parent = framework.nodes.get(id)?.parent ?? null;
  while (parent !== null) {
    out.push(parent);
    parent = framework.nodes.get(parent)?.parent ?? null;
  }
  return out;
}
