// The engine's rules on the tiny framework (P1 = {G1: a1 a2 a3, G2: b1 b2}, P2 = {c1, G3: d1 d2}):
// missing-data policies, not applicable, coverage reasons, per-node aggregation, gaps, and the errors a
// method or dataset can raise. Expected values are computed by hand in each test's title or comments.
import { describe, expect, it } from "vitest";
import { compilePlan } from "../../src/score/plan.js";
import { createDataset } from "../../src/advanced.js";
import { frameworks, isP10Error, methods, type MethodInput, type P10Issue, score } from "../../src/index.js";
import { method, tiny, tinyUnit, unitAnswers } from "./fixtures.js";

type Answers = Parameters<typeof tinyUnit>[0];
const full: Answers = { a1: 3, a2: 2, a3: 1, b1: 1, b2: 2, c1: 2, d1: 1, d2: 1 };
const run = (answers: Answers, extra: Partial<MethodInput> = {}) => {
  const set = score(tinyUnit(answers), tiny, method(extra));
  const index = set.units[0]?.indices[0];
  const node = (id: string) => index?.nodes.find((n) => n.id === id);
  const indicator = (id: string) => index?.indicators.find((i) => i.id === id);
  return { set, index, node, indicator, value: (id: string) => node(id)?.score?.toString() ?? null };
};

function errorOf(f: () => unknown): { code: string; issues: P10Issue[] } {
  try {
    f();
  } catch (e) {
    if (isP10Error(e)) return { code: e.code, issues: [...e.issues] };
    throw e;
  }
  throw new Error("expected an error");
}

describe("missing data", () => {
  it("drop: G1 = (3 + 1)/2 = 2 with a2 missing (coverage 2/3 reaches the default 2/3)", () => {
    const r = run({ ...full, a2: "m" });
    expect(r.value("G1")).toBe("2");
    expect(r.node("G1")?.answers).toEqual({ expected: 3, present: 2, missing: 1, notApplicable: 0 });
    expect(r.indicator("a2")).toMatchObject({
      value: null,
      weight: null,
      effectiveWeight: null,
      contribution: null,
    });
  });

  it("zero: G1 = (3 + 0 + 1)/3 = 4/3; the missing answer counts as 0 and as present for coverage", () => {
    const r = run({ ...full, a2: "m" }, { missing: "zero" });
    expect(r.node("G1")?.score?.toSignificantDigits(10).toString()).toBe("1.333333333");
    expect(r.indicator("a2")?.value?.toString()).toBe("0");
    expect(r.node("G1")?.coverage?.toString()).toBe("1");
    expect(r.node("G1")?.answers.missing).toBe(1);
  });

  it("fail: throws P10_MISSING_ANSWER listing every missing cell with entity, period, indicator and line", () => {
    const data = createDataset(
      tiny,
      [...unitAnswers("A", "2024", { ...full, a2: "m" }), ...unitAnswers("B", "2023", { a1: 1 })],
      { file: "answers.csv" },
    );
    const e = errorOf(() => score(data, tiny, method({ missing: "fail" })));
    expect(e.code).toBe("P10_MISSING_ANSWER");
    expect(e.issues[0]).toMatchObject({
      code: "P10_MISSING_ANSWER",
      file: "answers.csv",
      line: 3,
      path: "a2",
      message: "a missing answer for entity A, period 2024, indicator a2",
    });
    // B 2023 answered a1 only: a2 a3 b1 b2 c1 d1 d2 have no row (and no line).
    expect(e.issues.slice(1).map((i) => [i.path, i.line])).toEqual(
      ["a2", "a3", "b1", "b2", "c1", "d1", "d2"].map((id) => [id, undefined]),
    );
    expect(e.issues[1]?.message).toBe("no answer for entity B, period 2023, indicator a2");
  });

  it("fail: passes when every entering answer is given or not applicable", () => {
    expect(run({ ...full, a2: "na" }, { missing: "fail" }).value("G1")).toBe("2");
  });
});

describe("not applicable", () => {
  it("leaves the denominator: G1 = (3 + 1)/2 with a2 n/a, coverage 1", () => {
    const r = run({ ...full, a2: "na" });
    expect(r.value("G1")).toBe("2");
    expect(r.node("G1")?.coverage?.toString()).toBe("1");
    expect(r.node("G1")?.answers).toEqual({ expected: 3, present: 2, missing: 0, notApplicable: 1 });
  });

  it("makes a node whose answers are all n/a not applicable, and its parent renormalises without it", () => {
    const r = run({ ...full, b1: "na", b2: "na" });
    expect(r.node("G2")?.reason).toEqual({
      code: "not-applicable",
      message: "every answer under G2 is not applicable",
    });
    expect(r.value("P1")).toBe("2");
    expect(r.node("P1")?.coverage?.toString()).toBe("1");
  });
});

describe("coverage", () => {
  it("nulls a node below the minimum with the coverage in the reason: 1/2 < 2/3", () => {
    const r = run({ ...full, d2: "m" });
    expect(r.node("G3")?.reason).toEqual({ code: "coverage", message: "coverage 0.50 < 0.67 (minimum 2/3)" });
    expect(r.node("G3")?.coverage?.toString()).toBe("0.5");
    // P2 = c1 alone: coverage 1/2 again, so P2 is null too, and the index has coverage 1/2.
    expect(r.node("P2")?.reason?.code).toBe("coverage");
    expect(r.node("tiny")?.reason?.message).toBe("coverage 0.50 < 0.67 (minimum 2/3)");
  });

  it("says no answers when no child has a score", () => {
    const r = run({ a1: 3, a2: 2, a3: 1 }, { minCoverage: "0" });
    expect(r.node("G2")?.reason).toEqual({ code: "no-answers", message: "no answers under G2" });
    expect(r.node("G2")?.coverage?.toString()).toBe("0");
    expect(r.value("P1")).toBe("2");
    expect(r.node("P2")?.reason?.code).toBe("no-answers");
    expect(r.value("tiny")).toBe("2");
  });

  it("takes a minimum per node", () => {
    const r = run({ ...full, d2: "m" }, { minCoverageByNode: { G3: "1/2", P2: "0.5" } });
    expect(r.value("G3")).toBe("1");
    // P2 = (2 + 1)/2; index = ((3 + 2 + 1)/3 + (1 + 2)/2)/2 / … = (1.75 + 1.5)/2
    expect(r.value("P2")).toBe("1.5");
    expect(r.value("tiny")).toBe("1.625");
  });

  it("shows more places when two would not tell coverage and minimum apart", () => {
    const r = run({ ...full, a2: "m" }, { minCoverage: "0.67" });
    expect(r.node("G1")?.reason?.message).toBe("coverage 0.667 < 0.670 (minimum 0.67)");
  });
});

describe("aggregation per node", () => {
  it("uses an override for one group only and nulls contributions on non-linear paths", () => {
    const r = run(full, { aggregation: { overrides: { G1: { function: "minimum" } } } });
    // G1 = min(3, 2, 1) = 1, G2 = 1.5, P1 = 1.25; G3 = 1, P2 = 1.5; index = 1.375
    expect(r.value("G1")).toBe("1");
    expect(r.value("tiny")).toBe("1.375");
    expect(r.indicator("a1")?.contribution).toBeNull();
    expect(r.indicator("a1")?.effectiveWeight?.toSignificantDigits(6).toString()).toBe("0.0833333");
    expect(r.indicator("c1")?.contribution?.toString()).toBe("0.5");
    const plan = r.set.indices[0];
    expect(plan?.indicators.find((i) => i.id === "a1")?.nonLinearOnPath).toBe("G1");
    expect(plan?.nodes.map((n) => [n.id, n.linear])).toEqual([
      ["tiny", false],
      ["P1", false],
      ["G1", false],
      ["G2", true],
      ["P2", true],
      ["G3", true],
    ]);
  });

  it("a zero under a geometric mean with zeros fail nulls the node, and its parent goes on without it", () => {
    const r = run(
      { ...full, a2: 0 },
      { aggregation: { group: { function: "geometric" }, zeros: "fail" }, minCoverage: "0" },
    );
    expect(r.node("G1")?.reason?.code).toBe("zero-value");
    expect(r.node("G1")?.weight).toBeNull();
    // P1 = G2 = √(1·2); the index = (√2 + P2)/2 with P2 = (2 + √(1·1))/2 = 1.5
    expect(r.node("P1")?.score?.toSignificantDigits(12).toString()).toBe("1.41421356237");
    expect(r.indicator("a1")?.weight).toBeNull();
    expect(r.node("P1")?.coverage?.toString()).toBe("0.5");
  });

  it("sums raw values without renormalising under points: G1 = 3 + 1 with a2 missing", () => {
    const r = run({ ...full, a2: "m" }, { weighting: { scheme: "points" } });
    expect(r.value("G1")).toBe("4");
    expect(r.indicator("a1")?.weight?.toString()).toBe("1");
  });

  it("a zero-weight node with a score takes no part", () => {
    const r = run(full, { weighting: { scheme: "explicit", weights: { G3: "0" } } });
    expect(r.value("G3")).toBe("1");
    expect(r.node("G3")?.weight).toBeNull();
    expect(r.value("P2")).toBe("2");
  });
});

describe("indices and gaps", () => {
  const lawPractice: Partial<MethodInput> = {
    indices: [
      { id: "law", title: "Law", kinds: ["legal"] },
      { id: "practice", title: "Practice", kinds: ["practice"] },
    ],
    gaps: [{ id: "gap", title: "Law minus practice", minuend: "law", subtrahend: "practice" }],
  };

  it("builds each index from its kinds; nodes without such indicators are absent", () => {
    const r = run(full, lawPractice);
    expect(r.set.indices.map((x) => [x.id, x.nodes.map((n) => n.id), x.indicators.map((i) => i.id)])).toEqual(
      [
        ["law", ["tiny", "P1", "G1", "G2", "P2", "G3"], ["a1", "a2", "a3", "b1", "c1", "d1", "d2"]],
        ["practice", ["tiny", "P1", "G2"], ["b2"]],
      ],
    );
  });

  it("gives the gap law − practice for every node in both, null where either is null", () => {
    const r = run(full, lawPractice);
    // law: G2 = b1 = 1, P1 = (2 + 1)/2 = 1.5, tiny = (1.5 + 1.5)/2 = 1.5; practice: b2 = 2 everywhere.
    expect(r.set.gaps[0]?.nodes.map((n) => n.id)).toEqual(["tiny", "P1", "G2"]);
    expect(r.set.units[0]?.gaps[0]?.values.map(String)).toEqual(["-0.5", "-0.5", "-1"]);
    const missing = run({ ...full, b2: "m" }, lawPractice);
    expect(missing.set.units[0]?.gaps[0]?.values).toEqual([null, null, null]);
  });

  it("defaults to one index named after the framework root over every scored indicator", () => {
    const r = run(full);
    expect(r.set.indices.map((x) => [x.id, x.kinds, x.indicators.length])).toEqual([
      ["tiny", ["legal", "practice"], 8],
    ]);
  });
});

describe("errors", () => {
  it("refuses a dataset read for another framework", () => {
    const edi = frameworks.get("edi-2015");
    const data = createDataset(edi, []);
    expect(errorOf(() => score(data, tiny, method())).code).toBe("P10_FRAMEWORK_MISMATCH");
  });

  it("checks the method against the framework, with JSON paths and the method file", () => {
    const m = method({
      framework: "other",
      indices: [{ id: "law", title: "Law", kinds: ["legal"] }],
      aggregation: { overrides: { Z: { function: "minimum" }, a1: { function: "minimum" } } },
      minCoverageByNode: { b2: "1" },
      weighting: { scheme: "explicit", weights: { tiny: "2", b2: "1" } },
      normalisation: { method: "goalposts", posts: { nope: { min: "0", max: "1" } } },
    });
    const e = errorOf(() => score(tinyUnit(full), tiny, m, { methodFile: "m.json" }));
    expect(e.code).toBe("P10_METHOD_INVALID");
    expect(e.issues.every((i) => i.file === "m.json")).toBe(true);
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ["P10_METHOD_FRAMEWORK", "framework"],
      ["P10_METHOD_UNKNOWN_NODE", "aggregation.overrides.Z"],
      ["P10_METHOD_OVERRIDE_LEVEL", "aggregation.overrides.a1"],
      ["P10_METHOD_OVERRIDE_LEVEL", "minCoverageByNode.b2"],
      ["P10_METHOD_WEIGHT", "weighting.weights.tiny"],
      ["P10_METHOD_UNUSED_NODE", "weighting.weights.b2"],
      ["P10_METHOD_UNKNOWN_SCALE", "normalisation.posts.nope"],
    ]);
  });

  it("refuses an index without indicators and gaps on unknown default indices", () => {
    const edi = frameworks.get("edi-2015");
    const practice = method({ indices: [{ id: "p", title: "Practice", kinds: ["practice"] }] });
    expect(errorOf(() => compilePlan(practice, edi)).issues.map((i) => [i.code, i.path])).toEqual([
      ["P10_METHOD_EMPTY_INDEX", "indices[0].kinds"],
    ]);
    const gaps = method({ gaps: [{ id: "g", title: "G", minuend: "edi", subtrahend: "law" }] });
    expect(errorOf(() => compilePlan(gaps, edi)).issues.map((i) => [i.code, i.path])).toEqual([
      ["P10_METHOD_GAP_INDEX", "gaps[0].subtrahend"],
    ]);
  });

  it("re-checks a method built in code", () => {
    const m = { ...methods.get("edi-2015"), minCoverage: "2" };
    expect(errorOf(() => compilePlan(m, frameworks.get("edi-2015"))).issues[0]?.code).toBe(
      "P10_METHOD_COVERAGE",
    );
  });
});

describe("ScoreSet layout", () => {
  it("follows dataset units, framework pre-order and framework order", () => {
    const data = createDataset(tiny, [
      ...unitAnswers("B", "2024", full),
      ...unitAnswers("A", "2025", full),
      ...unitAnswers("A", "2024", full),
    ]);
    const set = score(data, tiny, method());
    expect(set.units.map((u) => `${u.entity}/${u.period}/${u.unit}`)).toEqual([
      "A/2024/0",
      "A/2025/1",
      "B/2024/2",
    ]);
    expect(set.units[0]?.answers.map((a) => a.indicator)).toEqual(tiny.indicators.map((i) => i.id));
    expect(set.units[0]?.indices[0]?.nodes[0]?.effectiveWeight?.toString()).toBe("1");
    expect(set.units[0]?.indices[0]?.nodes[0]?.weight).toBeNull();
    expect(set.framework).toBe(tiny);
    expect(set.dataset).toBe(data);
  });
});
