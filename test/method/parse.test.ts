// Method validation: every error class with its code and JSON path, and the defaults of a minimal method.
import { describe, expect, it } from "vitest";
import { isP10Error, type MethodInput, type P10Issue, parseMethod } from "../../src/index.js";

const base: MethodInput = { id: "m", version: "1", title: "M", description: "A method." };

function issuesOf(doc: unknown): [string, string | undefined][] {
  try {
    parseMethod(doc, { file: "m.json" });
  } catch (e) {
    expect(isP10Error(e)).toBe(true);
    if (isP10Error(e)) {
      expect(e.code).toBe("P10_METHOD_INVALID");
      expect(e.issues.every((i: P10Issue) => i.file === "m.json")).toBe(true);
      return e.issues.map((i) => [i.code, i.path]);
    }
  }
  throw new Error("expected the method to be rejected");
}

describe("parseMethod", () => {
  it("applies the documented defaults", () => {
    const m = parseMethod(base);
    expect(m.normalisation).toEqual({ method: "native" });
    expect(m.weighting).toEqual({ scheme: "nested-equal" });
    expect(m.aggregation).toEqual({ overrides: {} });
    expect(m.missing).toBe("drop");
    expect(m.minCoverage).toBe("2/3");
    expect(m.gaps).toEqual([]);
    expect(m.presentation).toEqual({
      places: 2,
      rounding: "half-even",
      bands: [],
      ranks: { ties: "competition", on: "exact" },
    });
    expect(m.indices).toBeUndefined();
  });

  it("reports schema problems with their JSON paths", () => {
    expect(issuesOf({ ...base, missing: "impute" })).toEqual([["P10_METHOD_SCHEMA", "missing"]]);
    expect(issuesOf({ ...base, extra: 1 })).toEqual([["P10_METHOD_UNKNOWN_KEY", "extra"]]);
    expect(issuesOf({ ...base, weighting: { scheme: "explicit", weights: { G1: "-1" } } })).toEqual([
      ["P10_METHOD_SCHEMA", "weighting.weights.G1"],
    ]);
    expect(issuesOf({ ...base, weighting: { scheme: "explicit", weights: { "1.1": 2 } } })).toEqual([
      ["P10_METHOD_SCHEMA", 'weighting.weights["1.1"]'],
    ]);
    expect(issuesOf({ ...base, minCoverage: "two thirds" })).toEqual([["P10_METHOD_SCHEMA", "minCoverage"]]);
    expect(issuesOf({ ...base, aggregation: { index: { function: "median" } } })).toEqual([
      ["P10_METHOD_SCHEMA", "aggregation.index.function"],
    ]);
  });

  it("refuses keys that reach prototypes", () => {
    expect(
      issuesOf(JSON.parse('{"id":"m","version":"1","title":"M","description":"d","__proto__":{}}')),
    ).toEqual([["P10_METHOD_FORBIDDEN_KEY", "__proto__"]]);
  });

  it("checks index and gap ids", () => {
    const indices = [
      { id: "law", title: "Law", kinds: ["legal", "legal"] },
      { id: "law", title: "Law again", kinds: ["practice"] },
    ];
    const gaps = [
      { id: "g", title: "Gap", minuend: "law", subtrahend: "nope" },
      { id: "h", title: "Self", minuend: "law", subtrahend: "law" },
    ];
    expect(issuesOf({ ...base, indices, gaps })).toEqual([
      ["P10_METHOD_DUPLICATE_ID", "indices[1].id"],
      ["P10_METHOD_DUPLICATE_ID", "indices[0].kinds[1]"],
      ["P10_METHOD_GAP_INDEX", "gaps[0].subtrahend"],
      ["P10_METHOD_GAP_INDEX", "gaps[1].subtrahend"],
    ]);
  });

  it("checks exponents, the zeros rule and the offset", () => {
    expect(issuesOf({ ...base, aggregation: { group: { function: "generalised", p: "0" } } })).toEqual([
      ["P10_METHOD_EXPONENT", "aggregation.group.p"],
    ]);
    expect(issuesOf({ ...base, aggregation: { overrides: { "1.1": { function: "geometric" } } } })).toEqual([
      ["P10_METHOD_ZEROS", "aggregation.zeros"],
    ]);
    expect(issuesOf({ ...base, aggregation: { index: { function: "generalised", p: "-1" } } })).toEqual([
      ["P10_METHOD_ZEROS", "aggregation.zeros"],
    ]);
    expect(issuesOf({ ...base, aggregation: { index: { function: "harmonic" }, zeros: "offset" } })).toEqual([
      ["P10_METHOD_OFFSET", "aggregation.offset"],
    ]);
    expect(issuesOf({ ...base, aggregation: { zeros: "zero", offset: "1" } })).toEqual([
      ["P10_METHOD_OFFSET", "aggregation.offset"],
    ]);
    // p > 0 takes zeros as they are: no rule needed.
    expect(
      parseMethod({ ...base, aggregation: { index: { function: "generalised", p: "2" } } }).aggregation.zeros,
    ).toBeUndefined();
  });

  it("requires sum under the points scheme", () => {
    expect(
      issuesOf({
        ...base,
        weighting: { scheme: "points" },
        aggregation: { pillar: { function: "arithmetic" } },
      }),
    ).toEqual([["P10_METHOD_POINTS", "aggregation.pillar.function"]]);
  });

  it("checks coverage ratios", () => {
    expect(issuesOf({ ...base, minCoverage: "3/2", minCoverageByNode: { G1: "1/0" } })).toEqual([
      ["P10_METHOD_COVERAGE", "minCoverage"],
      ["P10_METHOD_COVERAGE", "minCoverageByNode.G1"],
    ]);
    expect(parseMethod({ ...base, minCoverage: "0.5" }).minCoverage).toBe("0.5");
  });

  it("checks bands: ascending, only the last unbounded", () => {
    const bands = [{ label: "low", max: "2" }, { label: "mid" }, { label: "high", max: "1" }];
    expect(issuesOf({ ...base, presentation: { bands } })).toEqual([
      ["P10_METHOD_BANDS", "presentation.bands[1]"],
      ["P10_METHOD_BANDS", "presentation.bands[2].max"],
    ]);
    expect(
      issuesOf({
        ...base,
        presentation: { bands: [{ label: "a", max: "2" }, { label: "b", max: "1" }, { label: "c" }] },
      }),
    ).toEqual([["P10_METHOD_BANDS", "presentation.bands[1].max"]]);
  });

  it("checks goalposts and budget experts", () => {
    expect(
      issuesOf({ ...base, normalisation: { method: "goalposts", posts: { q4: { min: "3", max: "0" } } } }),
    ).toEqual([["P10_METHOD_GOALPOSTS", "normalisation.posts.q4"]]);
    const experts = [
      { id: "e", allocations: { G1: "1" } },
      { id: "e", allocations: { G1: "2" } },
    ];
    expect(issuesOf({ ...base, weighting: { scheme: "budget", experts } })).toEqual([
      ["P10_METHOD_DUPLICATE_ID", "weighting.experts[1].id"],
    ]);
  });
});
