// src/decimal.ts writes decimal.js's rounding constants as literals (so bundles that never use decimals drop
// decimal.js); this pins them to the library's values.
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { P10Decimal, roundForDisplay } from "../src/decimal.js";

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
});
