import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isP10Error } from "../../../src/errors.js";
import { bandOf, bandRange, resolveBands } from "../../../src/report/svg/bands.js";
import { EDI_BANDS } from "../fixtures.js";

function pathOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    return isP10Error(e) ? `${e.code} ${e.issues[0]?.path}` : String(e);
  }
  return undefined;
}

describe("display bands", () => {
  const edi = resolveBands(EDI_BANDS, [0, 3], "bands");

  it("classifies by inclusive upper bounds, as the EDI publishes them (≤ 0.75 poor, ≤ 1.5 fair, ≤ 2.25 good)", () => {
    const label = (v: number) => bandOf(v, edi).label;
    expect([0, 0.75, 0.76, 1.5, 1.51, 2.25, 2.26, 3].map(label)).toEqual([
      "poor",
      "poor",
      "fair",
      "fair",
      "good",
      "good",
      "very good",
      "very good",
    ]);
  });

  it("describes ranges and fills colours from the ramp", () => {
    expect(edi.map((b) => bandRange(b, { decimals: 2 }))).toEqual([
      "poor (\u2264 0.75)",
      "fair (\u2264 1.50)",
      "good (\u2264 2.25)",
      "very good (> 2.25)",
    ]);
    expect(edi.map((b) => b.color)).toEqual(["#c6dbef", "#6baed6", "#2171b5", "#08306b"]);
    expect(resolveBands([{ label: "all", color: "#abc" }], [0, 1], "b")[0]).toEqual({
      label: "all",
      above: null,
      upTo: null,
      color: "#abc",
    });
  });

  it("refuses malformed bands", () => {
    expect(pathOf(() => resolveBands([], [0, 3], "bands"))).toBe("P10_CHART_DATA bands");
    expect(pathOf(() => resolveBands([{ label: "a" }, { label: "b" }], [0, 3], "bands"))).toBe(
      "P10_CHART_DATA bands[0].upTo",
    );
    expect(
      pathOf(() =>
        resolveBands(
          [
            { label: "a", upTo: 1 },
            { label: "b", upTo: 2 },
          ],
          [0, 3],
          "bands",
        ),
      ),
    ).toBe("P10_CHART_DATA bands[1].upTo");
    expect(
      pathOf(() =>
        resolveBands([{ label: "a", upTo: 2 }, { label: "b", upTo: 1 }, { label: "c" }], [0, 3], "x"),
      ),
    ).toBe("P10_CHART_DATA x[1].upTo");
    expect(pathOf(() => resolveBands([{ label: "a", upTo: 5 }, { label: "b" }], [0, 3], "bands"))).toBe(
      "P10_CHART_DATA bands[0].upTo",
    );
    expect(pathOf(() => resolveBands([{ label: "a", color: "red;x" }], [0, 3], "bands"))).toBe(
      "P10_CHART_DATA bands[0].color",
    );
    const eight = Array.from({ length: 8 }, (_, i) =>
      i < 7 ? { label: `b${i}`, upTo: i * 0.1 } : { label: "top" },
    );
    expect(pathOf(() => resolveBands(eight, [0, 3], "bands"))).toBe("P10_CHART_DATA bands");
  });

  it("property: the band index never falls as the value rises", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(edi.indexOf(bandOf(lo, edi))).toBeLessThanOrEqual(edi.indexOf(bandOf(hi, edi)));
        },
      ),
    );
  });
});
