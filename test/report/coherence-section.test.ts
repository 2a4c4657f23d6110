// The coherence section and its heatmap: structure, refusals, and that reports without --coherence are
// unchanged.
import { describe, expect, it } from "vitest";
import { analyseCoherence } from "../../src/coherence/analyse.js";
import { createDataset } from "../../src/advanced.js";
import { isP10Error, score } from "../../src/index.js";
import { assembleReport, reportHtml } from "../../src/report/assemble/report.js";
import { correlationHeatmap } from "../../src/report/svg/correlation-heatmap.js";
import { method, tiny, unitAnswers } from "../score/fixtures.js";

const rows = [
  unitAnswers("A", "2024", { a1: 3, a2: 3, a3: 2, b1: 3, b2: 3, c1: 0, d1: 0, d2: 0 }),
  unitAnswers("B", "2024", { a1: 1, a2: 0, a3: 1, b1: 1, b2: 1, c1: 3, d1: 3, d2: 1 }),
  unitAnswers("C", "2024", { a1: 2, a2: 2, a3: 2, b1: 2, b2: 0, c1: 1, d1: 1, d2: 1 }),
].flat();
const set = score(createDataset(tiny, rows), tiny, method());

describe("the coherence section", () => {
  it("adds a section with a heatmap per pillar, the alpha table and the shifts", () => {
    const doc = assembleReport({ scoreSet: set, coherence: analyseCoherence(set), profiles: false });
    const section = doc.blocks.find((b) => b.kind === "section" && b.id === "coherence");
    expect(section?.kind === "section" && section.heading).toBe("Statistical coherence, 2024");
    const html = reportHtml({ scoreSet: set, coherence: analyseCoherence(set), profiles: false });
    // P1 has two groups (a heatmap); P2 mixes an indicator and a group (still a heatmap of 2)
    expect(html.match(/id="coherence-heatmap-[^"]*-(P1|P2)"/g)).toHaveLength(2);
    expect(html).toContain("Rank shifts when one pillar is removed");
  });

  it("leaves a report without coherence as it was", () => {
    const html = reportHtml({ scoreSet: set, profiles: false });
    expect(html).not.toContain("Statistical coherence");
  });
});

describe("correlationHeatmap", () => {
  it("writes each value in its cell, with a true minus, and refuses a malformed matrix", () => {
    const svg = correlationHeatmap({
      id: "h",
      title: "T",
      labels: ["a", "b"],
      matrix: [
        [1, -0.25],
        [-0.25, 1],
      ],
    });
    expect(svg.match(/class="p10-cell"/g)).toHaveLength(4);
    expect(svg).toContain(">−.25<");
    for (const matrix of [
      [[1]],
      [
        [1, 2],
        [2, 1],
      ],
    ]) {
      try {
        correlationHeatmap({ id: "h", title: "T", labels: ["a", "b"], matrix });
        expect.unreachable();
      } catch (e) {
        expect(isP10Error(e) && e.code).toBe("P10_CHART_DATA");
      }
    }
  });
});
