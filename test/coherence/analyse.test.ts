// The coherence analysis on the tiny framework: remove-one rank shifts computed by hand, effective
// weights, alpha rows, and the properties of the issue (effective weights sum to 1; removing an element
// that already weighs 0 moves no rank).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseCoherence } from "../../src/coherence/analyse.js";
import { removeOneElement, withZeroWeight } from "../../src/coherence/remove-one.js";
import { createDataset } from "../../src/advanced.js";
import { isP10Error, score } from "../../src/index.js";
import { answersArb, method, tiny, unitAnswers } from "../score/fixtures.js";

// tiny: P1 = {G1: a1 a2 a3, G2: b1 b2}, P2 = {c1, G3: d1 d2 (0/1)}; default method: nested-equal, native.
const units = [
  // A: P1 = 3, P2 = mean(0, G3 = 0) = 0, index 1.5
  unitAnswers("A", "2024", { a1: 3, a2: 3, a3: 3, b1: 3, b2: 3, c1: 0, d1: 0, d2: 0 }),
  // B: P1 = 1, P2 = mean(3, G3 = mean(3, 1) = 2) = 2.5, index 1.75
  unitAnswers("B", "2024", { a1: 1, a2: 1, a3: 1, b1: 1, b2: 1, c1: 3, d1: 3, d2: 1 }),
  // C: P1 = 2, P2 = mean(1, G3 = 1) = 1, index 1.5
  unitAnswers("C", "2024", { a1: 2, a2: 2, a3: 2, b1: 2, b2: 2, c1: 1, d1: 1, d2: 1 }),
].flat();
const set = score(createDataset(tiny, units), tiny, method());

describe("remove-one-element rank shifts", () => {
  it("match a hand computation (competition ranks, shift = nominal − without)", () => {
    const [r] = removeOneElement(set, "pillar");
    expect(r?.entities).toEqual(["A", "B", "C"]);
    // index 1.5, 1.75, 1.5 → ranks 2, 1, 2
    expect(r?.nominal).toEqual([2, 1, 2]);
    // without P1 the index is P2 = 0, 2.5, 1 → ranks 3, 1, 2: shifts −1, 0, 0, mean |shift| 1/3
    expect(r?.elements[0]).toEqual({ id: "P1", skipped: null, shifts: [-1, 0, 0], meanAbsShift: 1 / 3 });
    // without P2 the index is P1 = 3, 1, 2 → ranks 1, 3, 2: shifts 1, −2, 0, mean |shift| 1
    expect(r?.elements[1]).toEqual({ id: "P2", skipped: null, shifts: [1, -2, 0], meanAbsShift: 1 });
  });

  it("skips an only child", () => {
    const own = score(
      createDataset(tiny, units),
      tiny,
      method({ indices: [{ id: "law", title: "Law", kinds: ["practice"] }] }),
    );
    // the practice index holds b2 alone under G2 under P1 under the root
    const [r] = removeOneElement(own, "indicator");
    expect(r?.elements).toEqual([
      { id: "b2", skipped: "only-child", shifts: [null, null, null], meanAbsShift: null },
    ]);
  });

  it("refuses a weighting that cannot be written as explicit weights", () => {
    try {
      withZeroWeight(method({ weighting: { scheme: "flat-equal" } }), "P1");
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.code).toBe("P10_COHERENCE_WEIGHTING");
    }
  });

  it("property: removing an element that already weighs 0 moves no rank", () => {
    fc.assert(
      fc.property(answersArb(tiny, 6), fc.constantFrom("P1", "P2", "G1", "G3", "c1"), (answers, id) => {
        const zeroed = withZeroWeight(method(), id);
        const s = score(createDataset(tiny, answers), tiny, zeroed);
        const level = tiny.nodes.get(id)?.level as "pillar" | "group" | "indicator";
        for (const r of removeOneElement(s, level)) {
          const e = r.elements.find((x) => x.id === id);
          for (const shift of e?.shifts ?? []) expect(shift === null || shift === 0).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("analyseCoherence", () => {
  const report = analyseCoherence(set);
  const r = report.results[0];

  it("reports correlations with the parent and flags, per index and period", () => {
    expect(report.remove).toBe("pillar");
    expect(report.thresholds).toEqual({ type: "pearson", pValue: 0.05, collinear: 0.9 });
    // P1 = 3 1 2 and P2 = 0 2.5 1 against the index 1.5 1.75 1.5
    const p1 = r?.correlations.find((c) => c.id === "P1");
    // dx = 1, −1, 0; dy = −1/12, 1/6, −1/12: Σdxdy = −1/4, Σdx² = 2, Σdy² = 1/24 → r = −(1/4)/√(1/12) = −√3/2
    expect(p1?.withParent.pearson).toBeCloseTo(-Math.sqrt(3) / 2, 14);
    expect(p1?.flags).toEqual(["negative", "insignificant"]);
    // a1 = a2 = a3 across units: collinear siblings (r = 1 > 0.9)
    expect(r?.siblings.find((s) => s.a === "a1" && s.b === "a2")?.collinear).toBe(true);
  });

  it("nominal, index and effective weights (COINr's get_eff_weights for the index weight)", () => {
    const g3 = r?.weights.filter((w) => w.parent === "G3");
    expect(g3?.map((w) => w.nominal)).toEqual([0.5, 0.5]);
    // d1 in the index: 1/2 (P2) · 1/2 (G3) · 1/2
    expect(g3?.[0]?.indexNominal).toBe(0.125);
    // G3 = (d1 + d2)/2 with d1 = 0 3 1, d2 = 0 1 1: Cov(d1, G3) = 7/6·… shares ∝ Cov(dᵢ, G3)
    // d1: dx = −4/3, 5/3, −1/3; d2: −2/3, 1/3, 1/3; G3: −1, 1, 0 → Σ d1·G3 = 3, Σ d2·G3 = 1 → 3/4, 1/4
    expect(g3?.[0]?.effective).toBeCloseTo(0.75, 14);
    expect(g3?.[1]?.effective).toBeCloseTo(0.25, 14);
  });

  it("alpha over children and over indicators", () => {
    expect(r?.alpha.map((a) => [a.node, a.basis, a.k])).toEqual([
      ["tiny", "children", 2],
      ["tiny", "indicators", 8],
      ["P1", "children", 2],
      ["P1", "indicators", 5],
      ["G1", "children", 3],
      ["G2", "children", 2],
      ["P2", "children", 2],
      ["P2", "indicators", 3],
      ["G3", "children", 2],
    ]);
    // G1: three identical columns → α = 1
    expect(r?.alpha.find((a) => a.node === "G1")?.alpha).toBeCloseTo(1, 14);
  });

  it("refuses thresholds out of range", () => {
    expect(() => analyseCoherence(set, { pValue: 2 })).toThrow(/pValue/);
  });

  it("property: effective weights sum to 1 within every parent", () => {
    fc.assert(
      fc.property(answersArb(tiny, 6), (answers) => {
        const rep = analyseCoherence(score(createDataset(tiny, answers), tiny, method()), { remove: "none" });
        for (const res of rep.results) {
          const sums = new Map<string, number>();
          for (const w of res.weights) {
            if (w.effective !== null) sums.set(w.parent, (sums.get(w.parent) ?? 0) + w.effective);
          }
          for (const s of sums.values()) expect(s).toBeCloseTo(1, 9);
          const nominal = new Map<string, number>();
          for (const w of res.weights) nominal.set(w.parent, (nominal.get(w.parent) ?? 0) + w.nominal);
          for (const s of nominal.values()) expect(s).toBeCloseTo(1, 12);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("the default remove-one level", () => {
  it("is none under a weighting whose weights cannot be zeroed one by one", () => {
    const flat = score(createDataset(tiny, units), tiny, method({ weighting: { scheme: "flat-equal" } }));
    expect(analyseCoherence(flat).remove).toBe("none");
    expect(() => analyseCoherence(flat, { remove: "pillar" })).toThrow(/nested-equal or explicit/);
  });
});
