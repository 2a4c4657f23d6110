import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isP10Error } from "../../src/errors.js";
import { createRng } from "../../src/uncertainty/prng.js";
import { sobolDesign, sobolIndices, sobolRowCount } from "../../src/uncertainty/sobol.js";

/** Runs `model` on every row of a design and returns the outputs in design order. */
function evaluate(rows: Float64Array, k: number, model: (x: Float64Array) => number): Float64Array {
  const outputs = new Float64Array(rows.length / k);
  for (let r = 0; r < outputs.length; r++) outputs[r] = model(rows.subarray(r * k, (r + 1) * k));
  return outputs;
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isP10Error(e) ? e.code : "not a P10Error";
  }
  return undefined;
}

describe("sobolDesign", () => {
  it("property: rows are A, B, then A with column i taken from B, for each base row", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 2, max: 20 }), fc.nat(), (k, n, seed) => {
        const rows = sobolDesign(k, n, createRng(seed % 2 ** 32));
        expect(rows.length).toBe(sobolRowCount(k, n) * k);
        expect(rows.every((u) => u >= 0 && u < 1)).toBe(true);
        for (let j = 0; j < n; j++) {
          const at = (m: number, i: number) => rows[(j * (k + 2) + m) * k + i]!;
          for (let m = 0; m < k; m++) {
            for (let i = 0; i < k; i++) expect(at(2 + m, i)).toBe(i === m ? at(1, i) : at(0, i));
          }
        }
      }),
    );
  });

  it("draws A_j then B_j from the generator, base row after base row", () => {
    const k = 2;
    const rows = sobolDesign(k, 3, createRng(5));
    const rng = createRng(5);
    for (let j = 0; j < 3; j++) {
      const a = [rng.next(), rng.next()];
      const b = [rng.next(), rng.next()];
      expect(Array.from(rows.subarray(j * 4 * k, j * 4 * k + 2 * k))).toEqual([...a, ...b]);
    }
  });

  it("property: a smaller design from the same seed is a prefix of a larger one", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 2, max: 30 }),
        fc.nat(),
        (k, small, seed) => {
          const big = sobolDesign(k, small + 7, createRng(seed % 2 ** 32));
          const prefix = sobolDesign(k, small, createRng(seed % 2 ** 32));
          expect(Array.from(big.subarray(0, prefix.length))).toEqual(Array.from(prefix));
        },
      ),
    );
  });

  it("refuses shapes it cannot build", () => {
    expect(codeOf(() => sobolDesign(0, 10, createRng(1)))).toBe("P10_SOBOL_SHAPE");
    expect(codeOf(() => sobolDesign(2, 1, createRng(1)))).toBe("P10_SOBOL_SHAPE");
    expect(codeOf(() => sobolDesign(2.5, 10, createRng(1)))).toBe("P10_SOBOL_SHAPE");
    expect(codeOf(() => sobolDesign(1000, 2 ** 20, createRng(1)))).toBe("P10_SOBOL_SHAPE");
  });
});

describe("sobolIndices: the estimators", () => {
  it("matches a hand computation on a two-row design", () => {
    // k = 1, N = 2; rows per base row: A, B, A_B^(1). Outputs: base row 0 → 1, 3, 2; base row 1 → 5, 7, 4.
    // mean over A and B = (1 + 3 + 5 + 7)/4 = 4; V = (9 + 1 + 1 + 9)/4 = 5.
    // S_1  = (1/N) Σ (f(B) − mean)(f(A_B) − f(A)) / V = ½ [(3 − 4)(2 − 1) + (7 − 4)(4 − 5)] / 5 = −0.4
    // S_T1 = (1/2N) Σ (f(A) − f(A_B))² / V = ¼ [(1 − 2)² + (5 − 4)²] / 5 = 0.1
    const s = sobolIndices(new Float64Array([1, 3, 2, 5, 7, 4]), 1, 2);
    expect(s.mean).toBe(4);
    expect(s.variance).toBe(5);
    expect(s.first[0]).toBeCloseTo(-0.4, 15);
    expect(s.total[0]).toBeCloseTo(0.1, 15);
    expect(s.constantOutput).toBe(false);
    expect(s.firstCI).toBeUndefined();
  });

  it("recovers the Ishigami function's analytic indices (a = 7, b = 0.1)", () => {
    // Y = sin X1 + a sin² X2 + b X3⁴ sin X1, Xi ~ U(−π, π). Analytic variances (Saltelli et al. 2008,
    // Global Sensitivity Analysis: The Primer, §4.9; the SALib documentation's test function):
    //   V1 = ½ (1 + bπ⁴/5)², V2 = a²/8, V13 = b²π⁸ (1/18 − 1/50), V = V1 + V2 + V13 + … = a²/8 + bπ⁴/5 + b²π⁸/18 + ½
    //   S1 = V1/V = 0.3139, S2 = 0.4424, S3 = 0, ST1 = (V1 + V13)/V = 0.5576, ST2 = 0.4424, ST3 = V13/V = 0.2437.
    const a = 7;
    const b = 0.1;
    const pi4 = Math.PI ** 4;
    const V1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
    const V2 = a ** 2 / 8;
    const V13 = b ** 2 * pi4 ** 2 * (1 / 18 - 1 / 50);
    const V = a ** 2 / 8 + (b * pi4) / 5 + (b ** 2 * pi4 ** 2) / 18 + 0.5;
    const first = [V1 / V, V2 / V, 0];
    const total = [(V1 + V13) / V, V2 / V, V13 / V];
    // The hand formulas agree with the published four-decimal values.
    expect(first.map((x) => Number(x.toFixed(4)))).toEqual([0.3139, 0.4424, 0]);
    expect(total.map((x) => Number(x.toFixed(4)))).toEqual([0.5576, 0.4424, 0.2437]);

    const k = 3;
    const n = 2 ** 14;
    const root = createRng("ishigami");
    const rows = sobolDesign(k, n, root.fork(0));
    const y = evaluate(rows, k, (u) => {
      const x = Array.from(u, (ui) => -Math.PI + 2 * Math.PI * ui);
      return Math.sin(x[0]!) + a * Math.sin(x[1]!) ** 2 + b * x[2]! ** 4 * Math.sin(x[0]!);
    });
    const s = sobolIndices(y, k, n, { bootstrap: 300, rng: root.fork(1) });
    // Plain Monte Carlo with N = 2^14: over seeds 0..19 the worst error measured was 0.028.
    for (let i = 0; i < k; i++) {
      expect(Math.abs(s.first[i]! - first[i]!)).toBeLessThan(0.03);
      expect(Math.abs(s.total[i]! - total[i]!)).toBeLessThan(0.03);
      const [fLow, fHigh] = s.firstCI![i]!;
      const [tLow, tHigh] = s.totalCI![i]!;
      expect(fLow <= s.first[i]! && s.first[i]! <= fHigh && fHigh - fLow < 0.1).toBe(true);
      expect(tLow <= s.total[i]! && s.total[i]! <= tHigh && tHigh - tLow < 0.1).toBe(true);
    }
    expect(s.variance).toBeGreaterThan(V - 0.5);
    expect(s.variance).toBeLessThan(V + 0.5);
  });

  it("recovers S_i = S_Ti = c_i² / Σ c_j² for a linear model, and exactly 0 for an input it ignores", () => {
    // Y = Σ c_i X_i with independent X_i ~ U(0, 1): Var(c_i X_i) = c_i²/12, and the terms add without
    // interaction, so V = Σ c_j²/12 and S_i = S_Ti = (c_i²/12)/V = c_i²/Σ c_j². With c = (1, 2, 3, 0):
    // Σ c_j² = 14, S = (1/14, 4/14, 9/14, 0).
    const c = [1, 2, 3, 0];
    const k = c.length;
    const n = 2 ** 14;
    const root = createRng(2010);
    const y = evaluate(sobolDesign(k, n, root.fork(0)), k, (x) =>
      c.reduce((sum, ci, i) => sum + ci * x[i]!, 0),
    );
    const s = sobolIndices(y, k, n, { bootstrap: 200, rng: root.fork(1) });
    for (let i = 0; i < 3; i++) {
      expect(Math.abs(s.first[i]! - c[i]! ** 2 / 14)).toBeLessThan(0.03);
      expect(Math.abs(s.total[i]! - c[i]! ** 2 / 14)).toBeLessThan(0.03);
    }
    // X4 never enters: f(A_B^(4)) = f(A) bit for bit, so both sums are exactly 0, in every resample too.
    expect(s.first[3]).toBe(0);
    expect(s.total[3]).toBe(0);
    expect(s.firstCI![3]).toEqual([0, 0]);
    expect(s.totalCI![3]).toEqual([0, 0]);
  });

  it("reports an output that never changes as constant, with zero indices", () => {
    const k = 3;
    const n = 50;
    const s = sobolIndices(new Float64Array(sobolRowCount(k, n)).fill(0.1), k, n, {
      bootstrap: 10,
      rng: createRng(1),
    });
    expect(s.constantOutput).toBe(true);
    expect(s.first).toEqual([0, 0, 0]);
    expect(s.total).toEqual([0, 0, 0]);
    expect(s.firstCI).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(s.variance).toBe(0);
  });

  it("the same seed gives identical results, bootstrap included", () => {
    const run = () => {
      const root = createRng("same");
      const y = evaluate(sobolDesign(2, 500, root.fork(0)), 2, (x) => x[0]! * x[1]! + x[0]!);
      return sobolIndices(y, 2, 500, { bootstrap: 100, rng: root.fork(1) });
    };
    expect(run()).toEqual(run());
  });

  it("property: indices do not change when the output is shifted and scaled", () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (seed, shift, scale) => {
          const k = 3;
          const n = 64;
          const y = evaluate(sobolDesign(k, n, createRng(seed % 2 ** 32)), k, (x) => x[0]! + x[1]! * x[2]!);
          const base = sobolIndices(y, k, n);
          const moved = sobolIndices(
            y.map((v) => shift + scale * v),
            k,
            n,
          );
          for (let i = 0; i < k; i++) {
            expect(moved.first[i]!).toBeCloseTo(base.first[i]!, 6);
            expect(moved.total[i]!).toBeCloseTo(base.total[i]!, 6);
          }
        },
      ),
    );
  });

  it("property: total indices are never negative and intervals are ordered", () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 4 }), (seed, k) => {
        const n = 32;
        const root = createRng(seed % 2 ** 32);
        const y = evaluate(sobolDesign(k, n, root.fork(0)), k, (x) => Math.exp(x[0]!) * (1 + x[k - 1]!));
        const s = sobolIndices(y, k, n, { bootstrap: 20, rng: root.fork(1), confidence: 0.9 });
        for (let i = 0; i < k; i++) {
          expect(s.total[i]!).toBeGreaterThanOrEqual(0);
          expect(s.firstCI![i]![0]).toBeLessThanOrEqual(s.firstCI![i]![1]);
          expect(s.totalCI![i]![0]).toBeLessThanOrEqual(s.totalCI![i]![1]);
        }
      }),
    );
  });
});

describe("sobolIndices: bad input", () => {
  it("refuses wrong shapes, non-finite outputs and bad options with stable codes", () => {
    const y = new Float64Array(sobolRowCount(2, 4)).map((_, r) => r);
    expect(codeOf(() => sobolIndices(y.subarray(1), 2, 4))).toBe("P10_SOBOL_SHAPE");
    const withNaN = y.slice();
    withNaN[5] = Number.NaN;
    expect(codeOf(() => sobolIndices(withNaN, 2, 4))).toBe("P10_SOBOL_OUTPUT");
    expect(() => sobolIndices(withNaN, 2, 4)).toThrow(/design row 5/);
    expect(codeOf(() => sobolIndices(y, 2, 4, { bootstrap: 10 }))).toBe("P10_SOBOL_OPTIONS");
    expect(codeOf(() => sobolIndices(y, 2, 4, { bootstrap: -1, rng: createRng(1) }))).toBe(
      "P10_SOBOL_OPTIONS",
    );
    expect(codeOf(() => sobolIndices(y, 2, 4, { confidence: 1 }))).toBe("P10_SOBOL_OPTIONS");
  });

  it("refuses to estimate when the A and B rows are flat but other rows move", () => {
    // k = 1, N = 2: A and B outputs all 1, the A_B rows 0 and 2.
    expect(codeOf(() => sobolIndices(new Float64Array([1, 1, 0, 1, 1, 2]), 1, 2))).toBe("P10_SOBOL_VARIANCE");
  });
});
