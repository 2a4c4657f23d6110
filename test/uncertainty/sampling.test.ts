import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isP10Error } from "../../src/errors.js";
import { createRng } from "../../src/uncertainty/prng.js";
import { monteCarloDesign, uniformToChoice, uniformToRange } from "../../src/uncertainty/sampling.js";

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isP10Error(e) ? e.code : "not a P10Error";
  }
  return undefined;
}

describe("monteCarloDesign", () => {
  it("fills runs × k cells row by row from next()", () => {
    const rows = monteCarloDesign(4, 3, createRng(11));
    const rng = createRng(11);
    expect(Array.from(rows)).toEqual(Array.from({ length: 12 }, () => rng.next()));
  });

  it("refuses empty or oversized designs", () => {
    expect(codeOf(() => monteCarloDesign(0, 3, createRng(1)))).toBe("P10_SAMPLE_SHAPE");
    expect(codeOf(() => monteCarloDesign(10, 0.5, createRng(1)))).toBe("P10_SAMPLE_SHAPE");
    expect(codeOf(() => monteCarloDesign(2 ** 20, 2 ** 10, createRng(1)))).toBe("P10_SAMPLE_SHAPE");
  });
});

describe("uniformToChoice and uniformToRange", () => {
  it("maps by hand-checked values", () => {
    // ⌊0.7·2⌋ = 1; ⌊0.999·3⌋ = 2; ⌊0·5⌋ = 0. 0.75 + 0.5·0.5 = 1 (a ±25 % multiplier at its centre).
    expect(uniformToChoice(0.7, 2)).toBe(1);
    expect(uniformToChoice(0.999, 3)).toBe(2);
    expect(uniformToChoice(0, 5)).toBe(0);
    expect(uniformToRange(0.5, 0.75, 1.25)).toBe(1);
    expect(uniformToRange(0, 0.75, 1.25)).toBe(0.75);
  });

  it("property: a choice is in 0..m−1 and grows with u; a range value is in [low, high]", () => {
    const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
    fc.assert(
      fc.property(unit, unit, fc.integer({ min: 1, max: 1000 }), (u, v, m) => {
        const a = uniformToChoice(Math.min(u, v), m);
        const b = uniformToChoice(Math.max(u, v), m);
        expect(Number.isInteger(a) && a >= 0 && b <= m - 1 && a <= b).toBe(true);
        const x = uniformToRange(u, -2, 3);
        expect(x >= -2 && x <= 3).toBe(true);
      }),
    );
  });

  it("property: each of m choices takes an equal share of [0, 1) (within one point of a 2^16 grid)", () => {
    // On the grid u = t/2^16 the product u·m is exact in binary floating point (t·m < 2^26), so choice c gets
    // the t with c·2^16/m ≤ t < (c + 1)·2^16/m: ⌊2^16/m⌋ or ⌈2^16/m⌉ of them.
    const grid = 2 ** 16;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (m) => {
        const counts = new Int32Array(m);
        for (let t = 0; t < grid; t++) counts[uniformToChoice(t / grid, m)]! += 1;
        for (const count of counts) expect(Math.abs(count - grid / m)).toBeLessThan(1);
      }),
      { numRuns: 50 },
    );
  });

  it("refuses values outside their domains", () => {
    expect(codeOf(() => uniformToChoice(1, 2))).toBe("P10_SAMPLE_VALUE");
    expect(codeOf(() => uniformToChoice(0.5, 0))).toBe("P10_SAMPLE_VALUE");
    expect(codeOf(() => uniformToRange(-0.1, 0, 1))).toBe("P10_SAMPLE_VALUE");
    expect(codeOf(() => uniformToRange(0.5, 1, 0))).toBe("P10_SAMPLE_VALUE");
  });
});
