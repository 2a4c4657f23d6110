/**
 * Parsing and validating a framework document. Every problem is collected (not only the first) and reported
 * with a stable code and the JSON path of the offending value, so a framework author can act on it.
 */
import type { P10ErrorCode } from "../error-codes.js";
import { findForbiddenKeys, safeParseDocument, schemaIssues } from "../document.js";
import { failWithIssues, type P10Issue } from "../errors.js";
import type { Framework, FrameworkIndicator, FrameworkNode } from "./framework.js";
import { compileScale, type Scale } from "./scale.js";
import { FrameworkSchema, type NodeDefinition, type NodeLevel, type References } from "./schema.js";
import { pushAll } from "../base/extent.js";

/**
 * Which parent levels each level accepts. Indicators may sit under any node that is not an indicator: an
 * index or pillar that is the plain mean of its questions (the Open Budget Survey's oversight measures).
 */
const PARENT_LEVELS: Record<NodeLevel, readonly NodeLevel[]> = {
  index: [],
  pillar: ["index"],
  group: ["pillar"],
  indicator: ["group", "pillar", "index"],
};

const noReferences = (): References => ({ bali: [], aarhus: [], escazu: [] });

/**
 * Validates a framework document and compiles it into a {@link Framework}.
 *
 * @param json - the parsed JSON document (an object, not a string).
 * @param options - `file`: the file name to mention in errors.
 * @returns the compiled framework.
 * @throws P10Error `P10_FRAMEWORK_INVALID`, whose `issues` hold every problem: `P10_FRAMEWORK_SCHEMA`,
 *   `P10_FRAMEWORK_UNKNOWN_KEY`, `P10_FRAMEWORK_FORBIDDEN_KEY`, `P10_FRAMEWORK_DUPLICATE_ID`,
 *   `P10_FRAMEWORK_ROOT`, `P10_FRAMEWORK_DANGLING_PARENT`, `P10_FRAMEWORK_CYCLE`, `P10_FRAMEWORK_LEVEL`,
 *   `P10_FRAMEWORK_UNKNOWN_SCALE`, `P10_FRAMEWORK_EMPTY_GROUP`, `P10_FRAMEWORK_GUIDANCE`, `P10_FRAMEWORK_CASES`, `P10_FRAMEWORK_RULE` and the scale
 *   codes `P10_SCALE_*`.
 * @example
 * ```ts
 * import { parseFramework } from "principle10";
 * const fw = parseFramework({
 *   id: "tiny", version: "1", title: "Tiny", description: "A two-indicator example.", source: "hand-made",
 *   scales: [{ id: "yn", title: "Yes/no", levels: [{ code: "0", label: "No", value: "0" }, { code: "1", label: "Yes", value: "1" }] }],
 *   nodes: [
 *     { id: "root", level: "index", title: "Tiny" },
 *     { id: "p", level: "pillar", parent: "root", title: "Pillar" },
 *     { id: "q1", level: "indicator", parent: "p", kind: "legal", title: "Q1", question: "Is there a law?", scale: "yn" },
 *   ],
 * });
 * fw.indicators.length; // 1
 * ```
 */
export function parseFramework(json: unknown, options: { file?: string } = {}): Framework {
  const fail = (issues: P10Issue[]): never =>
    failWithIssues("P10_FRAMEWORK_INVALID", "invalid framework", issues, {
      ...options,
      fallback: "invalid framework",
    });

  const forbidden = findForbiddenKeys(json, "P10_FRAMEWORK_FORBIDDEN_KEY");
  if (forbidden.length > 0) fail(forbidden);
  const parsed = safeParseDocument(FrameworkSchema, json);
  if (!parsed.success) {
    return fail(
      schemaIssues(parsed.error, { unknownKey: "P10_FRAMEWORK_UNKNOWN_KEY", schema: "P10_FRAMEWORK_SCHEMA" }),
    );
  }
  const doc = parsed.data;
  const issues: P10Issue[] = [];
  const issue = (code: P10ErrorCode, path: string, message: string): void => {
    issues.push({ code, severity: "error", path, message });
  };

  // Scales.
  const scales = new Map<string, Scale>();
  doc.scales.forEach((def, i) => {
    if (scales.has(def.id))
      issue("P10_FRAMEWORK_DUPLICATE_ID", `scales[${i}].id`, `duplicate scale id "${def.id}"`);
    const compiled = compileScale(def, `scales[${i}]`);
    pushAll(issues, compiled.issues);
    scales.set(def.id, compiled.scale);
  });

  // Nodes: ids, parents, levels, cycles.
  const byId = new Map<string, { def: NodeDefinition; position: number }>();
  doc.nodes.forEach((def, position) => {
    if (byId.has(def.id)) {
      issue(
        "P10_FRAMEWORK_DUPLICATE_ID",
        `nodes[${position}].id`,
        `duplicate node id "${def.id}" (first at nodes[${byId.get(def.id)?.position}])`,
      );
    } else {
      byId.set(def.id, { def, position });
    }
  });
  // A full framework is what assessors answer: every indicator states its question. Only a scoring form,
  // which says so, leaves them out (it is made from a full document by scoringForm).
  if (doc.form !== "scoring") {
    doc.nodes.forEach((def, position) => {
      if (def.level === "indicator" && def.question === undefined) {
        issue(
          "P10_FRAMEWORK_QUESTION",
          `nodes[${position}].question`,
          `indicator "${def.id}" needs its question (only a scoring form, "form": "scoring", leaves questions out)`,
        );
      }
    });
  }
  const roots = doc.nodes.flatMap((def, position) => (def.level === "index" ? [position] : []));
  // Several roots are several indices over one questionnaire, each scored and ranked on its own.
  if (roots.length === 0) {
    issue("P10_FRAMEWORK_ROOT", "nodes", 'a framework needs at least one node with level "index", found 0');
  }
  const parentOf = (def: NodeDefinition): string | null => (def.level === "index" ? null : def.parent);
  const cyclic = new Set<string>();
  doc.nodes.forEach((def, position) => {
    const parent = parentOf(def);
    if (parent === null) return;
    const parentEntry = byId.get(parent);
    if (parentEntry === undefined) {
      issue(
        "P10_FRAMEWORK_DANGLING_PARENT",
        `nodes[${position}].parent`,
        `node "${def.id}" names parent "${parent}", which is not a node`,
      );
      return;
    }
    // Walk up; meeting this node again means a cycle.
    const seen = new Set<string>([def.id]);
    let cursor: string | null = parent;
    while (cursor !== null) {
      if (seen.has(cursor)) {
        if (!cyclic.has(def.id)) {
          for (const id of seen) cyclic.add(id);
          issue(
            "P10_FRAMEWORK_CYCLE",
            `nodes[${position}].parent`,
            `node "${def.id}" is its own ancestor (cycle through ${[...seen].join(" → ")})`,
          );
        }
        return;
      }
      seen.add(cursor);
      const entry = byId.get(cursor);
      cursor = entry ? parentOf(entry.def) : null;
    }
    if (!PARENT_LEVELS[def.level].includes(parentEntry.def.level)) {
      issue(
        "P10_FRAMEWORK_LEVEL",
        `nodes[${position}].parent`,
        `a ${def.level} cannot sit under a ${parentEntry.def.level} ("${parent}"); expected a parent of level ${PARENT_LEVELS[def.level].join(" or ")}`,
      );
    }
  });

  // Indicators: scale and guidance.
  doc.nodes.forEach((def, position) => {
    if (def.level !== "indicator") return;
    const scale = scales.get(def.scale);
    if (scale === undefined) {
      issue(
        "P10_FRAMEWORK_UNKNOWN_SCALE",
        `nodes[${position}].scale`,
        `indicator "${def.id}" uses scale "${def.scale}", which is not defined (scales: ${[...scales.keys()].join(", ")})`,
      );
      return;
    }
    for (const code of Object.keys(def.guidance)) {
      if (!scale.levels.some((l) => l.code === code)) {
        issue(
          "P10_FRAMEWORK_GUIDANCE",
          `nodes[${position}].guidance.${code}`,
          `guidance for "${code}", which is not a level of scale ${scale.id} (${scale.describeAllowed()})`,
        );
      }
    }
    (def.notApplicableWhen ?? []).forEach((rule, k) => {
      const path = `nodes[${position}].notApplicableWhen[${k}]`;
      const other = byId.get(rule.indicator)?.def;
      if (other === undefined || other.level !== "indicator" || other.id === def.id) {
        issue(
          "P10_FRAMEWORK_RULE",
          `${path}.indicator`,
          `indicator "${def.id}" depends on "${rule.indicator}", which is not another indicator`,
        );
        return;
      }
      const otherScale = scales.get(other.scale);
      for (const code of rule.answers) {
        if (otherScale !== undefined && !otherScale.levels.some((l) => l.code === code)) {
          issue(
            "P10_FRAMEWORK_RULE",
            `${path}.answers`,
            `"${code}" is not a level of ${other.id}'s scale ${otherScale.id} (${otherScale.describeAllowed()})`,
          );
        }
      }
    });
    for (const id of def.tests ?? []) {
      const other = byId.get(id)?.def;
      if (def.kind !== "practice" || other?.level !== "indicator" || other.kind !== "legal") {
        issue(
          "P10_FRAMEWORK_RULE",
          `nodes[${position}].tests`,
          `indicator "${def.id}" tests "${id}": only a practice indicator tests, and only legal indicators`,
        );
      }
    }
    for (const code of def.evidence?.levels ?? []) {
      if (!scale.levels.some((l) => l.code === code)) {
        issue(
          "P10_FRAMEWORK_RULE",
          `nodes[${position}].evidence.levels`,
          `"${code}" is not a level of scale ${scale.id} (${scale.describeAllowed()})`,
        );
      }
    }
    const cases = def.cases;
    if (cases === undefined) return;
    if (scale.kind === "numeric") {
      issue(
        "P10_NUMERIC_UNSUPPORTED",
        `nodes[${position}].cases`,
        `indicator "${def.id}" is numeric (scale ${scale.id}): case-level answers are combined from levels, so a numeric indicator takes one measured value per unit, without cases`,
      );
      return;
    }
    if (cases.max !== undefined && cases.max < cases.min) {
      issue(
        "P10_FRAMEWORK_CASES",
        `nodes[${position}].cases.max`,
        `indicator "${def.id}" allows at most ${cases.max} cases but needs at least ${cases.min}`,
      );
    }
    if (cases.combine === "share" && !scale.levels.some((l) => l.code === cases.level)) {
      issue(
        "P10_FRAMEWORK_CASES",
        `nodes[${position}].cases.level`,
        `indicator "${def.id}" combines cases by the share reaching a level: "level" must be a level of scale ${scale.id} (${scale.describeAllowed()})`,
      );
    }
  });

  // Children, in document order; every non-indicator node needs at least one.
  const children = new Map<string, string[]>();
  for (const def of doc.nodes) {
    const parent = parentOf(def);
    if (parent !== null && byId.has(parent) && !cyclic.has(def.id)) {
      const list = children.get(parent) ?? [];
      list.push(def.id);
      children.set(parent, list);
    }
  }
  doc.nodes.forEach((def, position) => {
    if (def.level !== "indicator" && !children.has(def.id) && !cyclic.has(def.id)) {
      issue(
        "P10_FRAMEWORK_EMPTY_GROUP",
        `nodes[${position}]`,
        `${def.level} "${def.id}" has no children; every ${def.level} needs at least one`,
      );
    }
  });
  if (issues.length > 0) fail(issues);

  // Build the trees in depth-first pre-order, root after root in document order.
  const nodes = new Map<string, FrameworkNode>();
  const order: string[] = [];
  const indicators: FrameworkIndicator[] = [];
  const build = (id: string, depth: number): void => {
    const { def, position } = byId.get(id) as { def: NodeDefinition; position: number };
    const base = {
      id,
      level: def.level,
      title: def.title,
      parent: parentOf(def),
      children: children.get(id) ?? [],
      depth,
      position,
      references: def.level === "index" ? noReferences() : (def.references ?? noReferences()),
      definition: def,
    };
    order.push(id);
    if (def.level === "indicator") {
      const node: FrameworkIndicator = {
        ...base,
        level: "indicator",
        kind: def.kind,
        scored: def.scored,
        scale: scales.get(def.scale) as Scale,
        ordinal: indicators.length,
        definition: def,
      };
      nodes.set(id, node);
      indicators.push(node);
    } else {
      nodes.set(id, base);
    }
    for (const child of base.children) build(child, depth + 1);
  };
  for (const position of roots) build(doc.nodes[position]?.id as string, 0);

  return {
    id: doc.id,
    version: doc.version,
    title: doc.title,
    document: doc,
    root: nodes.get(order[0] as string) as FrameworkNode,
    roots: roots.map((position) => nodes.get(doc.nodes[position]?.id as string) as FrameworkNode),
    nodes,
    order,
    indicators,
    indicatorById: new Map(indicators.map((i) => [i.id, i])),
    scales,
  };
}
