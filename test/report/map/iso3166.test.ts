// The ISO 3166-1 table behind the world map: reference values from ISO 3166-1 (the Online Browsing
// Platform's numeric codes), the committed CSV and its generated module agree, and fictional ids draw no map.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { iso3166Entities, isoCountry } from "../../../src/report/map/iso3166.js";
import { ISO_3166_1 } from "../../../src/report/map/iso3166-table.js";

describe("ISO 3166-1 codes", () => {
  it("holds the 249 entries of ISO 3166-1, each code once, as the committed CSV", () => {
    expect(ISO_3166_1).toHaveLength(249);
    expect(new Set(ISO_3166_1.map((r) => r[0])).size).toBe(249);
    expect(new Set(ISO_3166_1.map((r) => r[1])).size).toBe(249);
    const csv = readFileSync("data/sources/iso-3166-1.csv", "utf8").trim().split("\n");
    expect(csv[0]).toBe("alpha3,numeric,name");
    expect(csv).toHaveLength(250);
    expect(csv.slice(1).map((line) => line.slice(0, 7))).toEqual(ISO_3166_1.map((r) => `${r[0]},${r[1]}`));
  });

  it("maps alpha-3 codes to the numeric codes Natural Earth uses as ids", () => {
    // ISO 3166-1: Brazil 076, Chile 152, Antigua and Barbuda 028, Saint Vincent and the Grenadines 670.
    expect(isoCountry("BRA")).toEqual({ alpha3: "BRA", numeric: "076", name: "Brazil" });
    expect(isoCountry("CHL")?.numeric).toBe("152");
    expect(isoCountry("ATG")?.numeric).toBe("028");
    expect(isoCountry("VCT")?.name).toBe("Saint Vincent and the Grenadines");
    expect(isoCountry("bra")).toBeUndefined();
    expect(isoCountry("XKX")).toBeUndefined();
  });

  it("calls data geographic only when every id is a code", () => {
    expect([...(iso3166Entities(["CHL", "BRA"]) ?? new Map()).keys()]).toEqual(["CHL", "BRA"]);
    expect(iso3166Entities([])).toBeNull();
    // The fictional samples: BEL is Belgium, but ARV is no country, so no map.
    expect(iso3166Entities(["ARV", "BEL"])).toBeNull();
    const sample = readFileSync("seeds/edi-2015-sample.csv", "utf8")
      .split("\n")
      .slice(1)
      .filter((l) => l !== "")
      .map((l) => l.slice(0, l.indexOf(",")));
    expect(iso3166Entities(new Set(sample))).toBeNull();
  });
});
