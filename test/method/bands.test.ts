// Bands as publishers define them (issue #20): the object form { on, default, nodes }. IBP's Open Budget
// Index categories apply to the published (rounded) score: India 2008 scored 60.49 exactly, published 60,
// category "Some" (41–60) — banding the exact score would say "Significant".
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDataset, dec, P10Decimal } from "../../src/advanced.js";
import { rank, score } from "../../src/index.js";
import { bandsOfNode, displayScore, nodeBand } from "../../src/method/presentation.js";
import { scoreRows } from "../../src/report/score-rows.js";
import { method, tiny, unitAnswers } from "../score/fixtures.js";

const OBI = [
  { label: "Scant or none", max: "20" },
  { label: "Minimal", max: "40" },
  { label: "Some", max: "60" },
  { label: "Significant", max: "80" },
  { label: "Extensive" },
];

describe("bands on the displayed score", () => {
  const onRounded = method({
    presentation: { places: 0, rounding: "half-up", bands: { on: "rounded", default: OBI } },
  }).presentation;
  const onExact = method({
    presentation: { places: 0, rounding: "half-up", bands: { on: "exact", default: OBI } },
  }).presentation;

  it("puts an exact 60.49 (shown 60) in the band whose max is 60", () => {
    expect(displayScore(dec("60.49"), onRounded)).toBe("60");
    expect(nodeBand(dec("60.49"), onRounded, "obi")).toBe("Some");
    expect(nodeBand(dec("60.49"), onExact, "obi")).toBe("Significant");
    // 60.5 is shown 61 (half-up): Significant either way.
    expect(nodeBand(dec("60.5"), onRounded, "obi")).toBe("Significant");
    expect(nodeBand(null, onRounded, "obi")).toBeNull();
  });

  it("the array form means the same list on the exact score", () => {
    const asArray = method({ presentation: { places: 0, rounding: "half-up", bands: OBI } }).presentation;
    expect(nodeBand(dec("60.49"), asArray, "x")).toBe("Significant");
    expect(nodeBand(dec("60"), asArray, "x")).toBe("Some");
  });

  it("decides the band from the displayed score only (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 2 }),
        (a, b, places) => {
          const p = { ...onRounded, places };
          const x = new P10Decimal(a).div(1000);
          const y = new P10Decimal(b).div(1000);
          if (displayScore(x, p) === displayScore(y, p)) {
            expect(nodeBand(x, p, "obi")).toBe(nodeBand(y, p, "obi"));
          }
          // and it is the band of the displayed number itself
          expect(nodeBand(x, p, "obi")).toBe(
            nodeBand(new P10Decimal(displayScore(x, p) as string), p, "obi"),
          );
        },
      ),
    );
  });
});

describe("bands per node", () => {
  // tiny: P1 = {G1: a1 a2 a3, G2: b1 b2}, P2 = {c1, G3: d1 d2}; q4 is 0–3.
  const m = method({
    minCoverage: "0",
    presentation: {
      places: 2,
      rounding: "half-up",
      bands: {
        default: [{ label: "low", max: "1.5" }, { label: "high" }],
        nodes: {
          P1: [{ label: "weak", max: "1" }, { label: "moderate", max: "2" }, { label: "strong" }],
          G3: [],
        },
      },
    },
  });

  it("uses the node's own list, else the default, and none for an empty list", () => {
    expect(bandsOfNode(m.presentation, "P1").map((b) => b.label)).toEqual(["weak", "moderate", "strong"]);
    expect(bandsOfNode(m.presentation, "tiny").map((b) => b.label)).toEqual(["low", "high"]);
    // Hand computation: a1..a3 = 3, 2, 2 → G1 = 7/3 ≈ 2.33; nothing else answered, so P1 = tiny = 2.33.
    const ds = createDataset(tiny, unitAnswers("AA", "2024", { a1: 3, a2: 2, a3: 2, d1: 0 }));
    const set = score(ds, tiny, m);
    const bands = Object.fromEntries(scoreRows(set, rank(set)).map((r) => [r.node, r.band]));
    expect(bands.P1).toBe("strong"); // 2.33 > 2
    expect(bands.G1).toBe("high"); // default list: 2.33 > 1.5
    expect(bands.G3).toBeNull(); // its own empty list: no band
    expect(bands.a1).toBeNull(); // indicators carry no band
  });

  it("refuses an unknown node and descending bounds", () => {
    expect(() =>
      score(
        createDataset(tiny, []),
        tiny,
        method({ presentation: { bands: { nodes: { nope: [{ label: "x" }] } } } }),
      ),
    ).toThrow(/bands for "nope", which is not a node/);
    expect(() =>
      method({
        presentation: {
          bands: { nodes: { P1: [{ label: "a", max: "2" }, { label: "b", max: "1" }, { label: "c" }] } },
        },
      }),
    ).toThrow(/band maxima must ascend/);
  });
});
