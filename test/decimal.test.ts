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
