import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isP10Error } from "../../../src/errors.js";
import { rankingChart } from "../../../src/report/svg/ranking-chart.js";
import { ENTITIES, rankingInput } from "../fixtures.js";
import { expectAccessibleFrame, expectDeterministic, expectEscaped } from "./chart-checks.js";
import { attr, elements, numberAttr, texts } from "./svg-text.js";

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    return isP10Error(e) ? `${e.code} ${e.issues[0]?.path}` : String(e);
  }
  return undefined;
}

describe("rankingChart", () => {
  const input = rankingInput();
  const svg = rankingChart(input);

  it("draws one bar per score and a 'no score' note for the null", () => {
    // 8 entities × 4 measures = 32 values, one of them null (Freedonia's participation).
    expect(elements(svg, "rect", "p10-bar")).toHaveLength(31);
    expect(texts(svg, "p10-na")).toEqual(["no score"]);
    expect(texts(svg, "p10-value")).toHaveLength(31);
    expect(elements(svg, "g", "p10-panel")).toHaveLength(4);
    expect(texts(svg, "p10-measure")).toEqual(["Index", "Information", "Participation", "Justice"]);
  });

  it("writes every entity name and rank as text, in the given order", () => {
    expect(texts(svg, "p10-label")).toEqual(ENTITIES);
    expect(texts(svg, "p10-rank")).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
  });

  it("has an accessible frame whose description lists the data", () => {
    expectAccessibleFrame(svg, "ranking", input.title);
    expect(svg).toMatch(
      /<desc[^>]*>Scores on the EDI scale of 0 to 3\. Bar chart of 8 entities on 4 measures/,
    );
    expect(svg).toContain("1. Arcadia: Index 2.61 (very good), Information 3.00 (very good)");
    expect(svg).toContain("Participation no score");
  });

  it("escapes names from data", () => expectEscaped(svg));

  it("is deterministic", () => expectDeterministic(rankingChart, input));

  it("colours each bar by its band, with inclusive upper bounds", () => {
    // Default ramp for 4 bands: poor #c6dbef, fair #6baed6, good #2171b5, very good #08306b.
    const fill = (entity: number, measure: number) => {
      const label = `${input.rows[entity]!.label} \u2014 ${input.measures[measure]}:`;
      const bar = svg.split("<rect").find((part) => part.includes(label))!;
      return attr(`<rect${bar}`, "fill");
    };
    expect(fill(6, 0)).toBe("#c6dbef"); // Genovia 0.75 is still poor
    expect(fill(1, 0)).toBe("#2171b5"); // Borduria 2.25 is still good
    expect(fill(0, 1)).toBe("#08306b"); // Arcadia 3 very good
    expect(fill(4, 0)).toBe("#6baed6"); // Freedonia 1.31 fair
  });

  it("takes bar lengths from the scale: proportional to the value, zero at the domain minimum", () => {
    // Bars are written panel by panel, rows in order: the first 8 are the Index panel, the next 8 the
    // Information panel (where Arcadia's 3.00 spans the whole range), the last 8 the Justice panel.
    const widths = elements(svg, "rect", "p10-bar").map((b) => numberAttr(b, "width"));
    const range = widths[8]!;
    expect(widths[0]! / range).toBeCloseTo(2.61 / 3, 3);
    expect(widths[6]! / range).toBeCloseTo(0.75 / 3, 3);
    expect(widths.at(-1)).toBe(0); // Zubrowka's justice score is 0
  });

  it("takes its axis ticks from d3 (0, 0.5, …, 3 on a wide single panel)", () => {
    const wide = rankingChart({
      ...input,
      measures: ["Index"],
      rows: input.rows.map((r) => ({ ...r, values: [r.values[0]!] })),
    });
    // The panel is about 650 px wide, so the chart asks d3 for about 9 ticks; d3's step for 3 / 9 = 0.33
    // is 0.5 (it rounds the step to 1, 2 or 5 × 10^k: 3.3 × 10^-1 lies above √10, so 5 × 10^-1), and
    // tickFormat writes one decimal for a 0.5 step.
    expect([...new Set(texts(wide, "p10-tick"))]).toEqual(["0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0"]);
    // The four narrow panels (about 110 px of bars each) ask for 3 ticks: step 1.
    expect([...new Set(texts(svg, "p10-tick"))]).toEqual(["0", "1", "2", "3"]);
    expect(texts(svg, "p10-tick")).toHaveLength(4 * 4 * 1);
  });

  it("refuses bad input with P10_CHART_DATA naming the path", () => {
    const rows = input.rows;
    expect(codeOf(() => rankingChart({ ...input, rows: [{ label: "X", values: [1, 2, 3, 3.5] }] }))).toBe(
      "P10_CHART_DATA rows[0].values[3]",
    );
    expect(codeOf(() => rankingChart({ ...input, rows: [{ label: "X", values: [1, 2] }] }))).toBe(
      "P10_CHART_DATA rows[0].values",
    );
    expect(
      codeOf(() => rankingChart({ ...input, rows: [{ label: "X", values: [1, Number.NaN, 1, 1] }] })),
    ).toBe("P10_CHART_DATA rows[0].values[1]");
    expect(codeOf(() => rankingChart({ ...input, rows: [] }))).toBe("P10_CHART_DATA rows");
    expect(codeOf(() => rankingChart({ ...input, id: "1st chart" }))).toBe("P10_CHART_DATA id");
    expect(codeOf(() => rankingChart({ ...input, domain: [3, 0] }))).toBe("P10_CHART_DATA domain");
    expect(codeOf(() => rankingChart({ ...input, format: { decimals: 1.5 } }))).toBe(
      "P10_CHART_DATA format.decimals",
    );
    expect(codeOf(() => rankingChart({ ...input, width: 200 }))).toBe("P10_CHART_DATA width");
    expect(codeOf(() => rankingChart({ ...input, rows }))).toBeUndefined();
  });

  it("property: any valid data gives one bar per non-null value, every name, and the same bytes twice", () => {
    const row = fc.record({
      label: fc.string({ maxLength: 30 }),
      values: fc.array(fc.option(fc.double({ min: 0, max: 3, noNaN: true }), { nil: null }), {
        minLength: 2,
        maxLength: 2,
      }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const data = { ...input, measures: ["A", "B"], rows };
        const out = rankingChart(data);
        expect(rankingChart(structuredClone(data))).toBe(out);
        expect(elements(out, "rect", "p10-bar")).toHaveLength(
          rows.flatMap((r) => r.values).filter((v) => v !== null).length,
        );
        expect(elements(out, "text", "p10-label")).toHaveLength(rows.length);
        expect(out).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: 60 },
    );
  });
});
