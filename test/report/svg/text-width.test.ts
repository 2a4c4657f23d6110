import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitText, textWidth } from "../../../src/report/svg/text-width.js";

describe("text width estimate", () => {
  it("uses the measured advance widths (hand sum for '3.00' at 10 px: 0.64 + 0.32 + 0.64 + 0.64 = 2.24 em)", () => {
    expect(textWidth("3.00", 10)).toBeCloseTo(22.4, 6);
    expect(textWidth("3.00", 10, true)).toBeCloseTo(24.64, 6);
    expect(textWidth("中", 10)).toBe(10);
  });

  it("shortens with an ellipsis only when needed", () => {
    expect(fitText("Arcadia", 100, 12)).toBe("Arcadia");
    const short = fitText("The Federal Republic of Arcadia", 80, 10);
    expect(short.endsWith("\u2026")).toBe(true);
    expect("The Federal Republic of Arcadia".startsWith(short.slice(0, -1))).toBe(true);
  });

  it("property: a fitted label fits (or is just the ellipsis) and keeps a prefix of the text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 60 }),
        fc.integer({ min: 10, max: 300 }),
        (text, max) => {
          const out = fitText(text, max, 12);
          if (out === text) return;
          expect(textWidth(out, 12)).toBeLessThanOrEqual(max + 1e-9);
          expect(text.startsWith(out.slice(0, -1).trimEnd())).toBe(true);
        },
      ),
    );
  });
});
