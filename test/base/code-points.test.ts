// compareCodePoints orders strings by Unicode code point, not by UTF-16 code unit: an astral character
// (a surrogate pair) sorts after every BMP character, including U+E000–U+FFFF.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareCodePoints } from "../../src/base/code-points.js";

/** The reference: compare the arrays of code points. */
function byCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return Math.sign(x.length - y.length);
}

describe("compareCodePoints", () => {
  it("puts astral characters after U+E000–U+FFFF (UTF-16 order would not)", () => {
    expect(compareCodePoints("\u{1F600}", "\uFFFD")).toBe(1);
    expect(compareCodePoints("\uFFFD", "\u{1F600}")).toBe(-1);
    expect(compareCodePoints("\u{10000}", "\uE000")).toBe(1);
    expect("\u{1F600}" < "\uFFFD").toBe(true); // the code-unit order this fixes
    expect(["\u{1F600}", "\uFFFD", "z", "\u{10000}", "\uE000"].sort(compareCodePoints)).toEqual([
      "z",
      "\uE000",
      "\uFFFD",
      "\u{10000}",
      "\u{1F600}",
    ]);
  });

  it("orders ASCII and BMP text as plain code-point order, prefixes first", () => {
    expect(["b", "B", "a", "ab", ""].sort(compareCodePoints)).toEqual(["", "B", "a", "ab", "b"]);
    expect(compareCodePoints("é", "é")).toBe(0);
    expect(compareCodePoints("a\u{1F600}", "a\uFFFF")).toBe(1);
  });

  it("agrees with comparing arrays of code points (property)", () => {
    const unit = fc.constantFrom(
      "a",
      "Z",
      "\u00e9",
      "\uD7FF",
      "\uE000",
      "\uFFFD",
      "\uFFFF",
      "\u{10000}",
      "\u{1F600}",
    );
    const text = fc.array(unit, { maxLength: 6 }).map((xs) => xs.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(compareCodePoints(a, b)).toBe(byCodePoints(a, b));
      }),
    );
  });
});
