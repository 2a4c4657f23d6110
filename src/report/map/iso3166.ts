/**
 * ISO 3166-1 codes for the report's world map: entity ids that are all alpha-3 codes make the data
 * geographic, and each code's numeric twin finds its shape (Natural Earth's ids are numeric codes). The
 * table and its source: `data/sources/iso-3166-1.md`.
 */
import { ISO_3166_1 } from "./iso3166-table.js";

/** One ISO 3166-1 entry. */
export interface IsoCountry {
  /** The alpha-3 code, e.g. `"BRA"`. */
  readonly alpha3: string;
  /** The numeric code as three digits, e.g. `"076"`. */
  readonly numeric: string;
  /** ISO's English short name, e.g. `"Brazil"`. */
  readonly name: string;
}

let byAlpha3: Map<string, IsoCountry> | undefined;

/**
 * Looks up an ISO 3166-1 alpha-3 code (exactly as written: upper case, no spaces).
 *
 * @param code - e.g. `"BRA"`.
 * @returns the entry, or `undefined` for a code that is not in ISO 3166-1.
 * @throws never.
 * @example
 * ```ts
 * isoCountry("BRA"); // { alpha3: "BRA", numeric: "076", name: "Brazil" }
 * isoCountry("ARV"); // undefined: a fictional jurisdiction
 * ```
 */
export function isoCountry(code: string): IsoCountry | undefined {
  if (byAlpha3 === undefined) {
    byAlpha3 = new Map(ISO_3166_1.map(([alpha3, numeric, name]) => [alpha3, { alpha3, numeric, name }]));
  }
  return byAlpha3.get(code);
}

/**
 * The ISO entries of entity ids when every id is an ISO 3166-1 alpha-3 code, else `null`: a map is drawn
 * only when all the data is geographic, so fictional ids that happen to match a code (e.g. `BEL`) among
 * others do not put a few of them on a world map.
 *
 * @param ids - the entity ids.
 * @returns the entries by id, or `null` (also for no ids).
 * @throws never.
 * @example
 * ```ts
 * iso3166Entities(["BRA", "CHL"])?.get("CHL")?.numeric; // "152"
 * iso3166Entities(["BRA", "ARV"]); // null
 * ```
 */
export function iso3166Entities(ids: Iterable<string>): Map<string, IsoCountry> | null {
  const out = new Map<string, IsoCountry>();
  for (const id of ids) {
    const entry = isoCountry(id);
    if (entry === undefined) return null;
    out.set(id, entry);
  }
  return out.size === 0 ? null : out;
}
