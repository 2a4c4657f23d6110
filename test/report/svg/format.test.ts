import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dec, roundForDisplay } from "../../../src/decimal.js";
import { isP10Error } from "../../../src/errors.js";
import { checkFormat, formatNumber, formatOrNa } from "../../../src/report/svg/format.js";

describe("formatNumber", () => {
  it("rounds the shortest decimal form of the float, half-even by default", () => {
    // 1.125 prints as "1.125": half-even keeps 1.12, half-up gives 1.13. 2.675 prints as "2.675" (the
    // binary float is 2.67499999…, which toFixed rounds to 2.67; labels follow the printed decimal).
    expect(formatNumber(1.125, { decimals: 2 })).toBe("1.12");
    expect(formatNumber(1.125, { decimals: 2, rounding: "half-up" })).toBe("1.13");
    expect(formatNumber(2.675, { decimals: 2, rounding: "half-up" })).toBe("2.68");
    expect(formatNumber(3, { decimals: 2 })).toBe("3.00");
    expect(formatNumber(0.5, { decimals: 0 })).toBe("0");
  });

  it("writes a true minus, an optional plus, and never −0", () => {
    expect(formatNumber(-0.25, { decimals: 2 })).toBe("\u22120.25");
    expect(formatNumber(0.25, { decimals: 2 }, true)).toBe("+0.25");
    expect(formatNumber(-0.001, { decimals: 2 }, true)).toBe("0.00");
    expect(formatNumber(0, { decimals: 1 }, true)).toBe("0.0");
    expect(formatOrNa(null, { decimals: 2 })).toBe("n/a");
  });

  it("refuses a bad format", () => {
    for (const bad of [{ decimals: -1 }, { decimals: 21 }, { decimals: 0.5 }]) {
      expect(() => checkFormat(bad, "format")).toThrow(/decimals/);
    }
    try {
      checkFormat({ decimals: 2, rounding: "up" as never }, "format");
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.code).toBe("P10_CHART_DATA");
    }
  });

  it("property: the label equals the project's display rounding of the printed value", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.integer({ min: 0, max: 6 }),
        (v, decimals) => {
          const label = formatNumber(v, { decimals });
          const printed = String(v).includes("e") ? v.toFixed(20) : String(v);
          const expected = roundForDisplay(dec(printed.replace(/^-?0\.0+$/, "0")), decimals, "half-even");
          expect(label).toBe(expected.replace(/^-/, "\u2212"));
          expect(label.split(".")[1]?.length ?? 0).toBe(decimals);
        },
      ),
    );
  });
});
