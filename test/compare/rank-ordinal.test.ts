// Ordinal ties (issue #20): distinct places 1…N as the Open Budget Survey ranks. Within a tie on the ranking
// score the higher exact score comes first, then the entity's name (its id when it has none), then its id.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDataset, type Dec, dec, rankScores } from "../../src/advanced.js";
import { rank, score } from "../../src/index.js";
import { method, tiny, unitAnswers } from "../score/fixtures.js";

describe("ordinal ranks", () => {
  it("gives tied values distinct places in the order of the tie-break", () => {
    expect(rankScores([dec("2"), dec("3"), dec("2"), null, dec("1")], { ties: "ordinal" })).toEqual([
      2,
      1,
      3,
      null,
      4,
    ]);
    // A tie-break that puts the later position first.
    expect(rankScores([dec("2"), dec("2")], { ties: "ordinal", tieBreak: (a, b) => b - a })).toEqual([2, 1]);
  });

  // Only G1 answered (minCoverage 0): Zambia (3, 2, 2) = 7/3 and Sri Lanka (3, 3, 1) = 7/3 tie exactly;
  // Bhutan (2, 2, 2) = 2. The ids order the tie the other way ("AA" is Zambia, "BB" Sri Lanka), so a
  // Sri Lanka first shows that the name decides before the id.
  const answers = [
    ...unitAnswers("AA", "2015", { a1: 3, a2: 2, a3: 2 }).map((a) => ({ ...a, entityName: "Zambia" })),
    ...unitAnswers("BB", "2015", { a1: 3, a2: 3, a3: 1 }).map((a) => ({ ...a, entityName: "Sri Lanka" })),
    ...unitAnswers("CC", "2015", { a1: 2, a2: 2, a3: 2 }).map((a) => ({ ...a, entityName: "Bhutan" })),
  ];
  const ordinal = method({ minCoverage: "0", presentation: { ranks: { ties: "ordinal" } } });

  it("orders equal exact scores by name, then id", () => {
    const set = score(createDataset(tiny, answers), tiny, ordinal);
    const ranks = rank(set).indices[0]?.nodes[0]?.ranks;
    expect(set.units.map((u) => u.entity)).toEqual(["AA", "BB", "CC"]);
    expect(ranks).toEqual([2, 1, 3]); // Sri Lanka 1, Zambia 2, Bhutan 3
    // Without names the ids decide: AA before BB.
    const bare = answers.map(({ entityName: _, ...a }) => a);
    const set2 = score(createDataset(tiny, bare), tiny, ordinal);
    expect(rank(set2).indices[0]?.nodes[0]?.ranks).toEqual([1, 2, 3]);
    // Competition ranking of the same scores shares the place.
    expect(rank(set, { ties: "competition" }).indices[0]?.nodes[0]?.ranks).toEqual([1, 1, 3]);
  });

  it("breaks a tie on the rounded score by the exact score first", () => {
    // 0 places: Zambia 7/3 and Sri Lanka (3, 2, 1) = 2 are both shown 2; Zambia's exact score is higher.
    const a = [
      ...unitAnswers("AA", "2015", { a1: 3, a2: 2, a3: 2 }).map((x) => ({ ...x, entityName: "Zambia" })),
      ...unitAnswers("BB", "2015", { a1: 3, a2: 2, a3: 1 }).map((x) => ({ ...x, entityName: "Sri Lanka" })),
    ];
    const m = method({
      minCoverage: "0",
      presentation: { places: 0, ranks: { ties: "ordinal", on: "rounded" } },
    });
    expect(rank(score(createDataset(tiny, a), tiny, m)).indices[0]?.nodes[0]?.ranks).toEqual([1, 2]);
  });

  it("is a permutation of 1…N over the scored units (property)", () => {
    const valuesArb = fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { freq: 5 }), { maxLength: 15 });
    fc.assert(
      fc.property(valuesArb, (ints) => {
        const r = rankScores(
          ints.map((v) => (v === null ? null : dec(String(v)))),
          { ties: "ordinal" },
        );
        const places = r.filter((x): x is number => x !== null).sort((x, y) => x - y);
        expect(places).toEqual(places.map((_, i) => i + 1));
        // and it refines competition ranking: never better than the shared place
        const competition = rankScores(ints.map((v) => (v === null ? null : dec(String(v)))));
        r.forEach((x, i) => {
          if (x !== null) expect(x).toBeGreaterThanOrEqual(competition[i] as number);
        });
      }),
    );
  });

  it("is a permutation of 1…N per period through rank() (property)", () => {
    const unitArb = fc.array(
      fc.record({ a1: fc.integer({ min: 0, max: 3 }), a2: fc.integer({ min: 0, max: 3 }) }),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(unitArb, (units) => {
        const ds = createDataset(
          tiny,
          units.flatMap((u, i) => unitAnswers(`E${i}`, "2015", u)),
        );
        const ranks = rank(score(ds, tiny, ordinal)).indices[0]?.nodes[0]?.ranks ?? [];
        expect([...ranks].sort((x, y) => (x as number) - (y as number))).toEqual(units.map((_, i) => i + 1));
      }),
      { numRuns: 40 },
    );
  });

  it("equals a sort of every value with the tie-break, equal values held by different objects (property)", () => {
    // Reference: every scored position sorted by value (descending), then by the tie-break; places 1…N.
    const valuesArb = fc.array(fc.option(fc.integer({ min: -3, max: 3 }), { freq: 5 }), { maxLength: 30 });
    fc.assert(
      fc.property(valuesArb, fc.boolean(), (ints, reversed) => {
        const values = ints.map((v) => (v === null ? null : dec(String(v)).div(2)));
        const tieBreak = reversed ? (a: number, b: number) => b - a : (a: number, b: number) => a - b;
        const order = values
          .flatMap((v, i) => (v === null ? [] : [i]))
          .sort((a, b) => (values[b] as Dec).comparedTo(values[a] as Dec) || tieBreak(a, b));
        const expected = values.map(() => null as number | null);
        order.forEach((i, k) => {
          expected[i] = k + 1;
        });
        expect(rankScores(values, { ties: "ordinal", tieBreak })).toEqual(expected);
      }),
    );
  });
});
