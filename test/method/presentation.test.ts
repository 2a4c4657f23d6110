// Display rounding (half-up vs half-even on ties) and bands (a score ≤ max falls in that band), with the
// EDI bands of DOMAIN.md: poor ≤ 0.75 < fair ≤ 1.5 < good ≤ 2.25 < very good.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Band } from "../../src/method/schema.js";
import { bandOf, dec, P10Decimal, parseRatio, reachesRatio } from "../../src/advanced.js";
import { displayScore, methods } from "../../src/index.js";
import { fraction } from "../../src/base/fraction.js";

const bands = methods.get("edi-2015").presentation.bands as readonly Band[];

describe("displayScore", () => {
  it("rounds ties by the method's rule", () => {
    expect(displayScore(dec("2.125"), { places: 2, rounding: "half-up" })).toBe("2.13");
    expect(displayScore(dec("2.125"), { places: 2, rounding: "half-even" })).toBe("2.12");
    expect(displayScore(dec("2.135"), { places: 2, rounding: "half-even" })).toBe("2.14");
    expect(displayScore(dec("3"), { places: 2, rounding: "half-up" })).toBe("3.00");
    expect(displayScore(null, { places: 2, rounding: "half-up" })).toBeNull();
  });
});

describe("bandOf", () => {
  it("puts a score equal to a band's max in that band", () => {
    expect(bandOf(dec("0"), bands)).toBe("poor");
    expect(bandOf(dec("0.75"), bands)).toBe("poor");
    expect(bandOf(dec("0.7500000001"), bands)).toBe("fair");
    expect(bandOf(dec("1.5"), bands)).toBe("fair");
    expect(bandOf(dec("2.25"), bands)).toBe("good");
    expect(bandOf(dec("2.2500001"), bands)).toBe("very good");
    expect(bandOf(dec("3"), bands)).toBe("very good");
    expect(bandOf(null, bands)).toBeNull();
    expect(bandOf(dec("1"), [])).toBeNull();
  });

  it("never puts a higher score in a lower band (property)", () => {
    const order = bands.map((b) => b.label);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = new P10Decimal(lo).div(1000);
        const y = new P10Decimal(hi).div(1000);
        expect(order.indexOf(bandOf(x, bands) as string)).toBeLessThanOrEqual(
          order.indexOf(bandOf(y, bands) as string),
        );
      }),
    );
  });
});

describe("ratios", () => {
  it("reads decimals and fractions and decides coverage exactly", () => {
    expect(parseRatio("0.5").value).toEqual({ num: 1n, den: 2n });
    expect(parseRatio("1.5/3").value).toEqual({ num: 1n, den: 2n });
    // 4/6 is exactly 2/3, although both are 0.666…67 only to 50 digits.
    expect(reachesRatio(fraction(4n), fraction(6n), parseRatio("2/3"))).toBe(true);
    expect(reachesRatio(fraction(6n), fraction(90000001n, 10000000n), parseRatio("2/3"))).toBe(false);
    expect(reachesRatio(fraction(0n), fraction(3n), parseRatio("0"))).toBe(true);
    expect(() => parseRatio("2/")).toThrow(TypeError);
  });
});
