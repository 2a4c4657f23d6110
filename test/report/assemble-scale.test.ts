// The chart scale of an index: the normalisation's range (EDI 0–3 native, p10-default 0–100 goalposts),
// widened to every score present (z-scores are data-driven), with the method's bands or one plain band.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAssessments } from "../../src/assessment/parse.js";
import { parseFramework } from "../../src/framework/parse.js";
import { assembleReport } from "../../src/report/assemble/report.js";
import { score } from "../../src/score/engine.js";
import { parseMethod } from "../../src/method/parse.js";
import { methods } from "../../src/method/registry.js";
import type { MethodInput } from "../../src/method/schema.js";
import { addsUp, chartScale, partsScale } from "../../src/report/assemble/scale.js";
import { SAMPLE_TEXT, sampleScores, scoreCsv } from "./assemble-fixtures.js";

const variant = (change: Partial<MethodInput>) => {
  const { $schema: _, ...base } = JSON.parse(JSON.stringify(methods.get("edi-2015"))) as MethodInput;
  return parseMethod({ ...base, ...change });
};

describe("chartScale", () => {
  it("draws EDI scores on the native 0–3 scale with the EDI bands and two decimals half-up", () => {
    expect(chartScale(sampleScores(), 0)).toEqual({
      domain: [0, 3],
      bands: [
        { label: "poor", upTo: 0.75 },
        { label: "fair", upTo: 1.5 },
        { label: "good", upTo: 2.25 },
        { label: "very good" },
      ],
      format: { decimals: 2, rounding: "half-up" },
    });
  });

  it("draws goalposts on 0–100 and gives one plain band when the method has none", () => {
    const scale = chartScale(
      scoreCsv(
        SAMPLE_TEXT,
        variant({
          normalisation: { method: "goalposts", range: "0-100", posts: {} },
          presentation: {
            places: 1,
            rounding: "half-even",
            bands: [],
            ranks: { ties: "competition", on: "exact" },
          },
        }),
      ),
      0,
    );
    expect(scale.domain).toEqual([0, 100]);
    expect(scale.bands).toEqual([{ label: "score", color: "#0072B2" }]);
  });

  it("property: under z-scores every node score lies in the domain and every band bound inside it", () => {
    const set = scoreCsv(SAMPLE_TEXT, variant({ normalisation: { method: "z-score" } }));
    const { domain, bands } = chartScale(set, 0);
    const scores = set.units.flatMap((u) =>
      u.indices[0]!.nodes.flatMap((n) => (n.score === null ? [] : [n.score.toNumber()])),
    );
    expect(Math.min(...scores)).toBeLessThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...scores), (s) => {
        expect(s).toBeGreaterThanOrEqual(domain[0]);
        expect(s).toBeLessThanOrEqual(domain[1]);
      }),
    );
    for (const b of bands) if (b.upTo !== undefined) expect(b.upTo).toBeLessThan(domain[1]);
  });
});

describe("scales of an index that adds points up (examples/frameworks/rti-style, points and sum)", () => {
  const read = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
  const fw = parseFramework(read("examples/frameworks/rti-style.json"));
  const method = parseMethod(read("examples/methods/rti-style-points.json"));
  const csv = readFileSync("examples/frameworks/rti-style-sample.csv", "utf8");
  const set = score(parseAssessments(csv, fw).dataset, fw, method);

  it("draws the index on the range of its points, widened past the top band bound (125) to round ticks", () => {
    // Scores 134, 80 and 30 (the README's hand computation); nice ticks of 0–140 hold 134 and 125 + 5 %.
    expect(addsUp(set, 0)).toBe(true);
    expect(chartScale(set, 0).domain).toEqual([0, 140]);
  });

  it("draws the pillars on their own range, without the index's bands", () => {
    const pillars = set.indices[0]!.nodes.filter((n) => n.level === "pillar").map((n) => n.pos);
    expect(partsScale(set, 0, pillars)).toEqual({
      domain: [0, 30],
      bands: [],
      format: chartScale(set, 0).format,
    });
  });

  it("ranks by the index alone: its parts are on other scales", () => {
    const report = assembleReport({ scoreSet: set });
    const ranking = report.blocks.find((b) => b.kind === "section" && b.id === "ranking");
    const figure = ranking?.kind === "section" ? ranking.blocks[1] : undefined;
    expect(figure?.kind === "figure" && figure.caption).toBe(
      "Right-to-information law rating (illustration) by entity, 2025.",
    );
  });
});
