import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isP10Error } from "../../src/errors.js";
import {
  competitionRanksFloat,
  meanAbsoluteRankShift,
  rankStatistics,
  UNRANKED,
} from "../../src/uncertainty/rank-stats.js";

/** The definition, written naively: 1 + the number of units with a strictly higher score; NaN unranked. */
function naiveRanks(scores: readonly number[]): number[] {
  return scores.map((s) =>
    Number.isNaN(s) ? UNRANKED : 1 + scores.filter((t) => !Number.isNaN(t) && t > s).length,
  );
}

function rank(scores: readonly number[]): number[] {
  const out = new Int32Array(scores.length);
  competitionRanksFloat(Float64Array.from(scores), out, new Int32Array(scores.length + 3));
  return Array.from(out);
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isP10Error(e) ? e.code : "not a P10Error";
  }
  return undefined;
}

// Few distinct values, so ties are common; NaN for unscored units; both zeros.
const score = fc.oneof(
  fc.constantFrom(0, -0, 1, 1.5, 2, 3, Number.NaN, Number.POSITIVE_INFINITY),
  fc.double({ min: -10, max: 10, noNaN: true }),
);

describe("competitionRanksFloat", () => {
  it("gives competition ranks, higher score first, NaN unranked (hand example)", () => {
    // Scores 2.5, 3, 2.5, NaN, 1: 3 is first; the two 2.5s share 2nd; 1 is 4th (the 3rd place is skipped).
    expect(rank([2.5, 3, 2.5, Number.NaN, 1])).toEqual([2, 1, 2, UNRANKED, 4]);
    expect(rank([])).toEqual([]);
    expect(rank([Number.NaN, Number.NaN])).toEqual([0, 0]);
    expect(rank([0, -0])).toEqual([1, 1]);
  });

  it("returns the number of ranked units", () => {
    const out = new Int32Array(3);
    expect(competitionRanksFloat(new Float64Array([1, Number.NaN, 2]), out, new Int32Array(3))).toBe(2);
  });

  it("property: agrees with the naive definition", () => {
    fc.assert(
      fc.property(fc.array(score, { maxLength: 60 }), (scores) => {
        expect(rank(scores)).toEqual(naiveRanks(scores));
      }),
    );
  });

  it("property: a unit's rank does not depend on the order of the units", () => {
    fc.assert(
      fc.property(
        fc.array(score, { minLength: 1, maxLength: 40 }).chain((scores) =>
          fc.tuple(
            fc.constant(scores),
            fc.shuffledSubarray(
              scores.map((_, i) => i),
              { minLength: scores.length },
            ),
          ),
        ),
        ([scores, order]) => {
          const direct = rank(scores);
          const permuted = rank(order.map((i) => scores[i]!));
          for (const [at, i] of order.entries()) expect(permuted[at]).toBe(direct[i]);
        },
      ),
    );
  });

  it("property: a better score never has a worse rank, and equal scores share a rank", () => {
    fc.assert(
      fc.property(fc.array(score, { maxLength: 40 }), (scores) => {
        const ranks = rank(scores);
        scores.forEach((s, i) => {
          scores.forEach((t, j) => {
            if (Number.isNaN(s) || Number.isNaN(t)) return;
            if (s > t) expect(ranks[i]!).toBeLessThan(ranks[j]!);
            if (s === t) expect(ranks[i]).toBe(ranks[j]);
          });
        });
      }),
    );
  });

  it("refuses buffers of the wrong size", () => {
    const scores = new Float64Array(3);
    expect(codeOf(() => competitionRanksFloat(scores, new Int32Array(2), new Int32Array(3)))).toBe(
      "P10_RANK_SHAPE",
    );
    expect(codeOf(() => competitionRanksFloat(scores, new Int32Array(3), new Int32Array(2)))).toBe(
      "P10_RANK_SHAPE",
    );
  });
});

describe("meanAbsoluteRankShift", () => {
  it("averages |rank − nominal| over units ranked in both (hand computation)", () => {
    // |2 − 1| + |1 − 2| + |3 − 3| = 2 over 3 units.
    expect(meanAbsoluteRankShift(new Int32Array([2, 1, 3]), new Int32Array([1, 2, 3]))).toBeCloseTo(
      2 / 3,
      15,
    );
    // Unit 1 unranked in the run, unit 2 unranked nominally: only unit 0 counts, |4 − 1| = 3.
    expect(meanAbsoluteRankShift([4, UNRANKED, 2], [1, 2, Number.NaN])).toBe(3);
  });

  it("refuses mismatched lengths, impossible ranks and runs with nothing to compare", () => {
    expect(codeOf(() => meanAbsoluteRankShift([1, 2], [1]))).toBe("P10_RANK_SHAPE");
    expect(codeOf(() => meanAbsoluteRankShift([0.5, 2], [1, 2]))).toBe("P10_RANK_VALUE");
    expect(codeOf(() => meanAbsoluteRankShift([-1, 2], [1, 2]))).toBe("P10_RANK_VALUE");
    expect(codeOf(() => meanAbsoluteRankShift([Number.POSITIVE_INFINITY], [1]))).toBe("P10_RANK_VALUE");
    expect(codeOf(() => meanAbsoluteRankShift([UNRANKED, 1], [1, UNRANKED]))).toBe("P10_RANK_EMPTY");
  });
});

describe("rankStatistics", () => {
  it("matches R's quantile(type = 7) and hand-computed means", () => {
    // Unit 0 over 10 runs: 3 1 4 1 5 9 2 6 5 3; nominal rank 2. Sorted: 1 1 2 3 3 4 5 5 6 9.
    // In R, quantile(c(3,1,4,1,5,9,2,6,5,3), c(0.05, 0.5, 0.95)) gives 1.00 3.50 7.65:
    //   h = 9p (0-based order statistics x[0..9]); p = 0.05 → h = 0.45 → x[0] + 0.45·(x[1] − x[0]) = 1;
    //   p = 0.5 → h = 4.5 → 3 + 0.5·(4 − 3) = 3.5; p = 0.95 → h = 8.55 → 6 + 0.55·(9 − 6) = 7.65.
    // Mean 39/10 = 3.9; mean |rank − 2| = (1+1+2+1+3+7+0+4+3+1)/10 = 2.3.
    // Unit 1 is ranked 1 in every run, nominal 1: no movement.
    const unit0 = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    const matrix = new Int32Array(unit0.flatMap((r) => [r, 1]));
    const s = rankStatistics(matrix, 10, [2, 1], { places: 3 });
    const u0 = s.units[0]!;
    expect(u0.nominal).toBe(2);
    expect(u0.runs).toBe(10);
    expect(u0.p05).toBe(1);
    expect(u0.median).toBe(3.5);
    expect(u0.p95).toBeCloseTo(7.65, 12);
    expect(u0.mean).toBeCloseTo(3.9, 12);
    expect(u0.meanAbsoluteShift).toBeCloseTo(2.3, 12);
    expect([u0.min, u0.max]).toEqual([1, 9]);
    expect(s.units[1]).toMatchObject({ nominal: 1, median: 1, p05: 1, p95: 1, meanAbsoluteShift: 0 });
    // Overall: (23 + 0)/20 = 1.15. Unit 0's median moved 1.5 ≤ 3 places, but p95 − nominal = 5.65 > 3.
    expect(s.meanAbsoluteShift).toBeCloseTo(1.15, 12);
    expect(s.medianMoved).toBe(0);
    expect(s.intervalMoved).toBe(1);
    // With a threshold of 1 place the median (1.5 away) counts as moved too.
    expect(rankStatistics(matrix, 10, [2, 1], { places: 1 }).medianMoved).toBe(1);
  });

  it("leaves unranked entries out (0 in Int32Array, NaN in Float64Array) and accepts fractional ranks", () => {
    const ints = new Int32Array([1, UNRANKED, 2, UNRANKED]);
    const floats = new Float64Array([1, Number.NaN, 2, Number.NaN]);
    for (const matrix of [ints, floats]) {
      const s = rankStatistics(matrix, 2, [1, 2]);
      expect(s.units[0]).toMatchObject({ runs: 2, median: 1.5, meanAbsoluteShift: 0.5 });
      expect(s.units[1]).toMatchObject({ nominal: 2, runs: 0, median: null, meanAbsoluteShift: null });
      expect(s.meanAbsoluteShift).toBe(0.5);
    }
    const mean = rankStatistics(new Float64Array([1.5, 1.5]), 1, [1.5, 1.5]);
    expect(mean.meanAbsoluteShift).toBe(0);
    expect(rankStatistics(new Int32Array([1]), 1, [UNRANKED]).meanAbsoluteShift).toBeNull();
  });

  it("refuses a wrong shape, impossible ranks and a negative threshold", () => {
    expect(codeOf(() => rankStatistics(new Int32Array(5), 2, [1, 2]))).toBe("P10_RANK_SHAPE");
    expect(codeOf(() => rankStatistics(new Int32Array(0), 0, []))).toBe("P10_RANK_SHAPE");
    expect(codeOf(() => rankStatistics(new Int32Array([1, -2]), 1, [1, 2]))).toBe("P10_RANK_VALUE");
    expect(() => rankStatistics(new Float64Array([1, 2, 1, 0.5]), 2, [1, 2])).toThrow(/run 1, unit 1/);
    expect(codeOf(() => rankStatistics(new Int32Array([1]), 1, [1], { places: -1 }))).toBe("P10_RANK_VALUE");
  });

  it("property: p05 ≤ median ≤ p95 within [min, max]; counts bounded; runs that equal the nominal ranks shift 0", () => {
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 30 }))
      .chain(([units, runs]) =>
        fc.tuple(
          fc.constant(runs),
          fc.array(fc.integer({ min: 0, max: units }), { minLength: units, maxLength: units }),
          fc.array(fc.integer({ min: 0, max: units }), { minLength: runs * units, maxLength: runs * units }),
        ),
      );
    fc.assert(
      fc.property(matrix, fc.integer({ min: 0, max: 5 }), ([runs, nominal, cells], places) => {
        const s = rankStatistics(Int32Array.from(cells), runs, nominal, { places });
        for (const u of s.units) {
          if (u.runs === 0) continue;
          expect(u.min! <= u.p05! && u.p05! <= u.median! && u.median! <= u.p95! && u.p95! <= u.max!).toBe(
            true,
          );
          expect(u.min! <= u.mean! && u.mean! <= u.max!).toBe(true);
        }
        expect(s.medianMoved).toBeLessThanOrEqual(s.intervalMoved);
        expect(s.intervalMoved).toBeLessThanOrEqual(nominal.length);
        const still = rankStatistics(
          Int32Array.from({ length: runs * nominal.length }, (_, i) => nominal[i % nominal.length]!),
          runs,
          nominal,
        );
        expect(still.meanAbsoluteShift ?? 0).toBe(0);
        expect(still.intervalMoved).toBe(0);
      }),
    );
  });

  it("property: with every unit ranked, the overall shift is the mean of the per-run shifts", () => {
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 20 }))
      .chain(([units, runs]) =>
        fc.tuple(
          fc.constant(runs),
          fc.array(fc.integer({ min: 1, max: units }), { minLength: units, maxLength: units }),
          fc.array(fc.integer({ min: 1, max: units }), { minLength: runs * units, maxLength: runs * units }),
        ),
      );
    fc.assert(
      fc.property(matrix, ([runs, nominal, cells]) => {
        const ranks = Int32Array.from(cells);
        const units = nominal.length;
        let total = 0;
        for (let r = 0; r < runs; r++)
          total += meanAbsoluteRankShift(ranks.subarray(r * units, (r + 1) * units), nominal);
        expect(rankStatistics(ranks, runs, nominal).meanAbsoluteShift!).toBeCloseTo(total / runs, 10);
      }),
    );
  });
});
