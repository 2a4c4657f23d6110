// Combining double-scored answers (`combine: "median" | "mean"`): the exact median and mean, the combined
// values carried by the dataset, the rules for n/a and missing, and the scores they give, all by hand on
// edi-2015 (legal scale 0–3; G1 = 1.1–1.6 and G2 = 2.1–2.4 in the information pillar; missing dropped).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addFractions,
  compareFractions,
  divideFractions,
  type Fraction,
  formatFraction,
  fraction,
} from "../../src/base/fraction.js";
import {
  applyCrosswalk,
  frameworks,
  isP10Error,
  type Method,
  methods,
  parseAssessments,
  parseCrosswalk,
  score,
  validateAssessments,
  writeAssessmentsCsv,
} from "../../src/index.js";
import { buildDataset, MISSING, NOT_APPLICABLE, normaliseAnswers } from "../../src/advanced.js";
import { type CombineRule, combinedCode, combineFractions } from "../../src/assessment/combine.js";

const edi = frameworks.get("edi-2015");
const ediMethod = methods.get("edi-2015");
const ordinal = (id: string): number => edi.indicatorById.get(id)?.ordinal as number;
const ints = (...xs: number[]): Fraction[] => xs.map((x) => fraction(BigInt(x)));

// Line 2 onwards: 1.1 by Ann 2 and Bob 3; 1.2 by Ann 1, Bob 2, Cid 3; 1.3 by Ann 1, Bob 1, Cid 2;
// 1.4 Ann n/a, Bob 3; 1.5 Ann n/a, Bob n/a; 1.6 Ann missing, Bob n/a; 2.1 Ann 3 alone.
const CSV = [
  "entity,period,indicator,response,assessor",
  "A,2024,1.1,2,Ann",
  "A,2024,1.1,3,Bob",
  "A,2024,1.2,1,Ann",
  "A,2024,1.2,2,Bob",
  "A,2024,1.2,3,Cid",
  "A,2024,1.3,1,Ann",
  "A,2024,1.3,1,Bob",
  "A,2024,1.3,2,Cid",
  "A,2024,1.4,n/a,Ann",
  "A,2024,1.4,3,Bob",
  "A,2024,1.5,n/a,Ann",
  "A,2024,1.5,n/a,Bob",
  "A,2024,1.6,missing,Ann",
  "A,2024,1.6,n/a,Bob",
  "A,2024,2.1,3,Ann",
].join("\n");

describe("combineFractions", () => {
  it("takes the median (the mean of the two middle values for an even count) or the mean, exactly", () => {
    const both = (xs: Fraction[]) =>
      (["median", "mean"] as const).map((r) => formatFraction(combineFractions(xs, r)));
    expect(both(ints(2, 3))).toEqual(["5/2", "5/2"]); // (2 + 3) / 2
    expect(both(ints(1, 2, 3))).toEqual(["2", "2"]); // middle 2; 6 / 3
    expect(both(ints(1, 1, 2))).toEqual(["1", "4/3"]); // middle 1; 4 / 3
    expect(both(ints(3, 0, 2, 1))).toEqual(["3/2", "3/2"]); // (1 + 2) / 2; 6 / 4
  });

  it("writes a combined value as its decimal when it has one, else as a fraction", () => {
    expect([fraction(5n, 2n), fraction(4n, 3n), fraction(2n), fraction(-1n, 8n)].map(combinedCode)).toEqual([
      "2.5",
      "4/3",
      "2",
      "-0.125",
    ]);
  });

  it("property: the median lies between the middle values, the mean is Σ/n, neither depends on order", () => {
    const values = fc.array(
      fc
        .tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 12 }))
        .map(([n, d]) => fraction(BigInt(n), BigInt(d))),
      { minLength: 1, maxLength: 9 },
    );
    fc.assert(
      fc.property(values, (xs) => {
        const sorted = [...xs].sort(compareFractions);
        const median = combineFractions(xs, "median");
        const lo = sorted[Math.floor((xs.length - 1) / 2)] as Fraction;
        const hi = sorted[Math.floor(xs.length / 2)] as Fraction;
        expect(compareFractions(lo, median) <= 0 && compareFractions(median, hi) <= 0).toBe(true);
        expect(combineFractions(xs, "mean")).toEqual(
          divideFractions(xs.reduce(addFractions), fraction(BigInt(xs.length))),
        );
        for (const rule of ["median", "mean"] as const)
          expect(combineFractions([...xs].reverse(), rule)).toEqual(combineFractions(xs, rule));
      }),
    );
  });
});

describe("buildDataset with combine", () => {
  const read = (combine: CombineRule) => parseAssessments(CSV, edi, { combine }).dataset;

  it("carries combined values after the scale's levels; one level answer stays that level", () => {
    const ds = read("median");
    const at = (id: string) => ds.answers[ordinal(id)];
    // Levels 0–3, so the first combined value of an indicator has code 4.
    expect(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1"].map(at)).toEqual([
      4,
      4,
      4,
      3, // n/a left out: Bob's 3 alone
      NOT_APPLICABLE, // every assessor said n/a
      MISSING, // missing and n/a, no level
      3, // one assessor: the plain answer
    ]);
    expect(ds.combine).toBe("median");
    expect(ds.combinedValues?.[ordinal("1.1")]).toEqual([
      { value: "5/2", code: "2.5", label: "combined (median of 2, 3)" },
    ]);
    expect(ds.combinedValues?.[ordinal("1.3")]).toEqual([
      { value: "1", code: "1", label: "combined (median of 1, 1, 2)" },
    ]);
    expect(read("mean").combinedValues?.[ordinal("1.3")]?.[0]?.value).toBe("4/3");
    // Every assessor's answer of a combined cell, with its line; the cell's line is the first of them.
    expect(ds.combinations?.get(ordinal("1.2"))).toEqual({
      rule: "median",
      answers: [
        { assessor: "Ann", code: 1, line: 4 },
        { assessor: "Bob", code: 2, line: 5 },
        { assessor: "Cid", code: 3, line: 6 },
      ],
    });
    expect(ds.lines[ordinal("1.2")]).toBe(4);
    expect(ds.combinations?.has(ordinal("2.1"))).toBe(false);
  });

  it("scores by hand: median G1 = (2.5 + 2 + 1 + 3)/4 = 17/8, information = (17/8 + 3)/2 = 41/16", () => {
    const nodes = score(read("median"), edi, ediMethod).units[0]?.indices[0]?.nodes ?? [];
    const exact = (id: string) => nodes.find((n) => n.id === id)?.exact;
    // 1.5 (n/a) and 1.6 (missing) leave G1; G2 has 2.1 = 3 only; participation and justice have no answer.
    expect([exact("G1"), exact("G2"), exact("information"), exact("edi")]).toEqual([
      "17/8",
      "3",
      "41/16",
      "41/16",
    ]);
  });

  it("scores by hand: mean G1 = (5/2 + 2 + 4/3 + 3)/4 = 53/24, information = (53/24 + 3)/2 = 125/48, exact", () => {
    const set = score(read("mean"), edi, ediMethod);
    const unit = set.units[0];
    const nodes = unit?.indices[0]?.nodes ?? [];
    const exact = (id: string) => nodes.find((n) => n.id === id)?.exact;
    expect([exact("G1"), exact("information"), exact("edi")]).toEqual(["53/24", "125/48", "125/48"]);
    // 1.3's value is 4/3 rounded once to 50 digits; its effective weight 1/2 × 1/4 = 1/8 gives 1/6 exactly.
    const answer = unit?.answers[ordinal("1.3")];
    expect([answer?.status, answer?.code, answer?.label, answer?.level]).toEqual([
      "answered",
      "4/3",
      "combined (mean of 1, 1, 2)",
      null,
    ]);
    expect(answer?.value?.toString()).toBe(`1.${"3".repeat(49)}`);
    const pos = set.indices[0]?.indicators.findIndex((i) => i.id === "1.3") as number;
    expect(unit?.indices[0]?.indicators[pos]?.exactContribution).toBe("1/6");
  });

  it("does not depend on the order of the rows (slots, codes and combinations)", () => {
    const [header, ...rows] = CSV.split("\n");
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length }), (shuffled) => {
        const a = parseAssessments([header, ...shuffled].join("\n"), edi, { combine: "mean" }).dataset;
        const b = read("mean");
        expect([...a.answers]).toEqual([...b.answers]);
        expect(a.combinedValues).toEqual(b.combinedValues);
        // Lines follow the rows; the assessors and codes do not.
        const strip = (d: typeof a) =>
          [...(d.combinations ?? [])].map(([cell, c]) => [cell, c.answers.map((x) => [x.assessor, x.code])]);
        expect(strip(a)).toEqual(strip(b));
      }),
      { numRuns: 50 },
    );
  });

  it("refuses an assessor and combine together", () => {
    const { records } = validateAssessments(CSV, edi);
    try {
      buildDataset(edi, records, { assessor: "Ann", combine: "median" });
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.code).toBe("P10_DATASET_INPUT");
    }
  });
});

describe("combined values downstream", () => {
  // A: 1.1 by Ann 2 and Bob 3 (2.5); B: 1.1 = 1 by Ann alone.
  const two = [
    "entity,period,indicator,response,assessor",
    "A,2024,1.1,2,Ann",
    "A,2024,1.1,3,Bob",
    "B,2024,1.1,1,Ann",
  ].join("\n");
  const dataset = parseAssessments(two, edi, { combine: "median" }).dataset;
  const row = (normalisation: Method["normalisation"]) =>
    normaliseAnswers(normalisation, edi, dataset).fractions[ordinal("1.1")]?.map(formatFraction);

  it("normalises combined values with the level rule; the missing-zero slot comes after them", () => {
    // Slots: levels 0, 1, 2, 3, then 2.5 (code 4), then 0 for missing under missing "zero".
    expect(row({ method: "native" })).toEqual(["0", "1", "2", "3", "5/2", "0"]);
    // Goalposts 0–3 onto 0–100: v × 100/3, so 2.5 → 250/3.
    expect(row({ method: "goalposts", range: "0-100", posts: {} })).toEqual([
      "0",
      "100/3",
      "200/3",
      "100",
      "250/3",
      "0",
    ]);
    // Cohort min–max over the answers given, 1 (B) and 2.5 (A): (v − 1)/1.5.
    expect(row({ method: "cohort-minmax", range: "0-1" })).toEqual(["-2/3", "0", "2/3", "4/3", "1", "0"]);
  });

  it("scores a combined answer next to a missing one counted as 0: G1 = (5/2 + 0 × 5)/6 = 5/12", () => {
    const m: Method = { ...ediMethod, missing: "zero" };
    const a = score(dataset, edi, m).units[0]?.indices[0]?.nodes.find((n) => n.id === "G1");
    expect(a?.exact).toBe("5/12");
  });

  it("refuses to write a combined value to a CSV, naming the cell", () => {
    try {
      writeAssessmentsCsv(dataset, edi);
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.code).toBe("P10_WRITE_UNREPRESENTABLE");
      expect((e as Error).message).toMatch(/^A 2024 1\.1 holds 2\.5, combined \(median of 2, 3\)/);
    }
    // Built with combine but with one assessor per cell, a dataset writes as before.
    const single = parseAssessments(two.split("\n").slice(0, 2).join("\n"), edi, {
      combine: "median",
    }).dataset;
    expect(single.combine).toBe("median");
    expect(writeAssessmentsCsv(single, edi)).toBe(
      "entity,period,indicator,response,assessor\nA,2024,1.1,2,Ann\n",
    );
  });

  it("is refused by a crosswalk on the dataset (the records path combines under the target)", () => {
    const p10 = frameworks.get("p10-2026");
    const cw = parseCrosswalk({
      id: "x",
      description: "d",
      from: { framework: "edi-2015", version: "1.1.0" },
      to: { framework: "p10-2026", version: p10.version },
      map: { "1.1": "1.1" },
    });
    try {
      applyCrosswalk(dataset, cw, edi, p10);
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.code).toBe("P10_CROSSWALK_COMBINED");
    }
    const { records } = validateAssessments(two, edi);
    const mapped = applyCrosswalk(records, cw, edi, p10, { combine: "median" });
    expect(mapped.combinedValues?.[p10.indicatorById.get("1.1")?.ordinal as number]?.[0]?.code).toBe("2.5");
  });
});
