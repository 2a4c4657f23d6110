// The Monte Carlo analysis: intervals collapse without uncertainty, the seed fixes every byte, a case small
// enough to enumerate by hand matches its rank distribution, inputs that cannot move a score get Sobol
// indices of 0, ranks are per period, and the nominal ranks are the exact engine's competition ranks.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDataset, writeUncertaintyTables } from "../../src/advanced.js";
import {
  frameworks,
  isP10Error,
  methods,
  parseAssessments,
  parseUncertaintySpec,
  rank,
  runUncertainty,
  score,
  type UncertaintyResult,
  writeUncertaintyCsv,
  writeUncertaintyJson,
} from "../../src/index.js";
import { indexMeans, plain, quietSpec, trio, trioAnswers, trioData } from "./fixtures.js";

const edi = frameworks.get("edi-2015");
const ediMethod = methods.get("edi-2015");
const sample = parseAssessments(readFileSync("seeds/edi-2015-sample.csv", "utf8"), edi).dataset;

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isP10Error(e)) return e.code;
    throw e;
  }
  throw new Error("expected an error");
}

/** Every unit of every node has p05 = median = p95 = min = max = nominal (or is unranked throughout). */
function collapsed(result: UncertaintyResult): boolean {
  return result.nodes.every((n) =>
    n.ranks.units.every((u) =>
      u.nominal === null
        ? u.runs === 0
        : [u.p05, u.median, u.p95, u.min, u.max, u.mean].every((x) => x === u.nominal) &&
          u.runs === result.runs,
    ),
  );
}

describe("without uncertainty", () => {
  it("weights ±0 % and no alternatives: every interval collapses to the nominal rank, no shift, Sobol 0", () => {
    const result = runUncertainty(sample, edi, ediMethod, {
      spec: quietSpec({ weights: { perturbation: 0 } }),
      runs: 500,
    });
    expect(result.inputs.map((i) => i.id)).toEqual(["weights:pillar", "weights:group", "weights:indicator"]);
    expect(result.runs).toBe(500); // n = 100 base rows × (3 + 2)
    expect(collapsed(result)).toBe(true);
    for (const node of result.nodes) {
      expect(node.ranks.meanAbsoluteShift).toBe(0);
      expect(node.sensitivity?.constantOutput).toBe(true);
      expect(node.sensitivity?.total).toEqual([0, 0, 0]);
    }
  });

  it("single alternatives equal to the method's choices collapse too", () => {
    const spec = quietSpec({
      aggregation: [{ level: "pillar", alternatives: [{ function: "arithmetic" }] }],
      missing: ["drop"],
      normalisation: [{ method: "native" }],
    });
    expect(collapsed(runUncertainty(sample, edi, ediMethod, { spec, runs: 100 }))).toBe(true);
  });

  it("no input at all: one nominal run, no sensitivity (and says why)", () => {
    const result = runUncertainty(sample, edi, ediMethod, { spec: quietSpec() });
    expect([result.runs, result.baseRows, result.inputs.length]).toEqual([1, 0, 0]);
    expect(collapsed(result)).toBe(true);
    expect(result.nodes[0]?.sensitivity).toBeNull();
    expect(result.nodes[0]?.note).toBe("no uncertain input");
  });

  it("property: any trio data, zero perturbation → collapsed intervals", () => {
    const row = fc.array(fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }), {
      minLength: 3,
      maxLength: 3,
    });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("A", "B", "C", "D", "E"), row, { minKeys: 1 }), (rows) => {
        const result = runUncertainty(trioData(rows), trio, plain, {
          spec: quietSpec({ weights: { perturbation: 0, inputs: "per-node" } }),
          runs: 50,
        });
        expect(collapsed(result)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe("reproducibility", () => {
  const run = (seed: number | string) => runUncertainty(sample, edi, ediMethod, { runs: 300, seed });

  it("the same seed gives byte-identical JSON, CSV and tables", () => {
    const a = run(42);
    const b = run(42);
    expect(writeUncertaintyJson(b)).toBe(writeUncertaintyJson(a));
    expect(writeUncertaintyCsv(b)).toBe(writeUncertaintyCsv(a));
    expect(writeUncertaintyTables(b)).toBe(writeUncertaintyTables(a));
  });

  it("another seed gives other draws; a text seed is hashed (FNV-1a)", () => {
    expect(writeUncertaintyJson(run(43))).not.toBe(writeUncertaintyJson(run(42)));
    const text = run("edi audit");
    expect(text.seed).toBe("edi audit");
    expect(writeUncertaintyJson(run("edi audit"))).toBe(writeUncertaintyJson(text));
  });

  it("defaults: seed 1 and 4000 runs asked (7 inputs: 444 base rows × 9 = 3996 runs)", () => {
    const result = runUncertainty(sample, edi, ediMethod);
    expect([result.seed, result.requestedRuns, result.baseRows, result.runs]).toEqual(["1", 4000, 444, 3996]);
  });
});

describe("a case enumerated by hand", () => {
  // Three entities, P3 unanswered (so the index is the mean of P1 and P2), one binary input:
  //   A = (1, 9): arithmetic 5, geometric √9 = 3;  B = (4, 4): 4 and 4;  C = (2, 2): 2 and 2.
  //   arithmetic ranks A 1, B 2, C 3; geometric ranks B 1, A 2, C 3 — each with probability 1/2.
  //   Rank shift of a run: 0 (arithmetic) or (1 + 1 + 0)/3 = 2/3 (geometric).
  const data = trioData({ A: [1, 9, null], B: [4, 4, null], C: [2, 2, null] });
  const result = runUncertainty(data, trio, plain, {
    spec: quietSpec({ aggregation: indexMeans, zeros: "zero" }),
    runs: 3000,
    seed: 2015,
  });
  const root = result.nodes.find((n) => n.node === "T");
  const [a, b, c] = root?.ranks.units ?? [];

  it("takes only the possible ranks: A and B in {1, 2}, C always 3", () => {
    expect([a?.nominal, b?.nominal, c?.nominal]).toEqual([1, 2, 3]);
    expect([a?.min, a?.max, b?.min, b?.max]).toEqual([1, 2, 1, 2]);
    expect([c?.min, c?.max, c?.p05, c?.p95]).toEqual([3, 3, 3, 3]);
    expect([a?.p05, a?.p95]).toEqual([1, 2]);
  });

  it("gives each of A's ranks a frequency of 1/2 within 0.05 (P(rank 1) = 2 − mean rank)", () => {
    expect(Math.abs(2 - (a?.mean as number) - 0.5)).toBeLessThan(0.05);
    expect(Math.abs((a?.mean as number) + (b?.mean as number) - 3)).toBeLessThan(1e-12); // they swap
    expect(Math.abs((root?.ranks.meanAbsoluteShift as number) - 1 / 3)).toBeLessThan(0.05);
  });

  it("the one input explains all the variance: S1 ≈ ST ≈ 1", () => {
    expect(result.inputs.map((i) => i.id)).toEqual(["aggregation:index"]);
    expect(Math.abs((root?.sensitivity?.first[0] as number) - 1)).toBeLessThan(0.15);
    expect(Math.abs((root?.sensitivity?.total[0] as number) - 1)).toBeLessThan(0.15);
  });
});

describe("inputs that cannot change any score", () => {
  const data = trioData({ A: [1, 9, null], B: [4, 4, null], C: [2, 2, null], D: [5, 3, null] });

  it("leaving out a pillar nobody answered: S1 = ST = 0, while the aggregation input explains everything", () => {
    const result = runUncertainty(data, trio, plain, {
      spec: quietSpec({ aggregation: indexMeans, zeros: "zero", exclude: { nodes: ["P3"] } }),
      runs: 2000,
    });
    const s = result.nodes[0]?.sensitivity;
    expect(result.inputs.map((i) => i.id)).toEqual(["aggregation:index", "exclude"]);
    expect(Math.abs(s?.first[1] as number)).toBeLessThan(1e-12);
    expect(s?.total[1]).toBe(0);
    expect(s?.totalCI?.[1]).toEqual([0, 0]);
    expect(s?.total[0]).toBeGreaterThan(0.9);
  });

  it("perturbing the weight of the only child of a pillar: S1 = ST = 0", () => {
    const result = runUncertainty(data, trio, plain, {
      spec: quietSpec({
        aggregation: indexMeans,
        zeros: "zero",
        weights: { perturbation: 50, nodes: ["x1"], inputs: "per-node" },
      }),
      runs: 2000,
    });
    const s = result.nodes[0]?.sensitivity;
    expect(result.inputs.map((i) => i.id)).toEqual(["weights:x1", "aggregation:index"]);
    expect(Math.abs(s?.first[0] as number)).toBeLessThan(1e-12);
    expect(s?.total[0]).toBe(0);
  });

  it("perturbing pillar weights does move ranks here (a control for the test above): ST > 0", () => {
    const result = runUncertainty(data, trio, plain, {
      spec: quietSpec({ weights: { perturbation: 50, nodes: ["P1", "P2"] } }),
      runs: 1000,
    });
    expect(result.nodes[0]?.sensitivity?.total[0]).toBeGreaterThan(0.5);
  });
});

describe("ranks", () => {
  it("are taken per period: each period ranks its own units 1..n", () => {
    const data = createDataset(trio, [
      ...trioAnswers({ A: [9, 9, 9], B: [1, 1, 1] }, "2020"),
      ...trioAnswers({ A: [1, 1, 1], B: [9, 9, 9] }, "2024"),
    ]);
    const result = runUncertainty(data, trio, plain, { spec: quietSpec() });
    expect(result.periods).toEqual(["2020", "2024"]);
    expect(result.units.map((u) => `${u.period}/${u.entity}`)).toEqual([
      "2020/A",
      "2020/B",
      "2024/A",
      "2024/B",
    ]);
    expect(result.nodes[0]?.ranks.units.map((u) => u.nominal)).toEqual([1, 2, 2, 1]);
  });

  it("nominal ranks equal the exact engine's competition ranks on the EDI sample (root and pillars)", () => {
    const result = runUncertainty(sample, edi, ediMethod, { spec: quietSpec() });
    const exact = rank(score(sample, edi, ediMethod), { ties: "competition" });
    const unitIndex = new Map(sample.units.map((u, i) => [`${u.entity}/${u.period}`, i]));
    for (const node of result.nodes) {
      const exactNode = exact.indices[0]?.nodes.find((n) => n.id === node.node);
      const expected = result.units.map(
        (u) => exactNode?.ranks[unitIndex.get(`${u.entity}/${u.period}`) as number],
      );
      expect(node.ranks.units.map((u) => u.nominal)).toEqual(expected);
    }
    expect(result.nodes.map((n) => n.node)).toEqual(["edi", "information", "participation", "justice"]);
  });

  it("adds requested nodes and refuses unknown ones", () => {
    const result = runUncertainty(sample, edi, ediMethod, { spec: quietSpec(), nodes: ["G1"] });
    expect(result.nodes.map((n) => n.node)).toContain("G1");
    expect(codeOf(() => runUncertainty(sample, edi, ediMethod, { spec: quietSpec(), nodes: ["nope"] }))).toBe(
      "P10_UNCERTAINTY_NODE",
    );
    expect(codeOf(() => runUncertainty(sample, edi, ediMethod, { spec: quietSpec(), nodes: ["1.1"] }))).toBe(
      "P10_UNCERTAINTY_NODE",
    );
  });

  it("property: p05 ≤ median ≤ p95 within [min, max] ⊆ [1, units of the period], for any seed", () => {
    const data = trioData({ A: [1, 9, 3], B: [4, 4, null], C: [2, 2, 0], D: [0, 9, 9], E: [5, null, 5] });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const result = runUncertainty(data, trio, plain, {
          spec: parseUncertaintySpec({ exclude: { level: "pillar" }, zeros: "zero" }),
          runs: 120,
          seed,
        });
        for (const node of result.nodes) {
          for (const u of node.ranks.units) {
            if (u.runs === 0) continue;
            const [min, p05, median, p95, max] = [u.min, u.p05, u.median, u.p95, u.max] as number[];
            expect(
              1 <= min! && min! <= p05! && p05! <= median! && median! <= p95! && p95! <= max! && max! <= 5,
            ).toBe(true);
          }
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe("errors", () => {
  it("refuses a run count that is not a positive whole number", () => {
    expect(codeOf(() => runUncertainty(sample, edi, ediMethod, { runs: 0 }))).toBe("P10_UNCERTAINTY_RUNS");
    expect(codeOf(() => runUncertainty(sample, edi, ediMethod, { runs: 1.5 }))).toBe("P10_UNCERTAINTY_RUNS");
  });

  it("lists missing answers under missing fail, as the exact engine does", () => {
    expect(codeOf(() => runUncertainty(sample, edi, { ...ediMethod, missing: "fail" }))).toBe(
      "P10_MISSING_ANSWER",
    );
  });

  it("refuses a bad seed", () => {
    expect(codeOf(() => runUncertainty(sample, edi, ediMethod, { seed: -1 }))).toBe("P10_RNG_SEED");
  });
});
