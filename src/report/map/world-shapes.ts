/**
 * The world map's geometry as plain data: country shapes already projected to SVG path strings, so the
 * report's chart builder colours them without any geometry code and the core needs no map library. The
 * Node side makes them (`src/cli/world-map.ts`: Natural Earth via world-atlas, d3-geo's Equal Earth).
 */

/** The width, in px, the shapes are projected to (a 900 px chart less its margins). */
export const WORLD_MAP_WIDTH = 884;

/** One country shape. */
export interface WorldShape {
  /** Its ISO 3166-1 numeric code (three digits), or `null` for a shape without one (e.g. Somaliland). */
  readonly numeric: string | null;
  /** Its SVG path data in map pixels (origin top left, {@link WorldShapes.width} wide). */
  readonly d: string;
}

/** The projected world, with markers for assessed places too small to see. */
export interface WorldShapes {
  readonly width: number;
  readonly height: number;
  /** Every shape, in drawing order. */
  readonly shapes: readonly WorldShape[];
  /** Centres (map pixels) of the requested places whose shape is too small to see at this scale. */
  readonly markers: readonly { readonly numeric: string; readonly x: number; readonly y: number }[];
  /** Where the shapes come from, for the figure's caption. */
  readonly source: string;
}
