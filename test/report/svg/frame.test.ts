import { describe, expect, it } from "vitest";
import { describe as describeChart, svgFrame } from "../../../src/report/svg/frame.js";
import { rankingChart } from "../../../src/report/svg/ranking-chart.js";
import { rankingInput } from "../fixtures.js";
import { texts } from "./svg-text.js";

describe("chart frame", () => {
  it("writes an accessible root with a font stack, a viewBox and a white background", () => {
    const svg = svgFrame({ id: "c", title: "T", description: "D", width: 100.2, height: 50, body: ["<g/>"] });
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" id="c" class="p10-chart" viewBox="0 0 101 50"/,
    );
    expect(svg).toContain('role="img" aria-labelledby="c-title c-desc" font-family="system-ui,');
    expect(svg).toContain(
      '<title id="c-title">T</title><desc id="c-desc">D</desc><rect width="101" height="50" fill="#ffffff"/>',
    );
    expect(svg.endsWith("<g/></svg>")).toBe(true);
  });

  it("shortens a visible title wider than the chart; <title> keeps it whole", () => {
    const long =
      "A very long chart title that goes on and on about environmental democracy scores in many countries";
    const svg = svgFrame({ id: "c", title: long, description: "D", width: 400, height: 50, body: [] });
    const shown = texts(svg)[0]!;
    expect(shown.endsWith("\u2026")).toBe(true);
    expect(long.startsWith(shown.slice(0, -1))).toBe(true);
    expect(svg).toContain(`<title id="c-title">${long}</title>`);
  });

  it("shortens panel headers to their panel", () => {
    const input = rankingInput();
    const svg = rankingChart({ ...input, measures: ["Index", "Access to information, long form", "P", "J"] });
    expect(texts(svg, "p10-measure")[1]).toMatch(/^Access to .*\u2026$/);
  });

  it("puts the caller's description before the generated summary", () => {
    expect(describeChart("Given.", "Summary.")).toBe("Given. Summary.");
    expect(describeChart("", "Summary.")).toBe("Summary.");
  });
});
