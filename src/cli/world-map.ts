/**
 * Projects the world for the report's map, in Node, only when the data is geographic (`p10 report` loads
 * this module lazily): Natural Earth's country shapes from the `world-atlas` package (1:110m for the world,
 * 1:50m for assessed small states missing at 1:110m), turned into GeoJSON by `topojson-client` and into SVG
 * path strings by `d3-geo` with the Equal Earth projection (an equal-area projection, so a choropleth's
 * areas are not distorted). Path coordinates are written with one decimal (`geoPath().digits(1)`): the
 * same packages and codes give the same bytes.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { P10Error } from "../errors.js";
import { WORLD_MAP_WIDTH, type WorldShape, type WorldShapes } from "../report/map/world-shapes.js";

/** A shape smaller than this, in square map pixels, also gets a marker (Luxembourg is about 2). */
const MIN_VISIBLE_AREA = 12;
/** Antarctica: left out of the world drawn unless assessed (it would take a fifth of the map's height). */
const ANTARCTICA = "010";
const SOURCE =
  "Shapes: Natural Earth 4.1.0 Admin 0 countries (1:110m; 1:50m for small states), via world-atlas 2.0.2; Equal Earth projection.";

type Countries = FeatureCollection<Geometry, { name?: string }>;

/** Reads one world-atlas topology as GeoJSON features. */
async function countries(scale: "110m" | "50m"): Promise<Countries> {
  const require = createRequire(import.meta.url);
  let file: string;
  try {
    file = require.resolve(`world-atlas/countries-${scale}.json`);
  } catch {
    throw new P10Error(
      "P10_REPORT_INPUT",
      "the world map needs the world-atlas package (a dependency of principle10): reinstall principle10",
    );
  }
  const topology = JSON.parse(await readFile(file, "utf8")) as Topology<{ countries: GeometryCollection }>;
  const { feature } = await import("topojson-client");
  return feature(topology, topology.objects.countries) as Countries;
}

/** A feature's ISO numeric code, or `null` (world-atlas leaves it out for shapes without one). */
const codeOf = (f: Feature): string | null => (typeof f.id === "string" ? f.id : null);

/**
 * Projects the world with the places of `numericCodes` drawn and, when tiny, marked.
 *
 * @param numericCodes - ISO 3166-1 numeric codes of the assessed entities.
 * @returns the shapes as SVG paths, markers and the source line.
 * @throws P10Error `P10_REPORT_INPUT` when the world-atlas package is missing.
 */
export async function worldShapes(numericCodes: readonly string[]): Promise<WorldShapes> {
  const { geoEqualEarth, geoPath } = await import("d3-geo");
  const wanted = new Set(numericCodes);
  const world = (await countries("110m")).features.filter(
    (f) => codeOf(f) !== ANTARCTICA || wanted.has(ANTARCTICA),
  );
  const present = new Set(world.map(codeOf));
  const missing = [...wanted].filter((c) => !present.has(c));
  const small =
    missing.length === 0
      ? []
      : (await countries("50m")).features.filter((f) => missing.includes(codeOf(f) ?? ""));
  const projection = geoEqualEarth().fitWidth(WORLD_MAP_WIDTH, {
    type: "FeatureCollection",
    features: world,
  });
  const path = geoPath(projection).digits(1);
  const height = Math.ceil(path.bounds({ type: "FeatureCollection", features: world })[1][1]);
  const shapes: WorldShape[] = [];
  const markers: { numeric: string; x: number; y: number }[] = [];
  for (const f of [...world, ...small]) {
    const d = path(f);
    if (d === null || d === "") continue;
    const numeric = codeOf(f);
    shapes.push({ numeric, d });
    if (numeric !== null && wanted.has(numeric) && path.area(f) < MIN_VISIBLE_AREA) {
      const [x, y] = path.centroid(f);
      if (Number.isFinite(x) && Number.isFinite(y)) markers.push({ numeric, x, y });
    }
  }
  markers.sort((a, b) => (a.numeric < b.numeric ? -1 : a.numeric > b.numeric ? 1 : 0));
  return { width: WORLD_MAP_WIDTH, height, shapes, markers, source: SOURCE };
}
