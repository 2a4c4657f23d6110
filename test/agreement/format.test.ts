import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatStatistic } from "../../src/agreement/format.js";
import { isP10Error } from "../../src/errors.js";

describe("formatStatistic", () => {
  it("prints three decimals, an em dash for null, and no negative zero", () => {
    expect(formatStatistic(113 / 152)).toBe("0.743");
    expect(formatStatistic(1)).toBe("1.000");
    expect(formatStatistic(-0.75)).toBe("-0.750");
    expect(formatStatistic(-0.0004)).toBe("0.000");
    expect(formatStatistic(1e-7)).toBe("0.000");
    expect(formatStatistic(null)).toBe("—");
    expect(formatStatistic(2 / 3, 1)).toBe("0.7");
  });

  it("rounds the decimal JavaScript prints, half away from zero, unlike Number#toFixed", () => {
    // The double nearest 1.0005 is 1.000499999999999989…: toFixed rounds that binary value down.
    expect((1.0005).toFixed(3)).toBe("1.000");
    expect(formatStatistic(1.0005)).toBe("1.001");
    expect(formatStatistic(-1.0005)).toBe("-1.001");
    expect(formatStatistic(0.0625, 3)).toBe("0.063");
  });

  it("rejects NaN, infinities and bad places with the project's error", () => {
    for (const f of [
      () => formatStatistic(Number.NaN),
      () => formatStatistic(1, 1.5),
      () => formatStatistic(1, 21),
    ]) {
      try {
        f();
        expect.unreachable();
      } catch (e) {
        expect(isP10Error(e)).toBe(true);
      }
    }
  });

  it("property: the printed value is within half a unit of the last place of the input", () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 2, noNaN: true }), (x) => {
        const text = formatStatistic(x);
        expect(text).toMatch(/^-?\d\.\d{3}$/);
        expect(Math.abs(Number(text) - x)).toBeLessThanOrEqual(0.0005 + 1e-12);
      }),
    );
  });
});
