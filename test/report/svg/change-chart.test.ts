import { describe, expect, it } from "vitest";
import { changeChart } from "../../../src/report/svg/change-chart.js";
import { gapChart } from "../../../src/report/svg/gap-chart.js";
import { OKABE_ITO } from "../../../src/report/svg/palette.js";
import { changeInput, ENTITIES, gapInput } from "../fixtures.js";
import { expectAccessibleFrame, expectDeterministic, expectEscaped } from "./chart-checks.js";
import { attr, elements, numberAttr, texts } from "./svg-text.js";

describe("changeChart", () => {
  const input = changeInput();
  const svg = changeChart(input);

  it("draws a dumbbell per entity: hollow dot for the first period, filled for the second", () => {
    expect(elements(svg, "g", "p10-dumbbell")).toHaveLength(8);
    // Genovia (row 7) has no 2015 score: one dot fewer there.
    expect(elements(svg, "circle", "p10-dot-first")).toHaveLength(7);
    expect(elements(svg, "circle", "p10-dot-second")).toHaveLength(8);
    expect(elements(svg, "circle", "p10-dot-first").every((c) => attr(c, "fill") === "#ffffff")).toBe(true);
    expect(texts(svg, "p10-label")).toEqual(ENTITIES);
  });

  it("writes both values and the signed change (hand computed: 2.61 − 2.20 = +0.41)", () => {
    const all = texts(svg);
    expect(all).toContain("+0.41"); // Arcadia
    expect(all).toContain("0.00"); // Borduria 2.25 → 2.25: unsigned zero
    expect(all).toContain("\u22120.28"); // Ruritania 1.90 → 1.62
    expect(all.filter((t) => t === "n/a")).toHaveLength(2); // Genovia: 2015 and the change
    expect(all).toEqual(expect.arrayContaining(["2015", "2020", "Change"]));
  });

  it("colours the connecting line by direction (blue up, vermillion down)", () => {
    const lines = svg.match(/<g class="p10-dumbbell"><line [^>]*>/g)!;
    expect(attr(lines[0]!, "stroke")).toBe(OKABE_ITO.blue);
    expect(attr(lines[3]!, "stroke")).toBe(OKABE_ITO.vermillion);
    // Left-to-right positions follow the values: Arcadia's 2020 dot is right of its 2015 dot.
    expect(numberAttr(lines[0]!, "x2")).toBeGreaterThan(numberAttr(lines[0]!, "x1"));
  });

  it("is accessible, escaped and deterministic", () => {
    expectAccessibleFrame(svg, "change", input.title);
    expectEscaped(svg);
    expectDeterministic(changeChart, input);
    expect(svg).toContain("Arcadia: 2015 2.20, 2020 2.61 (+0.41)");
  });
});

describe("gapChart", () => {
  const input = gapInput();
  const svg = gapChart(input);

  it("draws law and practice per entity with the gap practice − law", () => {
    expect(elements(svg, "g", "p10-dumbbell")).toHaveLength(5);
    const all = texts(svg);
    expect(all).toEqual(
      expect.arrayContaining(["Law", "Practice", "Gap", "Practice below law", "Practice above law"]),
    );
    // Arcadia 90 → 60: −30; Borduria 75 → 80: +5; Ruritania 55 → 55: 0.
    expect(all).toEqual(expect.arrayContaining(["\u221230", "+5", "0"]));
    expectAccessibleFrame(svg, "gap", input.title);
    expectDeterministic(gapChart, input);
  });

  it("takes its ticks from d3 on the 0–100 domain", () => {
    // The plot is about 500 px wide, so the chart asks d3 for 8 ticks: 100 / 8 = 12.5, which d3 rounds
    // to a step of 10 (1.25 lies below √2, so 1 × 10^1).
    expect([...new Set(texts(svg, "p10-tick"))]).toEqual([
      "0",
      "10",
      "20",
      "30",
      "40",
      "50",
      "60",
      "70",
      "80",
      "90",
      "100",
    ]);
  });
});
