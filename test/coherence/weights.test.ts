// Data-driven weights: Nelder–Mead against R's documented optim output, PCA weights from a known
// eigen-decomposition, balanced weights, the written method, and refusals.
import { describe, expect, it } from "vitest";
import { balanceWeights, pcaWeights } from "../../src/coherence/data-weights.js";
import { nelderMead } from "../../src/coherence/nelder-mead.js";
import { createDataset } from "../../src/advanced.js";
import { isP10Error, parseMethod, score } from "../../src/index.js";
import { method, tiny, unitAnswers } from "../score/fixtures.js";

describe("Nelder–Mead as R's optim", () => {
  it("reproduces ?optim's Rosenbrock example: par 1.000260 1.000506, value 8.825241e-08, 195 evaluations", () => {
    // R: fr <- function(x) 100 * (x[2] - x[1]^2)^2 + (1 - x[1])^2; optim(c(-1.2, 1), fr)
    const fr = (x: readonly number[]) =>
      100 * ((x[1] as number) - (x[0] as number) ** 2) ** 2 + (1 - (x[0] as number)) ** 2;
    const r = nelderMead(fr, [-1.2, 1]);
    expect(r.par[0]).toBeCloseTo(1.00026, 6);
    expect(r.par[1]).toBeCloseTo(1.000506, 6);
    expect(r.value).toBeCloseTo(8.825241e-8, 13);
    expect(r.evaluations).toBe(195);
    expect(r.convergence).toBe(0);
  });

  it("stops at maxit with code 1", () => {
    const r = nelderMead((x) => (x[0] as number) ** 2 + (x[1] as number) ** 2, [3, 4], { maxit: 10 });
    expect(r.convergence).toBe(1);
    expect(r.evaluations).toBeGreaterThan(10);
  });
});

// G1 = a1 a2 a3, G2 = b1 b2: a1 = 1 2 3 …, a2 = 1 3 2 … (r = 1/2), a3 constant 0 on complete cases.
const rows = [
  unitAnswers("A", "2024", { a1: 0, a2: 0, a3: 0, b1: 0, b2: 1, c1: 0, d1: 0, d2: 0 }),
  unitAnswers("B", "2024", { a1: 1, a2: 2, a3: 0, b1: 1, b2: 0, c1: 3, d1: 3, d2: 1 }),
  unitAnswers("C", "2024", { a1: 2, a2: 1, a3: 0, b1: 2, b2: 2, c1: 1, d1: 1, d2: 1 }),
].flat();

describe("PCA weights", () => {
  it("are the first component's loadings within each parent: (1, 1)/√2 for two children with r > 0", () => {
    const set = score(
      createDataset(tiny, rows),
      tiny,
      method({ indices: [{ id: "i", title: "I", kinds: ["legal"] }] }),
    );
    // G3 = d1 d2 = (0, 3, 1) and (0, 1, 1): r = Σ(−4/3·−2/3 + 5/3·1/3 + −1/3·1/3)/√(14/3 · 2/3) = (4/3)/(√28/3) = 2/√7
    const r = pcaWeights(set, { level: "indicator" });
    const d = r.weights.filter((w) => w.parent === "G3");
    expect(d.map((w) => w.weight)).toEqual([Math.SQRT1_2, Math.SQRT1_2].map((x) => expect.closeTo(x, 14)));
    // written with 15 decimals
    expect(Number(d[0]?.written)).toBeCloseTo(Math.SQRT1_2, 14);
    expect(d[0]?.written).toMatch(/^0\.\d{15}$/);
    // G1: a3 is constant, so PCA cannot scale it; G2 has a single legal child; P2 mixes c1 and G3
    expect(r.kept).toEqual([
      { parent: "G1", reason: "constant (3 complete units)" },
      { parent: "G2", reason: "too-few-columns (3 complete units)" },
      { parent: "P2", reason: "children of mixed levels" },
    ]);
    // the written method is valid and carries the weights
    const m = parseMethod(JSON.parse(JSON.stringify(r.method)));
    expect(m.weighting).toEqual({ scheme: "explicit", weights: { d1: d[0]?.written, d2: d[1]?.written } });
    expect(m.description).toContain("Data-driven weights (pca) at the indicator level");
  });

  it("refuses negative loadings", () => {
    const neg = [
      unitAnswers("A", "2024", { d1: 0, d2: 1 }),
      unitAnswers("B", "2024", { d1: 1, d2: 1 }),
      unitAnswers("C", "2024", { d1: 3, d2: 0 }),
    ].flat();
    const set = score(createDataset(tiny, neg), tiny, method({ minCoverage: "0" }));
    try {
      pcaWeights(set, { level: "indicator" });
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.code).toBe("P10_WEIGHTS_NEGATIVE");
    }
  });
});

describe("balanced weights", () => {
  it("make the pillars' correlations with the index closer to equal than equal weights do", () => {
    const set = score(createDataset(tiny, rows), tiny, method());
    const r = balanceWeights(set, { level: "pillar", reltol: 1e-10, maxit: 2000 });
    expect(r.weights.map((w) => w.id)).toEqual(["P1", "P2"]);
    let sum = 0;
    for (const w of r.weights) sum += w.weight;
    expect(sum).toBeCloseTo(1, 12);
    const [a, b] = r.balance?.correlations ?? [];
    expect(Math.abs((a as number) - (b as number))).toBeLessThan(1e-3);
    expect(parseMethod(JSON.parse(JSON.stringify(r.method))).weighting.scheme).toBe("explicit");
  });

  it("refuses a level with fewer than two elements and an unknown index or period", () => {
    const set = score(createDataset(tiny, rows), tiny, method());
    expect(() => balanceWeights(set, { level: "pillar", index: "nope" })).toThrow(/no index "nope"/);
    expect(() => balanceWeights(set, { level: "pillar", period: "1999" })).toThrow(/no period "1999"/);
  });
});
