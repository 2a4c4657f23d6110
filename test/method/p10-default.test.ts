// The p10-default method (data/methods/p10-default.json) on the p10-2026 framework: its settings, a
// hand-computed law / practice / gap example, the 2/3 coverage rule, and the gap invariant (gap = law −
// practice exactly, for every unit and node present in both indices) as a fast-check property and on the
// p10-2026 seed.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import methodJson from "../../data/methods/p10-default.json" with { type: "json" };
import {
  type AnswerInput,
  bandOf,
  createDataset,
  dec,
  MISSING,
  NOT_APPLICABLE,
  P10Decimal,
} from "../../src/advanced.js";
import { fractionToDec, parseFraction, subtractFractions } from "../../src/base/fraction.js";
import {
  frameworks,
  methods,
  parseAssessments,
  parseMethod,
  type ScoreSet,
  score,
  type UnitScores,
} from "../../src/index.js";

const p10 = frameworks.get("p10-2026");
const method = methods.get("p10-default");

/** The node scores of one unit by index id, then node id: the exact fraction, or null with the reason code. */
function nodes(set: ScoreSet, unit = 0): Record<string, Record<string, string | null>> {
  const u = set.units[unit] as UnitScores;
  return Object.fromEntries(
    set.indices.map((index, k) => [
      index.id,
      Object.fromEntries(
        index.nodes.map((n, pos) => {
          const s = u.indices[k]?.nodes[pos];
          return [n.id, s?.exact ?? `null: ${s?.reason?.code}`];
        }),
      ),
    ]),
  );
}

/** The gap values of one unit by node id, as decimals. */
function gaps(set: ScoreSet, unit = 0): Record<string, string | null> {
  const g = set.gaps[0];
  const values = set.units[unit]?.gaps[0]?.values ?? [];
  return Object.fromEntries((g?.nodes ?? []).map((n, pos) => [n.id, values[pos]?.toString() ?? null]));
}

/** One answer (level index) to every indicator of the given pillars and kind. */
function answerAll(pillar: string, kind: "legal" | "practice", level: (id: string) => number): AnswerInput[] {
  return p10.indicators
    .filter((i) => i.kind === kind && p10.nodes.get(i.parent as string)?.parent === pillar)
    .map((i) => ({ entity: "AA", period: "2025", indicator: i.id, code: level(i.id) }));
}

describe("p10-default method", () => {
  it("is the bundled method of p10-2026 and parses from its file", () => {
    expect(methods.forFramework("p10-2026")?.id).toBe("p10-default");
    expect(parseMethod(methodJson)).toEqual(method);
    expect(method.framework).toBe("p10-2026");
  });

  it("has a law index (legal) and a practice index (practice), and their gap law − practice", () => {
    expect(method.indices?.map((i) => [i.id, i.kinds])).toEqual([
      ["law", ["legal"]],
      ["practice", ["practice"]],
    ]);
    expect(method.gaps.map((g) => [g.id, g.minuend, g.subtrahend])).toEqual([["gap", "law", "practice"]]);
  });

  it("puts answers on 0–100 by each scale's goalposts, weighs nested-equal, means arithmetically, needs 2/3", () => {
    expect(method.normalisation).toEqual({ method: "goalposts", range: "0-100", posts: {} });
    expect(method.weighting).toEqual({ scheme: "nested-equal" });
    for (const level of ["index", "pillar", "group"] as const)
      expect(method.aggregation[level]).toEqual({ function: "arithmetic" });
    expect([method.missing, method.minCoverage]).toEqual(["drop", "2/3"]);
  });

  it("bands 0–100 as EDI's bands carried over (0.75, 1.5, 2.25 of 3 = 25, 50, 75)", () => {
    const bands = method.presentation.bands;
    const at = (v: string) => bandOf(dec(v), bands);
    expect([at("0"), at("25"), at("25.0001"), at("50"), at("75"), at("75.01"), at("100")]).toEqual([
      "poor",
      "poor",
      "fair",
      "fair",
      "good",
      "very good",
      "very good",
    ]);
    expect(method.description).toMatch(/EDI's 0\.75, 1\.5 and 2\.25 on 0–3 are 25, 50 and 75/);
  });

  it("scores every indicator: each of the 130 enters the law or practice index (the defenders cite no Bali guideline)", () => {
    const set = score(createDataset(p10, []), p10, method);
    const entering = set.indices.flatMap((i) => i.indicators.map((x) => x.id)).sort();
    expect(entering).toEqual(p10.indicators.map((i) => i.id).sort());
    for (const i of p10.indicators) expect(i.references.bali.length, i.id).toBe(i.parent === "DEF" ? 0 : 1);
  });
});

describe("p10-default scores (computed by hand)", () => {
  // Information: every legal answer "2" (2/3 of the way: 200/3) except 6.1, G6's only legal indicator, "3"
  // (100); every practice answer "Limited" (50). Justice: every legal answer "1" (100/3), every practice
  // answer the level worth 0 (for P20.2 on its reversed scale that is "Yes"). Participation: no answers.
  const answers = [
    ...answerAll("information", "legal", (id) => (id === "6.1" ? 3 : 2)),
    ...answerAll("information", "practice", () => 1),
    ...answerAll("justice", "legal", () => 1),
    ...answerAll("justice", "practice", () => 0),
  ];
  const set = score(createDataset(p10, answers), p10, method);
  const s = nodes(set);

  it("law: information (6 × 200/3 + 100) / 7 = 500/7; justice 100/3; index (500/7 + 100/3) / 2 = 1100/21", () => {
    expect(s.law?.G1).toBe("200/3");
    expect(s.law?.G6).toBe("100");
    expect(s.law?.information).toBe("500/7");
    expect(s.law?.justice).toBe("100/3");
    expect(s.law?.participation).toBe("null: no-answers");
    // Two of three pillars have a score: coverage 2/3 meets the minimum.
    expect(s.law?.p10).toBe("1100/21");
  });

  it("practice: information 50, justice 0 (P20.2 answered Yes is worth 0), index 25", () => {
    expect(s.practice?.information).toBe("50");
    expect(s.practice?.G20).toBe("0");
    expect(s.practice?.justice).toBe("0");
    expect(s.practice?.p10).toBe("25");
  });

  it("gap: information 500/7 − 50 = 150/7, justice 100/3, G6 100 − 50 = 50, index 1100/21 − 25 = 575/21", () => {
    const g = gaps(set);
    const exactly = (num: number, den: number) => fractionToDec(parseFraction(`${num}/${den}`)).toString();
    expect(g.information).toBe(exactly(150, 7));
    expect(g.justice).toBe(exactly(100, 3));
    expect(g.G6).toBe("50");
    expect(g.G1).toBe(exactly(50, 3));
    expect(g.p10).toBe(exactly(575, 21));
    expect(g.participation).toBeNull();
  });

  it("leaves a node without a score below 2/3 coverage: G1 with 4 of its 7 legal answers, the index with 1 of 3 pillars", () => {
    const thin = score(
      createDataset(
        p10,
        answerAll("information", "legal", () => 3).map((a) =>
          ["1.5", "1.6", "1.7"].includes(a.indicator) ? { ...a, code: MISSING } : a,
        ),
      ),
      p10,
      method,
    );
    const t = nodes(thin);
    expect(t.law?.G1).toBe("null: coverage");
    // Six groups scored 100 of seven: 6/7 ≥ 2/3.
    expect(t.law?.information).toBe("100");
    expect(t.law?.p10).toBe("null: coverage");
    expect(gaps(thin).p10).toBeNull();
    // Three of seven answered would be 3/7 < 2/3 too; four answered and three not applicable is full coverage.
    const na = score(
      createDataset(
        p10,
        answerAll("information", "legal", () => 3).map((a) =>
          ["1.5", "1.6", "1.7"].includes(a.indicator) ? { ...a, code: NOT_APPLICABLE } : a,
        ),
      ),
      p10,
      method,
    );
    expect(nodes(na).law?.G1).toBe("100");
  });
});

/** Random p10-2026 answers for a few units: levels, missing, not applicable or nothing. */
const p10Answers = fc
  .array(
    fc.record({
      entity: fc.constantFrom("AA", "BB"),
      indicator: fc.constantFrom(...p10.indicators.map((i) => i.id)),
      pick: fc.nat(),
    }),
    { minLength: 100, maxLength: 500 },
  )
  .map((rows) => {
    const cells = new Map<string, AnswerInput>();
    for (const r of rows) {
      const levels = p10.indicatorById.get(r.indicator)?.scale.levels.length ?? 1;
      const codes = [MISSING, NOT_APPLICABLE, ...Array.from({ length: levels }, (_, k) => k)];
      cells.set(`${r.entity}|${r.indicator}`, {
        entity: r.entity,
        period: "2025",
        indicator: r.indicator,
        code: codes[r.pick % codes.length] as number,
      });
    }
    return [...cells.values()];
  });

/** Checks gap = law − practice exactly for every unit and every node present in both indices. */
function expectGapIsLawMinusPractice(set: ScoreSet): number {
  const law = set.indices.findIndex((i) => i.id === "law");
  const practice = set.indices.findIndex((i) => i.id === "practice");
  const gap = set.gaps[0];
  let checked = 0;
  expect(gap?.nodes.map((n) => n.id)).toEqual(set.indices[law]?.nodes.map((n) => n.id));
  for (const unit of set.units) {
    gap?.nodes.forEach((n, pos) => {
      const a = unit.indices[law]?.nodes[n.minuendPos];
      const b = unit.indices[practice]?.nodes[n.subtrahendPos];
      const value = unit.gaps[0]?.values[pos] ?? null;
      expect(a?.id).toBe(n.id);
      expect(b?.id).toBe(n.id);
      if (a?.score == null || b?.score == null) {
        expect(value).toBeNull();
        return;
      }
      // Exact: the difference of the two exact fractions, rounded once to 50 digits.
      const exact = subtractFractions(parseFraction(a.exact as string), parseFraction(b.exact as string));
      expect(value?.eq(fractionToDec(exact))).toBe(true);
      // And the difference of the two displayed scores' exact decimals agrees to the 48th digit.
      expect(value?.minus(a.score.minus(b.score)).abs().lte(new P10Decimal(10).pow(-46))).toBe(true);
      checked++;
    });
  }
  return checked;
}

describe("the gap is law − practice, exactly", () => {
  it("for every unit and node of random data (property)", () => {
    let checked = 0;
    fc.assert(
      fc.property(p10Answers, (answers) => {
        checked += expectGapIsLawMinusPractice(score(createDataset(p10, answers), p10, method));
      }),
      { numRuns: 40 },
    );
    // The generated data reach both sides of the gap, not only nulls.
    expect(checked).toBeGreaterThan(40);
  });

  it("for every unit and node of the p10-2026 seed, where law and practice diverge", () => {
    const csv = readFileSync("seeds/p10-2026-sample.csv", "utf8");
    const set = score(parseAssessments(csv, p10).dataset, p10, method);
    expect(expectGapIsLawMinusPractice(set)).toBeGreaterThan(14 * 20);
    const overall = set.units.map((u) => u.gaps[0]?.values[0]?.toNumber() ?? 0);
    // The seed's implementation gaps: some jurisdictions far ahead in law, some with practice ahead.
    expect(Math.max(...overall)).toBeGreaterThan(30);
    expect(Math.min(...overall)).toBeLessThan(-10);
  });
});
