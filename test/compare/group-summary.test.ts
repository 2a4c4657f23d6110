// Group summaries: count, mean, median, min and max of a node's scores per period and group, exact.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dec, decimalStatistics, P10Decimal } from "../../src/advanced.js";
import { groupSummaries } from "../../src/index.js";
import { scoreG1 } from "./fixtures.js";

const s = (v: { toString(): string } | null) => (v === null ? null : v.toString());

describe("groupSummaries", () => {
  // Root scores: A 1, B 2, C 2/3 ((1 + 1 + 0) / 3), D 3, E none (all n/a), F 2 (no group).
  const set = scoreG1({
    "A/2024": { a1: 1 },
    "B/2024": { a1: 2 },
    "C/2024": { a1: 1, a2: 1, a3: 0 },
    "D/2024": { a1: 3 },
    "E/2024": { a1: "na" },
    "F/2024": { a1: 2 },
    "A/2014": { a1: 0 },
  });
  const region: Record<string, string> = { A: "N", B: "N", C: "N", D: "S", E: "S" };

  it("counts members and scored units and gives exact statistics per period and group", () => {
    const rows = groupSummaries(set, (e) => region[e] ?? null).map((g) => [
      g.period,
      g.group,
      g.members,
      g.count,
      s(g.mean),
      s(g.median),
      s(g.min),
      s(g.max),
    ]);
    expect(rows).toEqual([
      ["2014", "N", 1, 1, "0", "0", "0", "0"],
      // N 2024: 1, 2, 2/3 → mean (1 + 2 + 2/3) / 3 = 11/9, median 1, min 2/3, max 2.
      [
        "2024",
        "N",
        3,
        3,
        "1.2222222222222222222222222222222222222222222222222",
        "1",
        "0.66666666666666666666666666666666666666666666666667",
        "2",
      ],
      // S 2024: D 3, E has no score → 1 of 2 scored.
      ["2024", "S", 2, 1, "3", "3", "3", "3"],
    ]);
  });

  it("summarises another node on request and refuses unknown ids", () => {
    expect(groupSummaries(set, () => "all", { node: "G2" }).map((g) => [g.period, g.count])).toEqual([
      ["2014", 0],
      ["2024", 0],
    ]);
    expect(() => groupSummaries(set, () => "all", { node: "nope" })).toThrow(/node "nope"/);
    expect(() => groupSummaries(set, () => "all", { index: "nope" })).toThrow(/no index "nope"/);
  });
});

describe("decimalStatistics", () => {
  it("takes the mean of the two middle values for an even count: 1, 2, 3, 4 → 2.5", () => {
    const st = decimalStatistics([dec("3"), dec("1"), dec("4"), dec("2")]);
    expect([s(st.mean), s(st.median), s(st.min), s(st.max)]).toEqual(["2.5", "2.5", "1", "4"]);
    expect(decimalStatistics([])).toEqual({ mean: null, median: null, min: null, max: null });
  });

  it("min ≤ median ≤ max, min ≤ mean ≤ max, and order does not matter (property)", () => {
    const values = fc.array(
      fc.integer({ min: -1000, max: 1000 }).map((n) => new P10Decimal(n).div(8)),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(values, (vs) => {
        const st = decimalStatistics(vs);
        const rev = decimalStatistics([...vs].reverse());
        expect(st.min!.lte(st.median!) && st.median!.lte(st.max!)).toBe(true);
        expect(st.min!.lte(st.mean!) && st.mean!.lte(st.max!)).toBe(true);
        expect([s(rev.mean), s(rev.median)]).toEqual([s(st.mean), s(st.median)]);
      }),
    );
  });
});
