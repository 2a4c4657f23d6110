import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coord, el, textEl, tooltip } from "../../../src/report/svg/element.js";

describe("svg elements", () => {
  it("writes coordinates rounded to 0.01 px without negative zero or exponent", () => {
    expect(coord(12.3456)).toBe("12.35");
    expect(coord(-0.001)).toBe("0");
    expect(coord(100)).toBe("100");
    expect(coord(1e-7)).toBe("0");
  });

  it("escapes attribute values and text, leaves out undefined attributes", () => {
    expect(el("rect", { x: 1.005, fill: '"red"', stroke: undefined })).toBe(
      '<rect x="1" fill="&quot;red&quot;"/>',
    );
    expect(textEl("text", { x: 0 }, "<b>&", tooltip("a<b"))).toBe(
      '<text x="0">&lt;b&gt;&amp;<title>a&lt;b</title></text>',
    );
    expect(el("g", {}, "<a/>", "<b/>")).toBe("<g><a/><b/></g>");
  });

  it("property: a coordinate is a plain decimal with at most two decimals, within 0.005 of the value", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (value) => {
        const text = coord(value);
        expect(text).toMatch(/^-?\d+(?:\.\d{1,2})?$/);
        expect(Math.abs(Number(text) - value)).toBeLessThanOrEqual(0.0050001);
      }),
    );
  });
});
