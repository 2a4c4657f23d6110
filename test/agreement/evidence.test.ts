import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evidenceCoverage } from "../../src/agreement/evidence.js";
import { arbitraryDoubleScored, edi, type Row, recordsOf } from "./double-scored-fixtures.js";

/**
 * ann: 1.1 = 3 with a source, 1.2 = 2 without, 1.3 = 0 without (information); 8.1 n/a, 8.2 = 1 with a
 * source (participation). bob: 1.1 = 2 twice, the second time with a source; 8.1 = 1 without.
 */
const ROWS: Row[] = [
  ["A", "2024", "1.1", "3", "ann", "Act 1"],
  ["A", "2024", "1.2", "2", "ann", ""],
  ["A", "2024", "1.3", "0", "ann", ""],
  ["A", "2024", "8.1", "n/a", "ann", ""],
  ["A", "2024", "8.2", "1", "ann", "Decree 5"],
  ["A", "2024", "1.1", "2", "bob", ""],
  ["A", "2024", "8.1", "1", "bob", ""],
  ["A", "2024", "1.1", "2", "bob", "Act 1"],
];

describe("evidenceCoverage", () => {
  const coverage = evidenceCoverage(recordsOf(ROWS), edi);

  it("counts answers on the scale and those citing a source, per assessor and pillar (by hand)", () => {
    // ann, information: 1.1 cited, 1.2 and 1.3 not → 1 of 3. Participation: 8.1 is n/a (no claim), 8.2 cited
    // → 1 of 1. ann in all: 2 of 4. bob, information: 1.1 answered twice with the same answer counts once, and
    // cites the source of its second row → 1 of 1; participation: 8.1 → 0 of 1; all: 1 of 2.
    // Every assessor: information 2 of 4, participation 1 of 2, all 3 of 6. No justice answer: no justice row.
    expect(coverage.tallies).toEqual([
      { assessor: "ann", pillar: "information", answers: 3, cited: 1 },
      { assessor: "ann", pillar: "participation", answers: 1, cited: 1 },
      { assessor: "ann", pillar: null, answers: 4, cited: 2 },
      { assessor: "bob", pillar: "information", answers: 1, cited: 1 },
      { assessor: "bob", pillar: "participation", answers: 1, cited: 0 },
      { assessor: "bob", pillar: null, answers: 2, cited: 1 },
      { assessor: null, pillar: "information", answers: 4, cited: 2 },
      { assessor: null, pillar: "participation", answers: 2, cited: 1 },
      { assessor: null, pillar: null, answers: 6, cited: 3 },
    ]);
  });

  it("lists the answers above the lowest level without a source (an answer of 0 needs none)", () => {
    expect(coverage.unsourced).toEqual([
      {
        entity: "A",
        period: "2024",
        indicator: "1.2",
        pillar: "information",
        assessor: "ann",
        level: 2,
        response: "2",
        line: 3,
      },
      {
        entity: "A",
        period: "2024",
        indicator: "8.1",
        pillar: "participation",
        assessor: "bob",
        level: 1,
        response: "1",
        line: 8,
      },
    ]);
  });

  it("property: totals add up, and reordering rows or renaming assessors keeps the counts", () => {
    const counts = (rows: readonly Row[]) => {
      const c = evidenceCoverage(recordsOf(rows), edi);
      return {
        byPillar: c.tallies.filter((t) => t.assessor === null).map((t) => [t.pillar, t.answers, t.cited]),
        perAssessor: c.tallies
          .filter((t) => t.assessor !== null && t.pillar === null)
          .map((t) => [t.answers, t.cited])
          .sort(),
        unsourced: c.unsourced.map((u) => [u.entity, u.period, u.indicator, u.level]).sort(),
        tallies: c.tallies,
      };
    };
    fc.assert(
      fc.property(arbitraryDoubleScored, ({ rows, shuffled }) => {
        const a = counts(rows);
        const b = counts(shuffled);
        expect([b.byPillar, b.perAssessor, b.unsourced]).toEqual([a.byPillar, a.perAssessor, a.unsourced]);
        const total = a.tallies.at(-1)!;
        const assessorTotals = a.tallies.filter((t) => t.assessor !== null && t.pillar === null);
        expect(assessorTotals.reduce((n, t) => n + t.answers, 0)).toBe(total.answers);
        expect(assessorTotals.reduce((n, t) => n + t.cited, 0)).toBe(total.cited);
        for (const t of a.tallies) expect(t.cited).toBeLessThanOrEqual(t.answers);
      }),
      { numRuns: 150 },
    );
  });
});
