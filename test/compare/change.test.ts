// Change over time: exact score and rank changes per entity and node, and the flags that call out a change
// which may come from missing answers. Scores are G1 means worked out by hand (see ./fixtures.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changeReport, isP10Error, rank } from "../../src/index.js";
import { scoreG1 } from "./fixtures.js";

const between = (units: Parameters<typeof scoreG1>[0], nodes?: string[]) => {
  const set = scoreG1(units);
  return changeReport(
    { scoreSet: set, period: "2014" },
    { scoreSet: set, period: "2024" },
    nodes === undefined ? {} : { nodes },
  );
};

describe("changeReport", () => {
  // 2014: A (1, 1, 1) = 1, B (2, 2, 2) = 2. 2024: A (3, 3, missing) = 3 over the two answers present,
  // B (2, 2, 1) = 5/3. A "improves" by 2 and climbs from 2nd to 1st, but a third of G1 went missing.
  const report = between({
    "A/2014": { a1: 1, a2: 1, a3: 1 },
    "B/2014": { a1: 2, a2: 2, a3: 2 },
    "A/2024": { a1: 3, a2: 3, a3: "m" },
    "B/2024": { a1: 2, a2: 2, a3: 1 },
  });

  it("gives exact score and rank changes per entity and node", () => {
    const root = report.rows.filter((r) => r.node === "tiny");
    expect(
      root.map((r) => [r.entity, r.from.score?.toString(), r.to.score?.toString(), r.change?.toString()]),
    ).toEqual([
      ["A", "1", "3", "2"],
      [
        "B",
        "2",
        "1.6666666666666666666666666666666666666666666666667",
        "-0.3333333333333333333333333333333333333333333333333",
      ],
    ]);
    // rank change = rank before − rank after: A 2 → 1 is +1, B 1 → 2 is −1.
    expect(root.map((r) => [r.from.rank, r.to.rank, r.rankChange])).toEqual([
      [2, 1, 1],
      [1, 2, -1],
    ]);
    expect(report.nodes.map((n) => n.id)).toEqual(["tiny", "P1", "G1", "G2", "P2", "G3"]);
    expect(report.rows).toHaveLength(2 * 6);
  });

  it("flags the coverage drop: coverage fell 1.00 → 0.67 at G1, answers present 3 → 2", () => {
    const g1 = report.rows.find((r) => r.entity === "A" && r.node === "G1");
    expect(g1?.flags).toEqual([
      {
        code: "coverage-fell",
        message:
          "coverage fell 1.00 → 0.67 and answers present fell 3 → 2: the change may reflect missing answers",
      },
    ]);
    // At the root, coverage (pillars with a score) is unchanged; the answers present still fell.
    const root = report.rows.find((r) => r.entity === "A" && r.node === "tiny");
    expect(root?.flags.map((f) => f.message)).toEqual([
      "answers present fell 3 → 2: the change may reflect missing answers",
    ]);
    // B answered everything both times: no flag, although its score fell.
    expect(report.rows.filter((r) => r.entity === "B" && r.node === "tiny")[0]?.flags).toEqual([]);
  });

  it("does not flag a change backed by as many answers as before", () => {
    const same = between({ "A/2014": { a1: 1, a2: 1 }, "A/2024": { a1: 2, a2: 2 } }, ["G1"]);
    expect(same.rows[0]?.flags).toEqual([]);
  });

  it("flags a unit assessed in one period only, and a node without a score", () => {
    const r = between(
      {
        "A/2014": { a1: 1 },
        "B/2024": { a1: 2 },
        "C/2014": { a1: 1 },
        "C/2024": { a2: "na", a1: "na", a3: "na" },
      },
      ["G1"],
    );
    const flags = Object.fromEntries(r.rows.map((row) => [row.entity, row.flags.map((f) => f.message)]));
    expect(flags).toEqual({
      A: ["not assessed in 2024"],
      B: ["not assessed in 2014"],
      C: [expect.stringMatching(/^no score in 2024: /)],
    });
    // C's answers present fell 1 → 0, but with no score there is no change to doubt: only "no score".
    expect(r.rows.map((row) => row.change)).toEqual([null, null, null]);
    expect(r.rows.find((row) => row.entity === "B")?.from).toEqual({
      assessed: false,
      score: null,
      rank: null,
      outOf: 0,
      coverage: null,
      present: null,
      missing: null,
      notApplicable: null,
    });
  });

  it("refuses an unknown period, index or node, suggesting the closest node id", () => {
    const set = scoreG1({ "A/2014": { a1: 1 } });
    const code = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        if (isP10Error(e)) return `${e.code}: ${e.message}`;
      }
      return "no error";
    };
    expect(
      code(() => changeReport({ scoreSet: set, period: "2014" }, { scoreSet: set, period: "2030" })),
    ).toBe('P10_UNKNOWN_PERIOD: period "2030" has no results; the periods are 2014');
    expect(
      code(() =>
        changeReport({ scoreSet: set, period: "2014" }, { scoreSet: set, period: "2014" }, { index: "x" }),
      ),
    ).toMatch(/^P10_UNKNOWN_INDEX/);
    expect(
      code(() =>
        changeReport({ scoreSet: set, period: "2014" }, { scoreSet: set, period: "2014" }, { nodes: ["g1"] }),
      ),
    ).toBe('P10_UNKNOWN_NODE: node "g1" is not a node of index tiny (did you mean "G1"?)');
    expect(
      code(() =>
        changeReport({ scoreSet: set, period: "2014" }, { scoreSet: set, period: "2014" }, { nodes: ["a1"] }),
      ),
    ).toContain("it is an indicator");
  });

  it("uses the given tie rule and the ranks of rank()", () => {
    const set = scoreG1({
      "A/2014": { a1: 1 },
      "B/2014": { a1: 1 },
      "C/2014": { a1: 0 },
      "A/2024": { a1: 1 },
    });
    const r = changeReport(
      { scoreSet: set, period: "2014" },
      { scoreSet: set, period: "2024" },
      { ties: "dense", nodes: ["tiny"] },
    );
    expect(r.rows.map((row) => row.from.rank)).toEqual([1, 1, 2]);
    expect(r.ties).toBe("dense");
    const given = changeReport(
      { scoreSet: set, period: "2014", ranks: rank(set) },
      { scoreSet: set, period: "2024", ranks: rank(set) },
      { nodes: ["tiny"] },
    );
    expect(given.rows.map((row) => row.from.rank)).toEqual([1, 1, 3]);
  });

  it("change = later − earlier exactly, and no flag without a drop in coverage or answers (property)", () => {
    const level = fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined });
    const g1 = fc.record({ a1: fc.integer({ min: 0, max: 3 }), a2: level, a3: level });
    fc.assert(
      fc.property(g1, g1, (x, y) => {
        const clean = (g: typeof x) =>
          Object.fromEntries(Object.entries(g).filter(([, v]) => v !== undefined));
        const r = between({ "A/2014": clean(x), "A/2024": clean(y) }, ["G1"]);
        const row = r.rows[0]!;
        expect(row.change?.eq(row.to.score!.minus(row.from.score!))).toBe(true);
        const fell = (row.to.present ?? 0) < (row.from.present ?? 0);
        expect(row.flags.some((f) => f.code === "coverage-fell")).toBe(fell);
      }),
    );
  });
});
