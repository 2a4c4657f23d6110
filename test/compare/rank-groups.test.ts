// Ranks within groups of entities (e.g. by region), and the two rank invariants as properties: ranks are a
// permutation-invariant function of the scores, and a better exact score never has a worse rank.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Dec, dec, P10Decimal, rankScores } from "../../src/advanced.js";
import { rank, type TieRule } from "../../src/index.js";
import { method } from "../score/fixtures.js";
import { rootRanks, scoreG1 } from "./fixtures.js";

// Root scores (mean of a1..a3): A 3, B 2, C 2, D 1, E 2, F 3 (F in no group).
// Overall, competition: A 1, F 1, B 3, C 3, E 3, D 6; dense: A 1, F 1, B 2, C 2, E 2, D 3.
// North = {A, B, C}: A 1, B 2, C 2. South = {D, E}: E 1, D 2. F has no group: no group rank.
const units = {
  "A/2024": { a1: 3, a2: 3, a3: 3 },
  "B/2024": { a1: 2, a2: 2, a3: 2 },
  "C/2024": { a1: 3, a2: 2, a3: 1 },
  "D/2024": { a1: 1, a2: 1, a3: 1 },
  "E/2024": { a1: 2, a2: 2, a3: 2 },
  "F/2024": { a1: 3, a2: 3, a3: 3 },
};
const region: Record<string, string> = { A: "North", B: "North", C: "North", D: "South", E: "South" };
const groupOf = (e: string): string | null => region[e] ?? null;

describe("rank with groups", () => {
  const set = scoreG1(units);

  it("shares places on ties overall: competition 1 1 3 3 3 6, dense 1 1 2 2 2 3", () => {
    expect(rootRanks(set, rank(set))).toEqual({
      "A/2024": 1,
      "B/2024": 3,
      "C/2024": 3,
      "D/2024": 6,
      "E/2024": 3,
      "F/2024": 1,
    });
    expect(rootRanks(set, rank(set, { ties: "dense" }))).toEqual({
      "A/2024": 1,
      "B/2024": 2,
      "C/2024": 2,
      "D/2024": 3,
      "E/2024": 2,
      "F/2024": 1,
    });
  });

  it("ranks within each group; an entity in no group gets no rank", () => {
    const ranks = rank(set, { groupOf });
    expect(ranks.grouped).toBe(true);
    expect(rootRanks(set, ranks)).toEqual({
      "A/2024": 1,
      "B/2024": 2,
      "C/2024": 2,
      "D/2024": 2,
      "E/2024": 1,
      "F/2024": null,
    });
    // out of: North 3, South 2, F 0.
    expect(ranks.indices[0]?.nodes[0]?.outOf).toEqual([3, 3, 3, 2, 2, 0]);
    expect(rank(set).grouped).toBe(false);
  });

  it("ranks groups per period: the same entity competes only with its period", () => {
    const two = scoreG1({ ...units, "A/2025": { a1: 0 }, "D/2025": { a1: 1 } });
    const r = rootRanks(two, rank(two, { groupOf }));
    expect([r["A/2025"], r["D/2025"], r["A/2024"]]).toEqual([1, 1, 1]);
  });

  it("never ranks an entity worse within its group than overall (property)", () => {
    const level = fc.integer({ min: 0, max: 3 });
    const unitArb = fc.record({ a1: level, a2: level, a3: level });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(unitArb, fc.constantFrom("N", "S", null)), { minLength: 1, maxLength: 8 }),
        fc.constantFrom<TieRule>("competition", "dense"),
        (rows, ties) => {
          const s = scoreG1(Object.fromEntries(rows.map(([g1], i) => [`E${i}/2024`, g1])));
          const groups = new Map(rows.map(([, g], i) => [`E${i}`, g]));
          const overall = rank(s, { ties }).indices[0]?.nodes[0];
          const within = rank(s, { ties, groupOf: (e) => groups.get(e) ?? null }).indices[0]?.nodes[0];
          s.units.forEach((u, i) => {
            const g = within?.ranks[i] ?? null;
            if (groups.get(u.entity) === null) expect(g).toBeNull();
            else expect(g).toBeLessThanOrEqual(overall?.ranks[i] as number);
          });
        },
      ),
    );
  });
});

/** Scores with fractional parts and ties, some null. */
const scoresArb = fc.array(
  fc.option(
    fc.integer({ min: -300, max: 300 }).map((n) => new P10Decimal(n).div(7)),
    { freq: 6 },
  ),
  { maxLength: 14 },
);
const tiesArb = fc.constantFrom<TieRule>("competition", "dense");

describe("rank invariants (properties)", () => {
  it("ranks are a permutation-invariant function of the scores", () => {
    fc.assert(
      fc.property(
        scoresArb.chain((values) =>
          fc.tuple(
            fc.constant(values),
            fc.shuffledSubarray([...values.keys()], { minLength: values.length }),
          ),
        ),
        tiesArb,
        ([values, order], ties) => {
          const ranks = rankScores(values, { ties });
          const permuted = rankScores(
            order.map((i) => values[i] as Dec | null),
            { ties },
          );
          expect(permuted).toEqual(order.map((i) => ranks[i]));
        },
      ),
    );
  });

  it("a better exact score never has a worse rank; equal scores share a rank", () => {
    fc.assert(
      fc.property(scoresArb, tiesArb, (values, ties) => {
        const ranks = rankScores(values, { ties });
        values.forEach((a, i) => {
          values.forEach((b, j) => {
            if (a === null || b === null) return;
            if (a.gt(b)) expect(ranks[i] as number).toBeLessThan(ranks[j] as number);
            if (a.eq(b)) expect(ranks[i]).toBe(ranks[j]);
          });
        });
      }),
    );
  });

  it("ranking on the rounded score keeps the order: better exact is never worse (ScoreSet property)", () => {
    const level = fc.integer({ min: 0, max: 3 });
    const unitArb = fc.record({ a1: level, a2: level, a3: fc.option(level, { nil: undefined }) });
    const m = method({
      minCoverage: "0",
      presentation: { places: 0, ranks: { on: "rounded", ties: "competition" } },
    });
    fc.assert(
      fc.property(fc.array(unitArb, { minLength: 1, maxLength: 8 }), (rows) => {
        const clean = rows.map((r) =>
          Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)),
        );
        const s = scoreG1(Object.fromEntries(clean.map((g1, i) => [`E${i}/2024`, g1])), m);
        const r = rank(s).indices[0]?.nodes[0]?.ranks ?? [];
        const score = (i: number) => s.units[i]?.indices[0]?.nodes[0]?.score as Dec;
        s.units.forEach((_, i) => {
          s.units.forEach((_, j) => {
            if (score(i).gt(score(j))) expect(r[i] as number).toBeLessThanOrEqual(r[j] as number);
          });
        });
      }),
    );
  });

  it("ties on the exact value: 1/3 and 0.33333 differ, so they do not share a place", () => {
    expect(rankScores([new P10Decimal(1).div(3), dec("0.33333")])).toEqual([1, 2]);
  });
});
