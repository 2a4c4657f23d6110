// Exact fractions: lowest terms, decimal round trips, and the field laws the engine relies on when it adds
// contributions in any grouping (properties).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addFractions,
  compareFractions,
  decimalFraction,
  divideFractions,
  type Fraction,
  formatFraction,
  fraction,
  fractionToDec,
  gcd,
  multiplyFractions,
  parseFraction,
  subtractFractions,
} from "../../src/base/fraction.js";
import { P10Decimal } from "../../src/advanced.js";

const fractionArb: fc.Arbitrary<Fraction> = fc
  .tuple(fc.bigInt({ min: -10_000n, max: 10_000n }), fc.bigInt({ min: 1n, max: 10_000n }))
  .map(([n, d]) => fraction(n, d));

describe("fractions", () => {
  it("reduce to lowest terms with a positive denominator", () => {
    expect(fraction(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(fraction(0n, 5n)).toEqual({ num: 0n, den: 1n });
    expect(gcd(12n, -18n)).toBe(6n);
    expect(() => fraction(1n, 0n)).toThrow(RangeError);
  });

  it("read decimals exactly and round to 50 digits once", () => {
    expect(formatFraction(decimalFraction("-1.25"))).toBe("-5/4");
    expect(formatFraction(decimalFraction(new P10Decimal("0.0005")))).toBe("1/2000");
    expect(fractionToDec(fraction(5n, 4n)).toString()).toBe("1.25");
    expect(fractionToDec(fraction(1n, 3n)).toString()).toBe(new P10Decimal(1).div(3).toString());
    expect(formatFraction(parseFraction("229/108"))).toBe("229/108");
    expect(() => parseFraction("1/2/3")).toThrow(SyntaxError);
  });

  it("obey the field laws exactly (properties)", () => {
    fc.assert(
      fc.property(fractionArb, fractionArb, fractionArb, (a, b, c) => {
        expect(addFractions(addFractions(a, b), c)).toEqual(addFractions(a, addFractions(b, c)));
        expect(multiplyFractions(a, addFractions(b, c))).toEqual(
          addFractions(multiplyFractions(a, b), multiplyFractions(a, c)),
        );
        expect(subtractFractions(addFractions(a, b), b)).toEqual(a);
        if (b.num !== 0n) expect(multiplyFractions(divideFractions(a, b), b)).toEqual(a);
        expect(Math.sign(compareFractions(a, b))).toBe(
          Math.sign(fractionToDec(a).comparedTo(fractionToDec(b))),
        );
        expect(parseFraction(formatFraction(a))).toEqual(a);
      }),
    );
  });

  it("round-trip every 50-digit decimal (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 1, max: 997 }),
        (n, d) => {
          const value = new P10Decimal(n).div(d);
          expect(fractionToDec(decimalFraction(value)).eq(value)).toBe(true);
        },
      ),
    );
  });
});
