import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeXml } from "../../../src/report/html/escape.js";
import { unescapeXml } from "../svg/svg-text.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML forbids are the point.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

describe("escapeXml", () => {
  it("escapes the five markup characters (OWASP XSS prevention, rule 1 and 2)", () => {
    expect(escapeXml(`<a href="x">Q&A</a> 'y'`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Q&amp;A&lt;/a&gt; &#39;y&#39;",
    );
    expect(escapeXml("&amp;")).toBe("&amp;amp;"); // already-escaped text is data, escaped again
  });

  it("keeps tab, newline, accents and astral characters; replaces what XML forbids with U+FFFD", () => {
    expect(escapeXml("a\tb\nc\r é 🌍 中")).toBe("a\tb\nc\r é 🌍 中");
    expect(escapeXml("a\u0000b\u0008c\u001Fd\uFFFEe")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    expect(escapeXml("lone \uD800 surrogate \uDC00")).toBe("lone \uFFFD surrogate \uFFFD");
  });

  it("property: the output has no raw markup character and unescapes to the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const out = escapeXml(text);
        expect(out).not.toMatch(/[<>"']/);
        expect(out).not.toMatch(/&(?!(?:amp|lt|gt|quot|#39);)/);
        expect(unescapeXml(out)).toBe(text.replace(FORBIDDEN, "\uFFFD"));
      }),
    );
  });
});
