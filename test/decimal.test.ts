// src/decimal.ts writes decimal.js's rounding constants as literals (so bundles that never use decimals drop
// decimal.js); this pins them to the library's values.
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareDecimals, P10Decimal, roundForDisplay } from "../src/decimal.js";

describe("P10Decimal", () => {
  it("rounds half-even with 50 digits, as decimal.js's ROUND_HALF_EVEN (6)", () => {
    expect(Decimal.ROUND_HALF_EVEN).toBe(6);
    expect(Decimal.ROUND_HALF_UP).toBe(4);
    expect(P10Decimal.rounding).toBe(Decimal.ROUND_HALF_EVEN);
    expect(P10Decimal.precision).toBe(50);
  });

  it("rounds for display by the named rule: 2.345 → 2.34 half-even, 2.35 half-up", () => {
    expect(roundForDisplay(new P10Decimal("2.345"), 2, "half-even")).toBe("2.34");
    expect(roundForDisplay(new P10Decimal("2.345"), 2, "half-up")).toBe("2.35");
  });

  it("rounds for display on the digits exactly as decimal.js's toFixed does (property: ties, carries, signs, zeros, exponents)", () => {
    // The oracle is the former implementation: toFixed with the rule's mode, a signed zero written unsigned.
    const oracle = (v: Decimal, places: number, rule: "half-even" | "half-up"): string => {
      const fixed = v.toFixed(places, rule === "half-even" ? Decimal.ROUND_HALF_EVEN : Decimal.ROUND_HALF_UP);
      return /^-0(?:\.0+)?$/.test(fixed) ? fixed.slice(1) : fixed;
    };
    const quotient = fc
      .tuple(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.integer({ min: 1, max: 64 }))
      .map(([n, d]) => new P10Decimal(n.toString()).div(d));
    // Ties and carries: digits ending in 5, runs of 9, around zero.
    const tie = fc
      .tuple(
        fc.integer({ min: -100000, max: 100000 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom("5", "50", "49", "51", "999", "9995"),
      )
      .map(([n, k, tail]) => new P10Decimal(`${n}e-${k}`).plus(new P10Decimal(`0.${"0".repeat(k)}${tail}`)));
    const special = fc
      .constantFrom(
        "0",
        "-0.004",
        "0.005",
        "-0.005",
        "9.995",
        "-9.995",
        "0.5",
        "-0.5",
        "1.5",
        "2.5",
        "99.999",
        "1e-70",
        "-3e-65",
        "1.25e61",
      )
      .map((t) => new P10Decimal(t));
    fc.assert(
      fc.property(
        fc.oneof(quotient, tie, special),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom("half-even" as const, "half-up" as const),
        (v, places, rule) => {
          expect(roundForDisplay(v, places, rule)).toBe(oracle(v, places, rule));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("compareDecimals orders as comparedTo: 2 > 1.5, -2 < -1.5, 0 = -0, 1/3 < 0.34 (property on signs, zeros, long fractions)", () => {
    expect(compareDecimals(new P10Decimal("2"), new P10Decimal("1.5"))).toBe(1);
    expect(compareDecimals(new P10Decimal("-2"), new P10Decimal("-1.5"))).toBe(-1);
    expect(compareDecimals(new P10Decimal("0"), new P10Decimal("-0"))).toBe(0);
    expect(compareDecimals(new P10Decimal(1).div(3), new P10Decimal("0.34"))).toBe(-1);
    expect(compareDecimals(new P10Decimal("12345678.9"), new P10Decimal("12345678.90000001"))).toBe(-1);
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 1, max: 40 }))
      .map(([n, d]) => new P10Decimal(n.toString()).div(d));
    const pick = fc.oneof(
      decimal,
      fc.constantFrom("0", "-0", "1", "-1", "0.1", "1e-20", "-5e30").map((t) => new P10Decimal(t)),
    );
    fc.assert(
      fc.property(pick, pick, (a, b) => {
        expect(Math.sign(compareDecimals(a, b))).toBe(a.comparedTo(b));
        // A copy is equal to its original.
        expect(compareDecimals(a, new P10Decimal(a))).toBe(0);
      }),
      { numRuns: 500 },
    );
  });
});
