import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitFontSize, fitText, textWidth, wrapText } from "../../../src/report/svg/text-width.js";
import { rowLabel } from "../../../src/report/svg/rows.js";

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

describe("long labels read whole", () => {
  it("wraps at spaces, each line within the width, and cuts only past the last line", () => {
    // "Environmental Democracy Index" at 10.5 px bold: about 192 px; "Environmental Democracy" about 156.
    expect(wrapText("Environmental Democracy Index", 160, 10.5, true, 3)).toEqual([
      "Environmental Democracy",
      "Index",
    ]);
    expect(wrapText("Index", 150, 10.5, true, 3)).toEqual(["Index"]);
    const cut = wrapText("one two three four five six seven eight nine ten", 40, 10, false, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith("\u2026")).toBe(true);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "bb", "Environmental", "of", "law"), { maxLength: 12 }),
        (words) => {
          const text = words.join(" ");
          const lines = wrapText(text, 90, 11, false, 20);
          for (const l of lines) expect(textWidth(l, 11)).toBeLessThanOrEqual(90);
          if (!lines.some((l) => l.endsWith("\u2026"))) expect(lines.join(" ")).toBe(text);
        },
      ),
    );
  });

  it("sets a row label smaller before shortening it", () => {
    expect(fitFontSize("Arcadia", 100, 12, 10)).toBe(12);
    // 366 px at 12 px: fits 330 px at 10.5 px (about 320 px).
    const label = "G2 Proactive public disclosure of environmental information";
    expect(rowLabel(label, 400, 50, 330, 12)).toContain(`font-size="10.5">${label}</text>`);
    expect(rowLabel("Arcadia", 400, 50, 330, 12)).not.toContain("font-size");
    expect(rowLabel(label, 400, 50, 200, 12)).toContain("\u2026<title>");
  });
});
