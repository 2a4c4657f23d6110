import { describe, expect, it } from "vitest";
import { OKABE_ITO, sequentialRamp } from "../../../src/report/svg/palette.js";

/** Relative luminance (WCAG 2.1, sRGB): what a greyscale print keeps of a colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio between two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("palette", () => {
  it("uses the published Okabe–Ito values (Wong 2011, Nature Methods 8:441, table in Fig. 2)", () => {
    expect(OKABE_ITO).toMatchObject({
      blue: "#0072B2",
      vermillion: "#D55E00",
      orange: "#E69F00",
      skyBlue: "#56B4E9",
    });
  });

  it("orders the band ramp by lightness, light to dark, so the order survives greyscale", () => {
    for (let n = 1; n <= 7; n++) {
      const ramp = sequentialRamp(n);
      expect(ramp).toHaveLength(n);
      for (let i = 1; i < n; i++) expect(luminance(ramp[i]!)).toBeLessThan(luminance(ramp[i - 1]!));
    }
    expect(() => sequentialRamp(8)).toThrow(RangeError);
  });

  it("keeps neighbouring EDI band colours apart in greyscale (contrast ratio ≥ 1.4) and visible on white", () => {
    const ramp = sequentialRamp(4);
    for (let i = 1; i < 4; i++) expect(contrast(ramp[i]!, ramp[i - 1]!)).toBeGreaterThanOrEqual(1.4);
    expect(contrast(ramp[0]!, "#ffffff")).toBeGreaterThanOrEqual(1.3);
  });
});
