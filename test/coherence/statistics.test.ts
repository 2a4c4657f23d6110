// Reference values of the coherence statistics, each computed by hand in the comments (or from a closed
// form), and fast-check properties of their invariants.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cronbachAlpha } from "../../src/coherence/alpha.js";
import { correlate } from "../../src/coherence/correlations.js";
import { symmetricEigen } from "../../src/coherence/jacobi.js";
import { midRanks } from "../../src/coherence/moments.js";
import { principalComponents } from "../../src/coherence/pca.js";
import { correlationPValue } from "../../src/coherence/student-t.js";

const N = Number.NaN;

describe("correlations", () => {
  it("Pearson and Spearman on a table computed by hand", () => {
    // x = 1 2 3, y = 0 3 2: x̄ = 2, ȳ = 5/3; Σdxdy = 5/3 + 0 + 1/3 = 2, Σdx² = 2, Σdy² = 14/3,
    // r = 2 / √(28/3) = √(3/7). Ranks of y: 1 3 2, so ρ = Σ(−1·−1 + 0·1 + 1·0) / 2 = 1/2.
    const c = correlate([1, 2, 3], [0, 3, 2]);
    expect(c.pearson).toBeCloseTo(Math.sqrt(3 / 7), 15);
    expect(c.spearman).toBeCloseTo(0.5, 15);
    expect(c.n).toBe(3);
  });

  it("uses pairwise-complete units, means over those units only (R's use = 'pairwise.complete.obs')", () => {
    // the 4th unit lacks x and the 5th y: only the first three count, as above.
    const c = correlate([1, 2, 3, N, 9], [0, 3, 2, 7, N]);
    expect(c.pearson).toBeCloseTo(Math.sqrt(3 / 7), 15);
    expect(c.n).toBe(3);
  });

  it("Spearman with ties uses mid-ranks", () => {
    expect(midRanks([2, 1, 2, 3])).toEqual([2.5, 1, 2.5, 4]);
    // x = 1 2 2 3 (ranks 1 2.5 2.5 4), y = 1 2 3 4: Σdxdy = 1.5·1.5 + 0 + 0 + 1.5·1.5 = 4.5,
    // Σdx² = 2·1.5² = 4.5, Σdy² = 5 → ρ = 4.5/√22.5 = 0.9486832980505138.
    expect(correlate([1, 2, 2, 3], [1, 2, 3, 4]).spearman).toBeCloseTo(4.5 / Math.sqrt(22.5), 15);
  });

  it("is null for a constant column or fewer than two pairs", () => {
    expect(correlate([1, 1, 1], [1, 2, 3]).pearson).toBeNull();
    expect(correlate([1, N], [N, 2]).pearson).toBeNull();
  });

  it("p-values match Student's t closed forms (df 1: 1 − 2/π·asin|r|; df 2: 1 − |r|)", () => {
    for (const r of [0, 0.1, 0.5, -0.77, 0.99]) {
      expect(correlationPValue(r, 3)).toBeCloseTo(1 - (2 / Math.PI) * Math.asin(Math.abs(r)), 13);
      expect(correlationPValue(r, 4)).toBeCloseTo(1 - Math.abs(r), 13);
    }
    expect(correlationPValue(1, 10)).toBe(0);
    expect(correlationPValue(0.5, 2)).toBeNull();
    // df = 4, t = 2.776445105 is the two-sided 5 % critical value of Student's t (printed t-tables):
    // r = t / √(t² + df).
    const t = 2.7764451051977987;
    expect(correlationPValue(t / Math.sqrt(t * t + 4), 6)).toBeCloseTo(0.05, 9);
  });

  const column = fc.array(fc.oneof(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.constant(N)), {
    minLength: 8,
    maxLength: 8,
  });
  it("property: correlations lie in [−1, 1] and are symmetric", () => {
    fc.assert(
      fc.property(column, column, (x, y) => {
        const a = correlate(x, y);
        const b = correlate(y, x);
        expect(a).toEqual(b);
        for (const r of [a.pearson, a.spearman]) if (r !== null) expect(Math.abs(r)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("Cronbach's alpha", () => {
  it("equals k/(k−1)·(1 − Σσᵢ²/σ²_total) on complete data (hand computation: 21/25)", () => {
    // A = 1 2 3 4 (var 5/3), B = 1 3 2 4 (var 5/3), C = 2 2 3 3 (var 1/3); totals 4 7 8 11 (var 25/3).
    // α = 3/2 · (1 − (11/3)/(25/3)) = 3/2 · 14/25 = 21/25.
    expect(
      cronbachAlpha([
        [1, 2, 3, 4],
        [1, 3, 2, 4],
        [2, 2, 3, 3],
      ]),
    ).toBeCloseTo(0.84, 14);
  });

  it("uses the pairwise-complete covariance matrix, as COINr's get_cronbach (hand computation: 6/11)", () => {
    // A = 1 2 3 –, B = 1 3 2 4: var A = 1 (3 units), var B = 5/3 (4 units), cov(A, B) = 1/2 (3 units).
    // ΣC = 1 + 5/3 + 2·1/2 = 11/3, tr C = 8/3, σ̄ = (11/3 − 8/3)/2 = 1/2, α = 4·(1/2)/(11/3) = 6/11.
    expect(
      cronbachAlpha([
        [1, 2, 3, N],
        [1, 3, 2, 4],
      ]),
    ).toBeCloseTo(6 / 11, 14);
  });

  it("is null for a single column", () => {
    expect(cronbachAlpha([[1, 2, 3]])).toBeNull();
  });

  it("property: unchanged by permuting the indicators", () => {
    const table = fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }), {
      minLength: 2,
      maxLength: 5,
    });
    fc.assert(
      fc.property(table, fc.nat(), (cols, seed) => {
        const permuted = [...cols];
        for (let i = permuted.length - 1; i > 0; i--) {
          const j = (seed + i * 7) % (i + 1);
          [permuted[i], permuted[j]] = [permuted[j] as number[], permuted[i] as number[]];
        }
        const a = cronbachAlpha(cols);
        const b = cronbachAlpha(permuted);
        if (a === null || b === null) expect(a).toBe(b);
        else expect(b).toBeCloseTo(a, 9);
      }),
    );
  });
});

describe("Jacobi eigen-decomposition and PCA", () => {
  it("decomposes the tridiagonal (2, −1) matrix: eigenvalues 2 + √2, 2, 2 − √2", () => {
    const e = symmetricEigen([
      [2, -1, 0],
      [-1, 2, -1],
      [0, -1, 2],
    ]);
    expect(e.values[0]).toBeCloseTo(2 + Math.SQRT2, 14);
    expect(e.values[1]).toBeCloseTo(2, 14);
    expect(e.values[2]).toBeCloseTo(2 - Math.SQRT2, 14);
    // eigenvectors (1, −√2, 1)/2, (1, 0, −1)/√2, (1, √2, 1)/2, signs fixed so entries sum ≥ 0
    const expected = [
      [0.5, -Math.SQRT1_2, 0.5],
      [Math.SQRT1_2, 0, -Math.SQRT1_2],
      [0.5, Math.SQRT1_2, 0.5],
    ];
    e.vectors.forEach((v, j) => {
      v.forEach((x, i) => expect(x).toBeCloseTo(expected[j]?.[i] as number, 14));
    });
  });

  it("PCA of two columns with r = 1/2: variances 1.5 and 0.5, loadings (1, 1)/√2", () => {
    // x = 1 2 3, y = 1 3 2 (r = 1/2; the correlation matrix [[1, r], [r, 1]] has eigenvalues 1 ± r).
    const p = principalComponents([
      [1, 2, 3, N],
      [1, 3, 2, 5],
    ]);
    if (!("variances" in p)) throw new Error("no PCA");
    expect(p.n).toBe(3);
    expect(p.variances[0]).toBeCloseTo(1.5, 14);
    expect(p.variances[1]).toBeCloseTo(0.5, 14);
    expect(p.explained[0]).toBeCloseTo(0.75, 14);
    expect(p.loadings[0]).toBeCloseTo(Math.SQRT1_2, 14);
    expect(p.loadings[1]).toBeCloseTo(Math.SQRT1_2, 14);
  });

  it("refuses a constant column (prcomp cannot scale it) and too few complete units", () => {
    expect(
      principalComponents([
        [1, 1, 1],
        [1, 2, 3],
      ]),
    ).toEqual({ n: 3, reason: "constant" });
    expect(
      principalComponents([
        [1, N, 3],
        [N, 2, 3],
      ]),
    ).toEqual({ n: 1, reason: "too-few-units" });
  });

  it("property: eigenpairs reconstruct a random symmetric matrix (A v = λ v)", () => {
    const entry = fc.double({ min: -10, max: 10, noNaN: true });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 10, maxLength: 10 }), (xs) => {
        const k = 4;
        const a: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
        let t = 0;
        for (let i = 0; i < k; i++)
          for (let j = i; j < k; j++) {
            (a[i] as number[])[j] = xs[t] as number;
            (a[j] as number[])[i] = xs[t++] as number;
          }
        const e = symmetricEigen(a);
        e.vectors.forEach((v, j) => {
          for (let i = 0; i < k; i++) {
            let av = 0;
            for (let m = 0; m < k; m++) av += (a[i]?.[m] as number) * (v[m] as number);
            expect(av).toBeCloseTo((e.values[j] as number) * (v[i] as number), 9);
          }
        });
      }),
    );
  });
});
