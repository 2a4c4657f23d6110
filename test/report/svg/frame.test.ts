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

  it("sets a title too wide for its chart smaller before shortening it", () => {
    const title = "Environmental Democracy Index by country, 2024";
    const svg = svgFrame({ id: "c", title, description: "D", width: 316, height: 50, body: [] });
    // 14 px bold is about 330 px wide; 10.5 px fits the 300 px between the margins.
    expect(svg).toContain(`<text x="8" y="18" font-size="10.5" font-weight="bold">${title}</text>`);
  });

  it("wraps panel headers onto lines within their panel instead of cutting them, and moves the rows down", () => {
    const input = rankingInput();
    const short = rankingChart({ ...input, measures: ["Index", "Information", "P", "J"] });
    const svg = rankingChart({
      ...input,
      measures: ["Index", "Access to information, the long form of the pillar's name", "P", "J"],
    });
    const header = svg.match(/<text class="p10-measure"[^>]*>(<tspan[\s\S]*?)<\/text>/)![1]!;
    const lines = [...header.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("Access to information, the long form of the pillar&#39;s name");
    expect(svg).not.toContain("\u2026");
    // The rows start one header line (13 px) lower per extra line.
    const top = (s: string) => Number(s.match(/<rect class="p10-bar" x="[^"]*" y="([^"]*)"/)![1]);
    expect(top(svg) - top(short)).toBe(13 * (lines.length - 1));
  });

  it("puts the caller's description before the generated summary", () => {
    expect(describeChart("Given.", "Summary.")).toBe("Given. Summary.");
    expect(describeChart("", "Summary.")).toBe("Summary.");
  });
});
