import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isP10Error } from "../../src/errors.js";
import { quantileSorted } from "../../src/uncertainty/quantile.js";

describe("quantileSorted (Hyndman & Fan type 7, R's default)", () => {
  it("matches R's quantile(type = 7), worked out by hand", () => {
    // quantile(1:10, c(0.05, 0.5, 0.95)) in R gives 1.45, 5.5, 9.55:
    // h = 9·0.05 = 0.45 → 1 + 0.45·(2 − 1); h = 4.5 → 5 + 0.5·1; h = 8.55 → 9 + 0.55·1.
    const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantileSorted(oneToTen, 0.05)).toBeCloseTo(1.45, 12);
    expect(quantileSorted(oneToTen, 0.5)).toBe(5.5);
    expect(quantileSorted(oneToTen, 0.95)).toBeCloseTo(9.55, 12);
    // quantile(c(3, 1, 4, 1, 5, 9, 2, 6), c(0.05, 0.25, 0.5, 0.95)) gives 1, 1.75, 3.5, 7.95:
    // sorted 1 1 2 3 4 5 6 9; h = 7p: 0.35 → 1 + 0.35·0; 1.75 → 1 + 0.75·1; 3.5 → 3 + 0.5·1; 6.65 → 6 + 0.65·3.
    const pi = [1, 1, 2, 3, 4, 5, 6, 9];
    expect(quantileSorted(pi, 0.05)).toBe(1);
    expect(quantileSorted(pi, 0.25)).toBe(1.75);
    expect(quantileSorted(pi, 0.5)).toBe(3.5);
    expect(quantileSorted(pi, 0.95)).toBeCloseTo(7.95, 12);
    // One value is every quantile of itself; the ends are the minimum and the maximum.
    expect(quantileSorted([7], 0.3)).toBe(7);
    expect(quantileSorted(pi, 0)).toBe(1);
    expect(quantileSorted(pi, 1)).toBe(9);
  });

  it("reads only the first `length` values of a larger buffer", () => {
    expect(quantileSorted(new Float64Array([1, 2, 3, 100, 100]), 1, 3)).toBe(3);
  });

  it("property: stays within the data, grows with p, and equals the order statistic at p = j/(n − 1)", () => {
    const sample = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        sample,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, p, q) => {
          const sorted = Float64Array.from(xs).sort();
          const [lo, hi] = p <= q ? [p, q] : [q, p];
          const a = quantileSorted(sorted, lo);
          const b = quantileSorted(sorted, hi);
          expect(a).toBeGreaterThanOrEqual(sorted[0]!);
          expect(b).toBeLessThanOrEqual(sorted[sorted.length - 1]!);
          expect(a).toBeLessThanOrEqual(b);
          const n = sorted.length;
          if (n > 1) {
            const j = Math.floor(p * (n - 1));
            expect(quantileSorted(sorted, j / (n - 1))).toBe(sorted[j]);
          }
        },
      ),
    );
  });

  it("refuses probabilities outside [0, 1] and empty samples", () => {
    for (const [xs, p, length] of [
      [[1, 2], 1.5, 2],
      [[1, 2], Number.NaN, 2],
      [[], 0.5, 0],
      [[1, 2], 0.5, 3],
    ] as const) {
      try {
        quantileSorted(xs, p, length);
        expect.unreachable();
      } catch (e) {
        expect(isP10Error(e) && e.code).toBe("P10_QUANTILE");
      }
    }
  });
});
