import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isP10Error } from "../../../src/errors.js";
import { rankIntervalChart } from "../../../src/report/svg/rank-interval-chart.js";
import { ENTITIES, rankIntervalInput } from "../fixtures.js";
import { expectAccessibleFrame, expectDeterministic, expectEscaped } from "./chart-checks.js";
import { elements, numberAttr, texts } from "./svg-text.js";

function pathOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    return isP10Error(e) ? e.issues[0]?.path : String(e);
  }
  return undefined;
}

describe("rankIntervalChart", () => {
  const input = rankIntervalInput();
  const svg = rankIntervalChart(input);

  it("draws per entity a nominal dot, a median tick and an interval line", () => {
    expect(elements(svg, "circle", "p10-nominal")).toHaveLength(8);
    expect(elements(svg, "line", "p10-median")).toHaveLength(8);
    expect(elements(svg, "line", "p10-interval")).toHaveLength(8);
    expect(texts(svg, "p10-label")).toEqual(ENTITIES);
  });

  it("puts rank 1 at the left and ranks on a linear axis with whole-number d3 ticks", () => {
    const dots = elements(svg, "circle", "p10-nominal").map((d) => numberAttr(d, "cx"));
    for (let i = 1; i < dots.length; i++) expect(dots[i]!).toBeGreaterThan(dots[i - 1]!);
    // Ranks 1…8 (7 steps); the chart asks d3 for at most 7 ticks, so the step is 1.
    expect(texts(svg, "p10-tick")).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    // Syldavia's median 3.5 lies halfway between the dots of ranks 3 and 4.
    const median = numberAttr(elements(svg, "line", "p10-median")[2]!, "x1");
    expect(median).toBeCloseTo((dots[2]! + dots[3]!) / 2, 1);
  });

  it("writes rank, median and interval in columns", () => {
    const all = texts(svg);
    expect(all).toEqual(expect.arrayContaining(["Rank", "Median", "Interval", "3.5", "2.0\u20135.0"]));
    expect(svg).toContain("Syldavia: rank 3, median 3.5, 2.0\u20135.0");
  });

  it("keeps ticks whole on a long axis (70 ranks)", () => {
    const long = rankIntervalChart({ ...input, rankCount: 70 });
    const ticks = texts(long, "p10-tick").map(Number);
    expect(ticks.every((t) => Number.isInteger(t) && t >= 1 && t <= 70)).toBe(true);
    expect(ticks.length).toBeGreaterThanOrEqual(5);
  });

  it("is accessible, escaped and deterministic", () => {
    expectAccessibleFrame(svg, "ranks", input.title);
    expectEscaped(svg);
    expectDeterministic(rankIntervalChart, input);
  });

  it("refuses impossible ranks", () => {
    const row = { label: "X", nominal: 1, median: 1, low: 1, high: 2 };
    expect(pathOf(() => rankIntervalChart({ ...input, rows: [{ ...row, high: 9 }], rankCount: 8 }))).toBe(
      "rows[0].high",
    );
    expect(pathOf(() => rankIntervalChart({ ...input, rows: [{ ...row, low: 0 }], rankCount: 8 }))).toBe(
      "rows[0].low",
    );
    expect(
      pathOf(() => rankIntervalChart({ ...input, rows: [{ ...row, nominal: 1.5 }], rankCount: 8 })),
    ).toBe("rows[0].nominal");
    expect(
      pathOf(() => rankIntervalChart({ ...input, rows: [{ ...row, median: 2, high: 1.5 }], rankCount: 8 })),
    ).toBe("rows[0]");
    expect(pathOf(() => rankIntervalChart({ ...input, rankCount: 0 }))).toBe("rankCount");
    expect(pathOf(() => rankIntervalChart({ ...input, rows: [row], rankCount: 2 }))).toBeUndefined();
  });

  it("property: dots never leave the plot and every interval contains its median", () => {
    const rowArb = (n: number) =>
      fc
        .tuple(
          fc.integer({ min: 1, max: n }),
          fc.integer({ min: 1, max: n }),
          fc.integer({ min: 1, max: n }),
          fc.integer({ min: 1, max: n }),
        )
        .map(([a, b, c, nominal]) => {
          const [low, median, high] = [a, b, c].sort((p, q) => p - q) as [number, number, number];
          return { label: `E${nominal}`, nominal, median, low, high };
        });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 120 })
          .chain((n) => fc.tuple(fc.constant(n), fc.array(rowArb(n), { minLength: 1 }))),
        ([n, rows]) => {
          const out = rankIntervalChart({ ...input, rows, rankCount: n });
          const intervals = elements(out, "line", "p10-interval");
          const medians = elements(out, "line", "p10-median");
          intervals.forEach((line, i) => {
            const x = numberAttr(medians[i]!, "x1");
            expect(x).toBeGreaterThanOrEqual(numberAttr(line, "x1"));
            expect(x).toBeLessThanOrEqual(numberAttr(line, "x2"));
          });
          const width = numberAttr(elements(out, "svg")[0]!, "width");
          for (const dot of elements(out, "circle", "p10-nominal")) {
            expect(numberAttr(dot, "cx")).toBeGreaterThan(0);
            expect(numberAttr(dot, "cx")).toBeLessThan(width);
          }
          expect(texts(out, "p10-tick").every((t) => /^\d+$/.test(t))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
