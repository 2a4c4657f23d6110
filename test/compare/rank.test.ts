// Ranks: competition (1 2 2 4) and dense (1 2 2 3) ties, nulls unranked, per node and per period, on exact
// scores or on the displayed ones. Expected ranks are worked out in each test.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDataset, type Dec, dec, rankScores } from "../../src/advanced.js";
import { rank, score } from "../../src/index.js";
import { method, tiny, unitAnswers } from "../score/fixtures.js";

describe("rankScores", () => {
  it("shares places on ties: competition 1 2 2 4, dense 1 2 2 3; nulls get no rank", () => {
    const values = [dec("2"), dec("3"), dec("2"), null, dec("1")];
    expect(rankScores(values)).toEqual([2, 1, 2, null, 4]);
    expect(rankScores(values, { ties: "competition" })).toEqual([2, 1, 2, null, 4]);
    expect(rankScores(values, { ties: "dense" })).toEqual([2, 1, 2, null, 3]);
    expect(rankScores([])).toEqual([]);
    expect(rankScores([null, null])).toEqual([null, null]);
  });

  it("decides ties on the exact value: 2.1250000001 beats 2.125", () => {
    expect(rankScores([dec("2.125"), dec("2.1250000001")])).toEqual([2, 1]);
  });

  it("gives 1 + the number of higher scores (competition) or of higher distinct scores (dense) (property)", () => {
    const valuesArb = fc.array(fc.option(fc.integer({ min: 0, max: 6 }), { freq: 5 }), { maxLength: 12 });
    fc.assert(
      fc.property(valuesArb, (ints) => {
        const values = ints.map((v) => (v === null ? null : dec(String(v))));
        const scored = ints.filter((v): v is number => v !== null);
        const competition = rankScores(values);
        const dense = rankScores(values, { ties: "dense" });
        ints.forEach((v, i) => {
          if (v === null) {
            expect([competition[i], dense[i]]).toEqual([null, null]);
            return;
          }
          expect(competition[i]).toBe(1 + scored.filter((w) => w > v).length);
          expect(dense[i]).toBe(1 + new Set(scored.filter((w) => w > v)).size);
        });
      }),
    );
  });
});

describe("rank", () => {
  // Only G1 answered (minCoverage 0), so every node's score is G1's mean:
  //   A (3, 2, 2) = 7/3, B (2, 2, 2) = 2, C (3, 3, 1) = 7/3 — A and C tie exactly with different answers.
  const answers = [
    ...unitAnswers("A", "2024", { a1: 3, a2: 2, a3: 2 }),
    ...unitAnswers("B", "2024", { a1: 2, a2: 2, a3: 2 }),
    ...unitAnswers("C", "2024", { a1: 3, a2: 3, a3: 1 }),
    ...unitAnswers("A", "2025", { a1: 0, a2: 0, a3: 0 }),
    ...unitAnswers("B", "2025", { a1: 1, a2: 0, a3: 0 }),
    ...unitAnswers("C", "2025", { b1: 1 }),
  ];
  const data = createDataset(tiny, answers);

  it("ranks each node within each period, with the method's ties", () => {
    const set = score(data, tiny, method({ minCoverage: "0" }));
    expect(set.units.map((u) => `${u.entity}/${u.period}`)).toEqual([
      "A/2024",
      "A/2025",
      "B/2024",
      "B/2025",
      "C/2024",
      "C/2025",
    ]);
    const ranks = rank(set);
    expect([ranks.ties, ranks.on, ranks.periods]).toEqual(["competition", "exact", ["2024", "2025"]]);
    const root = ranks.indices[0]?.nodes[0];
    // 2024: A 7/3, B 2, C 7/3 → 1, 3, 1. 2025: A 0, B 1/3, C 1 (G2 = b1) → 3, 2, 1.
    expect(root?.id).toBe("tiny");
    expect(root?.ranks).toEqual([1, 3, 3, 2, 1, 1]);
    expect(root?.outOf).toEqual([3, 3, 3, 3, 3, 3]);
    // G1 in 2025: C has no G1 answer → unranked, out of 2.
    const g1 = ranks.indices[0]?.nodes.find((n) => n.id === "G1");
    expect(g1?.ranks).toEqual([1, 2, 3, 1, 1, null]);
    expect(g1?.outOf).toEqual([3, 2, 3, 2, 3, 2]);
  });

  it("uses dense ties or the displayed value on request", () => {
    const set = score(data, tiny, method({ minCoverage: "0", presentation: { places: 0 } }));
    expect(rank(set, { ties: "dense" }).indices[0]?.nodes[0]?.ranks).toEqual([1, 3, 2, 2, 1, 1]);
    // Displayed with 0 places, 7/3 and 2 both show "2": a three-way tie in 2024; in 2025 A (0) and
    // B (1/3) both show "0" and share 2nd behind C (1).
    expect(rank(set, { on: "rounded" }).indices[0]?.nodes[0]?.ranks).toEqual([1, 2, 1, 2, 1, 1]);
    const fromMethod = score(
      data,
      tiny,
      method({ minCoverage: "0", presentation: { places: 0, ranks: { on: "rounded", ties: "dense" } } }),
    );
    expect(rank(fromMethod).indices[0]?.nodes[0]?.ranks).toEqual([1, 2, 1, 2, 1, 1]);
    expect([rank(fromMethod).ties, rank(fromMethod).on]).toEqual(["dense", "rounded"]);
  });

  it("ties units whose exact scores are equal although their answers differ", () => {
    const set = score(data, tiny, method({ minCoverage: "0" }));
    const scoreOf = (u: number) => set.units[u]?.indices[0]?.nodes[0]?.score as Dec;
    expect(scoreOf(0).eq(scoreOf(4))).toBe(true);
    expect(set.units[0]?.indices[0]?.nodes[0]?.exact).toBe("7/3");
  });
});

describe("rankScores against its definition", () => {
  // Competition: 1 + how many values are greater; dense: 1 + how many distinct values are greater.
  // Values repeat as shared objects and as equal but distinct objects ("1" and "1.0"), as the engine makes.
  const pool = ["0", "1", "1.0", "2.5", "2.50", "3", "-1"].map((t) => dec(t));
  it("gives each value its place under both tie rules", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(...pool), { nil: null }), { maxLength: 40 }),
        (values) => {
          const present = values.filter((v): v is NonNullable<typeof v> => v !== null);
          const distinct = [...new Set(present.map((v) => v.toString()))].map((t) => dec(t));
          const competition = values.map((v) =>
            v === null ? null : 1 + present.filter((w) => w.gt(v)).length,
          );
          const dense = values.map((v) => (v === null ? null : 1 + distinct.filter((w) => w.gt(v)).length));
          expect(rankScores(values)).toEqual(competition);
          expect(rankScores(values, { ties: "dense" })).toEqual(dense);
        },
      ),
    );
  });
});
