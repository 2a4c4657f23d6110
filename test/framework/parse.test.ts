// Every framework validation error class, with its code and JSON path.
import { describe, expect, it } from "vitest";
import { type FrameworkInput, isP10Error, type P10Issue, parseFramework } from "../../src/index.js";

function tiny(): FrameworkInput {
  return {
    id: "tiny",
    version: "1",
    title: "Tiny",
    description: "A test framework.",
    source: "hand-made for tests",
    scales: [
      {
        id: "yn",
        title: "Yes/no",
        levels: [
          { code: "0", label: "No", value: "0" },
          { code: "1", label: "Yes", value: "1" },
        ],
      },
    ],
    nodes: [
      { id: "root", level: "index", title: "Root" },
      { id: "p", level: "pillar", parent: "root", title: "Pillar" },
      { id: "g", level: "group", parent: "p", title: "Group" },
      { id: "q1", level: "indicator", parent: "g", kind: "legal", title: "Q1", question: "Q1?", scale: "yn" },
      {
        id: "q2",
        level: "indicator",
        parent: "g",
        kind: "practice",
        title: "Q2",
        question: "Q2?",
        scale: "yn",
      },
    ],
  };
}

function issuesOf(doc: unknown): P10Issue[] {
  try {
    parseFramework(doc, { file: "fw.json" });
  } catch (e) {
    expect(isP10Error(e)).toBe(true);
    if (isP10Error(e)) {
      expect(e.code).toBe("P10_FRAMEWORK_INVALID");
      return [...e.issues];
    }
  }
  throw new Error("expected the framework to be rejected");
}

const pick = (issues: P10Issue[]) => issues.map((i) => [i.code, i.path]);

describe("parseFramework", () => {
  it("accepts a valid framework and applies defaults", () => {
    const fw = parseFramework(tiny());
    expect(fw.order).toEqual(["root", "p", "g", "q1", "q2"]);
    expect(fw.indicators.map((i) => [i.id, i.ordinal, i.scored])).toEqual([
      ["q1", 0, true],
      ["q2", 1, true],
    ]);
    expect(fw.scales.get("yn")?.read("n/a")).toEqual({ kind: "not-applicable" });
    expect(fw.scales.get("yn")?.read("")).toEqual({ kind: "missing" });
    expect(fw.scales.get("yn")?.read(" YES ")).toEqual({ kind: "level", level: 1 });
    expect(fw.scales.get("yn")?.read("2")).toBeUndefined();
  });

  it("reports duplicate ids", () => {
    const doc = tiny();
    doc.nodes.push({
      id: "q1",
      level: "indicator",
      parent: "g",
      kind: "legal",
      title: "Again",
      question: "?",
      scale: "yn",
    });
    expect(pick(issuesOf(doc))).toEqual([["P10_FRAMEWORK_DUPLICATE_ID", "nodes[5].id"]]);
  });

  it("reports a dangling parent", () => {
    const doc = tiny();
    (doc.nodes[4] as { parent: string }).parent = "nowhere";
    expect(pick(issuesOf(doc))).toEqual([["P10_FRAMEWORK_DANGLING_PARENT", "nodes[4].parent"]]);
  });

  it("reports a cycle of parents", () => {
    const doc = tiny();
    doc.nodes.push(
      { id: "a", level: "group", parent: "b", title: "A" },
      { id: "b", level: "group", parent: "a", title: "B" },
    );
    const issues = issuesOf(doc);
    expect(issues[0]?.code).toBe("P10_FRAMEWORK_CYCLE");
    expect(issues[0]?.path).toBe("nodes[5].parent");
    expect(issues.filter((i) => i.code === "P10_FRAMEWORK_CYCLE")).toHaveLength(1);
  });

  it("reports a node under a parent of the wrong level", () => {
    const doc = tiny();
    doc.nodes.push(
      { id: "g2", level: "group", parent: "root", title: "Misplaced" },
      {
        id: "q3",
        level: "indicator",
        parent: "g2",
        kind: "legal",
        title: "Q3",
        question: "Q3?",
        scale: "yn",
      },
    );
    expect(pick(issuesOf(doc))).toEqual([["P10_FRAMEWORK_LEVEL", "nodes[5].parent"]]);
  });

  it("reports an indicator whose scale is not defined", () => {
    const doc = tiny();
    (doc.nodes[3] as { scale: string }).scale = "nope";
    const issues = issuesOf(doc);
    expect(pick(issues)).toEqual([["P10_FRAMEWORK_UNKNOWN_SCALE", "nodes[3].scale"]]);
    expect(issues[0]?.message).toContain("scales: yn");
  });

  it("reports an empty group", () => {
    const doc = tiny();
    doc.nodes.push({ id: "empty", level: "group", parent: "p", title: "Empty" });
    expect(pick(issuesOf(doc))).toEqual([["P10_FRAMEWORK_EMPTY_GROUP", "nodes[5]"]]);
  });

  it("reports an unknown key with its path", () => {
    const doc = tiny() as unknown as { nodes: Record<string, unknown>[] };
    (doc.nodes[3] as Record<string, unknown>).weight = 2;
    expect(pick(issuesOf(doc))).toEqual([["P10_FRAMEWORK_UNKNOWN_KEY", "nodes[3].weight"]]);
  });

  it("reports prototype-reaching keys anywhere", () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const text = JSON.stringify(tiny()).replace('"title":"Q1"', `"title":"Q1","${key}":{"x":1}`);
      expect(pick(issuesOf(JSON.parse(text)))).toEqual([["P10_FRAMEWORK_FORBIDDEN_KEY", `nodes[3].${key}`]]);
    }
  });

  it("reports schema errors with their path", () => {
    const doc = tiny();
    (doc.scales[0]?.levels?.[1] as { value: string }).value = "1e3";
    expect(pick(issuesOf(doc))).toEqual([["P10_FRAMEWORK_SCHEMA", "scales[0].levels[1].value"]]);
  });

  it("reports a missing root; a second root is another index, which needs children like any", () => {
    const none = tiny();
    none.nodes = none.nodes.slice(1);
    expect(issuesOf(none).map((i) => i.code)).toContain("P10_FRAMEWORK_ROOT");
    const two = tiny();
    two.nodes.push({ id: "root2", level: "index", title: "Another" });
    expect(pick(issuesOf(two))).toEqual([["P10_FRAMEWORK_EMPTY_GROUP", "nodes[5]"]]);
  });

  it("reports guidance for a level the scale does not have", () => {
    const doc = tiny();
    (doc.nodes[3] as { guidance: Record<string, string> }).guidance = { "0": "none", "7": "too high" };
    expect(pick(issuesOf(doc))).toEqual([["P10_FRAMEWORK_GUIDANCE", "nodes[3].guidance.7"]]);
  });

  it("reports scale problems: descending values, ambiguous tokens, bad goalposts", () => {
    const doc = tiny();
    const scale = doc.scales[0] as {
      levels: { code: string; label: string; value: string }[];
      missing?: string[];
      max?: string;
    };
    scale.levels[1] = { code: "1", label: "Yes", value: "0" };
    scale.missing = ["no"];
    const codes = pick(issuesOf(doc));
    expect(codes).toContainEqual(["P10_SCALE_ORDER", "scales[0].levels[1].value"]);
    expect(codes).toContainEqual(["P10_SCALE_AMBIGUOUS_TOKEN", "scales[0].missing[0]"]);
    expect(codes).toContainEqual(["P10_SCALE_GOALPOSTS", "scales[0]"]);
  });

  it("collects every problem, not only the first, and names the file", () => {
    const doc = tiny();
    (doc.nodes[3] as { scale: string }).scale = "nope";
    doc.nodes.push({ id: "empty", level: "group", parent: "p", title: "Empty" });
    const issues = issuesOf(doc);
    expect(issues).toHaveLength(2);
    expect(issues.every((i) => i.file === "fw.json")).toBe(true);
  });
});
