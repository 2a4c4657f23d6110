// The world the report's map draws (src/cli/world-map.ts: world-atlas + topojson-client + d3-geo) and the
// choropleth builder that colours it, on the synthetic ISO fixture's codes.
import { describe, expect, it } from "vitest";
import { worldShapes } from "../../../src/cli/world-map.js";
import { isoCountry } from "../../../src/report/map/iso3166.js";
import { WORLD_MAP_WIDTH } from "../../../src/report/map/world-shapes.js";
import { choroplethMap } from "../../../src/report/svg/choropleth.js";
import { expectAccessibleFrame, expectDeterministic } from "../svg/chart-checks.js";

const code = (alpha3: string) => isoCountry(alpha3)!.numeric;
const BANDS = [{ label: "low", upTo: 1.5 }, { label: "high" }] as const;

describe("the projected world", () => {
  it("draws Natural Earth's 1:110m countries less Antarctica, the same bytes each time", async () => {
    const world = await worldShapes([code("BRA")]);
    expect(world.width).toBe(WORLD_MAP_WIDTH);
    // Equal Earth's aspect ratio is about 0.487; Antarctica left out, the rest is about 0.48 of the width.
    expect(world.height).toBeGreaterThan(380);
    expect(world.height).toBeLessThan(430);
    // world-atlas 2.0.2: 177 shapes at 1:110m, Antarctica (010) left out.
    expect(world.shapes).toHaveLength(176);
    expect(world.shapes.some((s) => s.numeric === "010")).toBe(false);
    expect(world.shapes.filter((s) => s.numeric === null)).toHaveLength(3); // N. Cyprus, Somaliland, Kosovo
    expect(world.shapes.find((s) => s.numeric === "076")!.d).toMatch(/^M[0-9.,LZM-]+Z$/);
    expect(world.markers).toEqual([]);
    expect(JSON.stringify(await worldShapes([code("BRA")]))).toBe(JSON.stringify(world));
  });

  it("adds small states from 1:50m with a marker, and has no shape for Tuvalu", async () => {
    const world = await worldShapes(["ATG", "BRA", "LUX", "TUV"].map(code));
    expect(world.shapes).toHaveLength(177); // Antigua and Barbuda added from 1:50m
    expect(world.shapes.some((s) => s.numeric === code("ATG"))).toBe(true);
    expect(world.shapes.some((s) => s.numeric === code("TUV"))).toBe(false);
    // Antigua (1:50m) and Luxembourg (about 2 px² at 1:110m) are marked; Brazil is not.
    expect(world.markers.map((m) => m.numeric)).toEqual([code("ATG"), code("LUX")]);
    const antigua = world.markers[0]!;
    // 17°N 62°W: right of the middle's left half, a bit above the equator.
    expect(antigua.x).toBeGreaterThan(WORLD_MAP_WIDTH * 0.3);
    expect(antigua.x).toBeLessThan(WORLD_MAP_WIDTH * 0.35);
    expect(antigua.y).toBeLessThan(world.height / 2);
  });
});

describe("choroplethMap", () => {
  const shapes = {
    width: 300,
    height: 50,
    shapes: [
      { numeric: "076", d: "M10,10L40,10L40,40Z" },
      { numeric: "152", d: "M50,10L60,10L60,40Z" },
      { numeric: "032", d: "M70,10L80,10L80,40Z" },
      { numeric: null, d: "M90,10L95,10L95,20Z" },
    ],
    markers: [{ numeric: "152", x: 55, y: 25 }],
    source: "test",
  };
  const input = {
    id: "map",
    title: "Index by country",
    shapes,
    regions: [
      { numeric: "076", label: "Brazil", value: 2.1, valueText: "2.10" },
      { numeric: "152", label: "Chile", value: 0.5, valueText: "0.50" },
      { numeric: "032", label: "Argentina", value: null, valueText: "–" },
    ],
    domain: [0, 3] as const,
    bands: BANDS,
    format: { decimals: 2 },
  };

  it("fills each assessed shape with its band, others grey, and marks small places", () => {
    const svg = choroplethMap(input);
    expectAccessibleFrame(svg, "map", "Index by country");
    // The default two-band ramp (as resolveBands gives it): low light, high dark.
    expect(svg).toMatch(
      /<path class="p10-region" d="M10,10L40,10L40,40Z" fill="#08306b"[^>]*><title>Brazil: 2.10 \(high\)<\/title>/,
    );
    expect(svg).toMatch(
      /<path class="p10-region" d="M50,10L60,10L60,40Z" fill="#c6dbef"[^>]*><title>Chile: 0.50 \(low\)<\/title>/,
    );
    expect(svg).toMatch(
      /<path class="p10-region" d="M70,10L80,10L80,40Z" fill="#ffffff"[^>]*><title>Argentina: no score<\/title>/,
    );
    expect(svg).toContain('<path d="M90,10L95,10L95,20Z" fill="#d9d9d9"/>');
    expect(svg).toMatch(/<circle class="p10-marker" cx="55" cy="25" r="4" fill="#c6dbef"/);
    expect(svg).toContain("Brazil 2.10 (high); Chile 0.50 (low); Argentina no score.");
    for (const key of ["low (≤ 1.50)", "high (&gt; 1.50)", "no score", "not assessed"])
      expect(svg).toContain(`>${key}</text>`);
    expectDeterministic(choroplethMap, input);
  });

  it("refuses a place listed twice and a value outside the domain", () => {
    const twice = { ...input, regions: [input.regions[0]!, input.regions[0]!] };
    expect(() => choroplethMap(twice)).toThrow(/regions\[1\]\.numeric: 076 is listed twice/);
    const out = { ...input, regions: [{ ...input.regions[0]!, value: 4 }] };
    expect(() => choroplethMap(out)).toThrow(/P10_CHART_DATA|outside/);
  });
});
