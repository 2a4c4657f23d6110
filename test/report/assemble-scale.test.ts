// The chart scale of an index: the normalisation's range (EDI 0–3 native, p10-default 0–100 goalposts),
// widened to every score present (z-scores are data-driven), with the method's bands or one plain band.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMethod } from "../../src/method/parse.js";
import { methods } from "../../src/method/registry.js";
import type { MethodInput } from "../../src/method/schema.js";
import { chartScale } from "../../src/report/assemble/scale.js";
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
