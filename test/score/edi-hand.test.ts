// A hand-computed EDI example on the bundled edi-2015 framework and method. The arithmetic is written out
// below as fractions (EDI rules, DOMAIN.md: guideline = mean of its legal indicators, pillar = mean of its
// guidelines, EDI = mean of the pillars; missing answers left out; practice indicators never aggregated).
import { describe, expect, it } from "vitest";
import {
  addFractions,
  formatFraction,
  fraction,
  fractionToDec,
  parseFraction,
} from "../../src/base/fraction.js";
import { bandOf, createDataset, type Dec, P10Decimal } from "../../src/advanced.js";
import { displayScore, frameworks, methods, score } from "../../src/index.js";
import { unitAnswers } from "./fixtures.js";

const edi = frameworks.get("edi-2015");
const ediMethod = methods.get("edi-2015");

// The unit's answers (everything else has no row):
//   G1: 1.1 = 3, 1.2 = 2, 1.3 = 2            → G1 = 7/3
//   G2: 2.1 = 1 (practice P2.1 = 2, ignored)  → G2 = 1
//   G6: 6.1 = 3                               → G6 = 3
//   information = (7/3 + 1 + 3) / 3 = 19/9      (G3, G4, G5 have no answers and are left out)
//   G8: 8.1 = 0, 8.2 = 1                      → G8 = 1/2
//   G12: 12.1 = 2                             → G12 = 2
//   participation = (1/2 + 2) / 2 = 5/4
//   G15: 15.1 = 3, 15.2 = 3, 15.3 not applicable → G15 = 3
//   justice = 3
//   EDI = (19/9 + 5/4 + 3) / 3 = (76/36 + 45/36 + 108/36) / 3 = 229/108 = 2.1203703…
const answers = unitAnswers("XX", "2014", {
  "1.1": 3,
  "1.2": 2,
  "1.3": 2,
  "2.1": 1,
  "P2.1": 2,
  "6.1": 3,
  "8.1": 0,
  "8.2": 1,
  "12.1": 2,
  "15.1": 3,
  "15.2": 3,
  "15.3": "na",
});
const set = score(createDataset(edi, answers), edi, ediMethod);
const unit = set.units[0];
const index = unit?.indices[0];
const node = (id: string) => index?.nodes.find((n) => n.id === id);
const indicator = (id: string) => index?.indicators.find((i) => i.id === id);
/** The fraction a/b rounded once to 50 digits: what the engine must give (it computes exact fractions). */
function expectFraction(actual: Dec | null | undefined, a: number, b: number): void {
  expect(actual?.toString()).toBe(fractionToDec(fraction(BigInt(a), BigInt(b))).toString());
}

describe("edi-2015 by hand", () => {
  it("computes guideline means", () => {
    expectFraction(node("G1")?.score, 7, 3);
    expect(node("G1")?.exact).toBe("7/3");
    expect(node("G2")?.score?.toString()).toBe("1");
    expect(node("G6")?.score?.toString()).toBe("3");
    expect(node("G8")?.score?.toString()).toBe("0.5");
    expect(node("G12")?.score?.toString()).toBe("2");
    expect(node("G15")?.score?.toString()).toBe("3");
    expect(node("G3")?.score).toBeNull();
    expect(node("G3")?.reason?.code).toBe("no-answers");
  });

  it("computes pillar means over the guidelines with answers", () => {
    expectFraction(node("information")?.score, 19, 9);
    expect(node("participation")?.score?.toString()).toBe("1.25");
    expect(node("justice")?.score?.toString()).toBe("3");
  });

  it("computes the index as the mean of the pillars: 229/108", () => {
    expectFraction(node("edi")?.score, 229, 108);
    expect(node("edi")?.exact).toBe("229/108");
    expect(node("information")?.exact).toBe("19/9");
    expect(node("participation")?.exact).toBe("5/4");
    expect(displayScore(node("edi")?.score ?? null, ediMethod.presentation)).toBe("2.12");
    expect(bandOf(node("edi")?.score ?? null, ediMethod.presentation.bands)).toBe("good");
  });

  it("gives each indicator its effective weight: 1/27 in G1, 1/9 for 2.1 and 6.1, 1/12 in G8, 1/6 for 12.1, 15.1, 15.2", () => {
    for (const id of ["1.1", "1.2", "1.3"]) expectFraction(indicator(id)?.effectiveWeight, 1, 27);
    for (const id of ["2.1", "6.1"]) expectFraction(indicator(id)?.effectiveWeight, 1, 9);
    for (const id of ["8.1", "8.2"]) expectFraction(indicator(id)?.effectiveWeight, 1, 12);
    for (const id of ["12.1", "15.1", "15.2"]) expectFraction(indicator(id)?.effectiveWeight, 1, 6);
    expect(indicator("15.3")?.effectiveWeight).toBeNull();
    expect(indicator("1.4")?.value).toBeNull();
  });

  it("adds the exact contributions to the exact index score; the rounded ones agree to the 49th digit", () => {
    // by hand: 1/27·(3 + 2 + 2) + 1/9·1 + 1/9·3 + 1/12·0 + 1/12·1 + 1/6·2 + 1/6·3 + 1/6·3 = 229/108
    let exact = fraction(0n);
    let rounded = new P10Decimal(0);
    for (const i of index?.indicators ?? []) {
      if (i.exactContribution !== null) exact = addFractions(exact, parseFraction(i.exactContribution));
      if (i.contribution !== null) rounded = rounded.plus(i.contribution);
    }
    expect(formatFraction(exact)).toBe("229/108");
    expect(
      rounded
        .minus(node("edi")?.score as Dec)
        .abs()
        .lt(new P10Decimal(10).pow(-48)),
    ).toBe(true);
    expect(indicator("1.1")?.exactEffectiveWeight).toBe("1/27");
    expect(indicator("1.1")?.exactContribution).toBe("1/9");
  });

  it("reports practice answers without aggregating them", () => {
    const practice = unit?.answers[edi.indicatorById.get("P2.1")?.ordinal as number];
    expect(practice).toMatchObject({ status: "answered", code: "2", label: "Yes" });
    expect(practice?.value?.toString()).toBe("2");
    expect(index?.indicators.some((i) => i.id === "P2.1")).toBe(false);
  });

  it("counts answers under each node", () => {
    expect(node("G15")?.answers).toEqual({ expected: 3, present: 2, missing: 0, notApplicable: 1 });
    expect(node("edi")?.answers).toEqual({ expected: 75, present: 10, missing: 64, notApplicable: 1 });
    // G15: the not-applicable 15.3 leaves the denominator: coverage 2/2.
    expect(node("G15")?.coverage?.toString()).toBe("1");
  });
});
