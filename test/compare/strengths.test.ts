// Strengths and weaknesses: groups and indicators furthest above and below the cohort (same period),
// against its median by default or its mean. Cohort values are worked out in each test.
import { describe, expect, it } from "vitest";
import { isP10Error, strengthsAndWeaknesses } from "../../src/index.js";
import { P10Decimal } from "../../src/advanced.js";
import { scoreG1 } from "./fixtures.js";

const s = (v: { toString(): string }) => v.toString();

describe("strengthsAndWeaknesses", () => {
  // 2024: a1 = A 3, B 1, C 1, D 0 (median 1, mean 5/4); a2 = A 0, B 2, C 3, D 2 (median 2, mean 7/4);
  // a3 = A 2, B 2, C 2 (median 2: no difference for A). G1 = A 5/3, B 5/3, C 2, D 1 (median 5/3).
  const set = scoreG1({
    "A/2024": { a1: 3, a2: 0, a3: 2 },
    "B/2024": { a1: 1, a2: 2, a3: 2 },
    "C/2024": { a1: 1, a2: 3, a3: 2 },
    "D/2024": { a1: 0, a2: 2 },
    "A/2014": { a1: 0, a2: 0, a3: 0 },
  });

  it("ranks indicators by their distance from the cohort median", () => {
    const sw = strengthsAndWeaknesses(set, "A", "2024");
    expect(sw.versus).toBe("median");
    expect(
      sw.indicators.strengths.map((c) => [c.id, s(c.score), s(c.cohort), s(c.difference), c.cohortSize]),
    ).toEqual([["a1", "3", "1", "2", 4]]);
    expect(sw.indicators.weaknesses.map((c) => [c.id, s(c.difference)])).toEqual([["a2", "-2"]]);
    // A's G1 equals the median (5/3): neither a strength nor a weakness; other groups have no score.
    expect(sw.groups).toEqual({ strengths: [], weaknesses: [] });
  });

  it("compares with the mean on request, and keeps the top k", () => {
    const sw = strengthsAndWeaknesses(set, "D", "2024", { versus: "mean", k: 1 });
    // D: a1 0 − 5/4 = −1.25; a2 2 − 7/4 = 0.25; G1 1 − mean(5/3, 5/3, 2, 1) = 1 − 19/12 = −7/12.
    expect(sw.indicators.strengths.map((c) => [c.id, s(c.difference)])).toEqual([["a2", "0.25"]]);
    expect(sw.indicators.weaknesses.map((c) => [c.id, s(c.difference)])).toEqual([["a1", "-1.25"]]);
    // −7/12 up to the last of 50 digits (the mean 19/12 is rounded to 50 significant digits first).
    expect(sw.groups.weaknesses.map((c) => c.id)).toEqual(["G1"]);
    const g1 = sw.groups.weaknesses[0]!.difference;
    expect(g1.minus(new P10Decimal(-7).div(12)).abs().lt("1e-48")).toBe(true);
  });

  it("refuses an entity without results in the period", () => {
    try {
      strengthsAndWeaknesses(set, "D", "2014");
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.code).toBe("P10_UNKNOWN_UNIT");
      expect((e as Error).message).toBe('entity "D" has no results in period "2014" (assessed then: A)');
    }
  });
});
