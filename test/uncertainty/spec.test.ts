// The uncertainty spec: defaults, schema errors with codes and JSON paths, and its resolution into inputs
// against a framework and method (which nodes, which alternatives, which errors).
import { describe, expect, it } from "vitest";
import { frameworks, isP10Error, methods, type P10Issue, parseUncertaintySpec } from "../../src/index.js";
import { planUncertainInputs } from "../../src/uncertainty/inputs.js";
import { method, tiny } from "../score/fixtures.js";
import { plain, trio } from "./fixtures.js";

function issuesOf(f: () => unknown): { code: string; issues: P10Issue[] } {
  try {
    f();
  } catch (e) {
    if (isP10Error(e)) return { code: e.code, issues: [...e.issues] };
    throw e;
  }
  throw new Error("expected an error");
}

const edi = frameworks.get("edi-2015");
const ediMethod = methods.get("edi-2015");

describe("parseUncertaintySpec", () => {
  it("gives every default for {}", () => {
    const spec = parseUncertaintySpec({});
    expect(spec).toEqual({
      weights: { perturbation: 25, levels: ["pillar", "group", "indicator"], inputs: "per-level" },
      aggregation: [
        { level: "pillar", alternatives: [{ function: "arithmetic" }, { function: "geometric" }] },
        { level: "index", alternatives: [{ function: "arithmetic" }, { function: "geometric" }] },
      ],
      missing: ["drop", "zero"],
      exclude: { level: "group" },
      places: 3,
      bootstrap: 500,
      confidence: 0.95,
    });
  });

  it("reports every schema problem with its code and JSON path", () => {
    const e = issuesOf(() =>
      parseUncertaintySpec(
        { weights: { perturbation: 100 }, missing: ["impute"], extra: 1, exclude: { level: "index" } },
        { file: "u.json" },
      ),
    );
    expect(e.code).toBe("P10_UNCERTAINTY_SPEC_INVALID");
    const byPath = Object.fromEntries(e.issues.map((i) => [i.path, i.code]));
    expect(byPath).toMatchObject({
      "weights.perturbation": "P10_UNCERTAINTY_SPEC_SCHEMA",
      "missing[0]": "P10_UNCERTAINTY_SPEC_SCHEMA",
      extra: "P10_UNCERTAINTY_SPEC_UNKNOWN_KEY",
    });
    expect(e.issues.some((i) => i.path?.startsWith("exclude"))).toBe(true);
    expect(e.issues.every((i) => i.file === "u.json")).toBe(true);
  });

  it("refuses a forbidden key, a missing or stray offset, and a generalised mean with p = 0", () => {
    expect(issuesOf(() => parseUncertaintySpec(JSON.parse('{"__proto__": {}}'))).issues[0]?.code).toBe(
      "P10_UNCERTAINTY_SPEC_FORBIDDEN_KEY",
    );
    expect(issuesOf(() => parseUncertaintySpec({ zeros: "offset" })).issues[0]?.code).toBe(
      "P10_UNCERTAINTY_SPEC_OFFSET",
    );
    expect(issuesOf(() => parseUncertaintySpec({ zeros: "offset", offset: "0.0" })).issues[0]?.code).toBe(
      "P10_UNCERTAINTY_SPEC_OFFSET",
    );
    expect(issuesOf(() => parseUncertaintySpec({ offset: "1" })).issues[0]?.code).toBe(
      "P10_UNCERTAINTY_SPEC_OFFSET",
    );
    const p0 = issuesOf(() =>
      parseUncertaintySpec({
        aggregation: [{ node: "P1", alternatives: [{ function: "generalised", p: "0" }] }],
      }),
    );
    expect(p0.issues[0]).toMatchObject({
      code: "P10_UNCERTAINTY_SPEC_EXPONENT",
      path: "aggregation[0].alternatives[0].p",
    });
  });

  it("accepts null to switch weights and leave-one-out off, and numbers or text as seed", () => {
    const spec = parseUncertaintySpec({ weights: null, exclude: null, seed: "audit", runs: 1000 });
    expect([spec.weights, spec.exclude, spec.seed, spec.runs]).toEqual([null, null, "audit", 1000]);
  });
});

describe("planUncertainInputs", () => {
  it("lists the default inputs of the EDI: 3 weight levels, 2 aggregation levels, missing data, one group out", () => {
    const plan = planUncertainInputs(parseUncertaintySpec({}), edi, ediMethod);
    expect(plan.inputs.map((i) => [i.id, i.label])).toEqual([
      ["weights:pillar", "weights of pillars ±25 %"],
      ["weights:group", "weights of groups ±25 %"],
      ["weights:indicator", "weights of indicators ±25 %"],
      ["aggregation:pillar", "aggregation of pillars"],
      ["aggregation:index", "aggregation of the index"],
      ["missing", "missing data"],
      ["exclude:group", "left out: one group"],
    ]);
    const byId = new Map(plan.inputs.map((i) => [i.id, i]));
    // 23 guideline groups and 75 legal indicators enter the EDI; practice indicators do not.
    const groups = byId.get("weights:group");
    const indicators = byId.get("weights:indicator");
    expect(groups?.kind === "weights" && groups.nodes.length).toBe(23);
    expect(indicators?.kind === "weights" && indicators.nodes.length).toBe(75);
    expect(byId.get("exclude:group")?.alternatives?.length).toBe(24); // none + 23 groups
    expect(byId.get("aggregation:index")?.alternatives).toEqual(["arithmetic mean", "geometric mean"]);
    // One scale (0–3) for every scored indicator: native and goalposts give equal ranks, so no input.
    expect(plan.normalisations).toEqual([]);
    // The EDI method states no zeros rule: the runs use an offset of 1 % of the range's top (null: per run).
    expect(plan.zeros).toEqual({ rule: "offset", offset: null });
  });

  it("adds native vs goalposts when the scored scales differ (tiny: 0–3 and yes/no)", () => {
    const plan = planUncertainInputs(parseUncertaintySpec({}), tiny, method());
    const input = plan.inputs.find((i) => i.id === "normalisation");
    expect(input?.alternatives).toEqual(["native", "goalposts 0-100"]);
  });

  it("makes one input per node under per-node weights, in framework order", () => {
    const spec = parseUncertaintySpec({
      weights: { nodes: ["P2", "x1"], inputs: "per-node" },
      exclude: null,
    });
    expect(
      planUncertainInputs(spec, trio, plain)
        .inputs.map((i) => i.id)
        .slice(0, 2),
    ).toEqual(["weights:x1", "weights:P2"]);
  });

  it("takes the zeros rule from the spec, else from the method", () => {
    const spec = parseUncertaintySpec({ zeros: "offset", offset: "0.5" });
    expect(planUncertainInputs(spec, trio, plain).zeros).toEqual({ rule: "offset", offset: 0.5 });
    const geometric = method({ aggregation: { group: { function: "geometric" }, zeros: "fail" } });
    expect(planUncertainInputs(parseUncertaintySpec({}), tiny, geometric).zeros).toEqual({
      rule: "fail",
      offset: 0,
    });
    expect(planUncertainInputs(parseUncertaintySpec({ zeros: "zero" }), tiny, geometric).zeros).toEqual({
      rule: "zero",
      offset: 0,
    });
  });

  it("reports unknown nodes, the root, an indicator as an aggregating node and unused nodes, with paths", () => {
    const spec = parseUncertaintySpec({
      weights: { nodes: ["nope", "T"] },
      aggregation: [{ node: "x1", alternatives: [{ function: "geometric" }] }],
      exclude: { nodes: ["b2"] },
    });
    const e = issuesOf(() => planUncertainInputs(spec, trio, plain, "u.json"));
    expect(e.code).toBe("P10_UNCERTAINTY_SPEC_INVALID");
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ["P10_UNCERTAINTY_UNKNOWN_NODE", "weights.nodes[0]"],
      ["P10_UNCERTAINTY_NODE_LEVEL", "weights.nodes[1]"],
      ["P10_UNCERTAINTY_NODE_LEVEL", "aggregation[0].node"],
      ["P10_UNCERTAINTY_UNKNOWN_NODE", "exclude.nodes[0]"],
    ]);
    expect(e.issues[0]?.file).toBe("u.json");
    // b2 is a practice indicator: it enters no index of a law-only method.
    const lawOnly = method({ indices: [{ id: "law", title: "Law", kinds: ["legal"] }] });
    const unused = issuesOf(() =>
      planUncertainInputs(parseUncertaintySpec({ exclude: { nodes: ["b2"] } }), tiny, lawOnly),
    );
    expect(unused.issues[0]?.code).toBe("P10_UNCERTAINTY_UNUSED_NODE");
  });

  it("gives no input for a level without nodes (trio has no groups)", () => {
    const plan = planUncertainInputs(parseUncertaintySpec({}), trio, plain);
    expect(plan.inputs.map((i) => i.id)).toEqual([
      "weights:pillar",
      "weights:indicator",
      "aggregation:pillar",
      "aggregation:index",
      "missing",
    ]);
  });
});
