import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isP10Error } from "../../../src/errors.js";
import { profileChart } from "../../../src/report/svg/profile-chart.js";
import { profileInput } from "../fixtures.js";
import { expectAccessibleFrame, expectDeterministic } from "./chart-checks.js";
import { elements, numberAttr, texts } from "./svg-text.js";

describe("profileChart", () => {
  const input = profileInput();
  const svg = profileChart(input);

  it("draws a bar per scored group, a median tick per known median, and section headings", () => {
    // 9 groups: G5 has no score, G8 no median.
    expect(elements(svg, "rect", "p10-bar")).toHaveLength(8);
    expect(elements(svg, "g", "p10-median")).toHaveLength(8);
    expect(texts(svg, "p10-na")).toEqual(["no score"]);
    expect(texts(svg, "p10-section")).toEqual(["Information", "Participation", "Justice"]);
    expect(texts(svg, "p10-label")).toEqual(input.groups.map((g) => g.label));
  });

  it("writes each score and median in the columns", () => {
    const cells = texts(svg).filter((t) => /^(\d\.\d\d|n\/a)$/.test(t));
    // Per group row: score then median, row by row within each column: all scores, then all medians.
    expect(cells.slice(0, 9)).toEqual([
      "2.50",
      "1.75",
      "3.00",
      "0.50",
      "n/a",
      "2.00",
      "1.25",
      "2.75",
      "1.00",
    ]);
    expect(cells.slice(9, 18)).toEqual([
      "1.80",
      "1.75",
      "2.10",
      "1.20",
      "0.90",
      "1.50",
      "1.60",
      "n/a",
      "1.10",
    ]);
  });

  it("places the median tick on the value scale", () => {
    const bars = elements(svg, "rect", "p10-bar");
    const x0 = numberAttr(bars[0]!, "x");
    const full = numberAttr(bars[2]!, "width"); // G3 scores 3, the domain maximum
    const tick = svg.match(/<g class="p10-median"><line x1="([\d.]+)"/)!;
    // G1's median is 1.8: 1.8 / 3 of the range from the left edge.
    expect((Number(tick[1]) - x0) / full).toBeCloseTo(1.8 / 3, 3);
  });

  it("has an accessible frame and a description with every group", () => {
    expectAccessibleFrame(svg, "profile-arcadia", input.title);
    expect(svg).toContain("G1 Access on request 2.50 (cohort median 1.80)");
  });

  it("colours bars by band when bands are given, Okabe–Ito blue otherwise", () => {
    expect(elements(svg, "rect", "p10-bar")[0]).toContain('fill="#08306b"'); // 2.50 very good
    const { bands: _, ...plain } = input;
    const noBands = profileChart(plain);
    expect(elements(noBands, "rect", "p10-bar").every((b) => b.includes('fill="#0072B2"'))).toBe(true);
  });

  it("escapes group, section and entity names", () => {
    const out = profileChart({
      ...input,
      entity: "A&B",
      groups: [{ label: "<G1>", section: `"S"`, value: 1, median: 2 }],
    });
    expect(texts(out, "p10-label")).toEqual(["<G1>"]);
    expect(texts(out, "p10-section")).toEqual([`"S"`]);
    expect(out).toContain("&lt;G1&gt;");
    expect(out).toContain("A&amp;B");
    expect(out).not.toMatch(/<G1>|A&B/);
  });

  it("is deterministic", () => expectDeterministic(profileChart, input));

  it("refuses a median outside the domain", () => {
    try {
      profileChart({ ...input, groups: [{ label: "G1", value: 1, median: 3.5 }] });
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.issues[0]?.path).toBe("groups[0].median");
    }
  });

  it("property: one label per group and one section heading per run of equal sections", () => {
    const group = fc.record({
      label: fc.string({ maxLength: 20 }),
      section: fc.constantFrom("I", "P", "J"),
      value: fc.option(fc.double({ min: 0, max: 3, noNaN: true }), { nil: null }),
      median: fc.option(fc.double({ min: 0, max: 3, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 15 }), (groups) => {
        const out = profileChart({ ...input, groups });
        const runs = groups.filter((g, i) => i === 0 || g.section !== groups[i - 1]!.section).length;
        expect(elements(out, "text", "p10-section")).toHaveLength(runs);
        expect(elements(out, "text", "p10-label")).toHaveLength(groups.length);
        expect(profileChart({ ...input, groups: structuredClone(groups) })).toBe(out);
      }),
      { numRuns: 60 },
    );
  });
});
