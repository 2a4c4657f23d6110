// The bundled methods, and the edi-2015 method against the EDI rules of DOMAIN.md.
import { describe, expect, it } from "vitest";
import { frameworks, isP10Error, methods, parseMethod } from "../../src/index.js";
import ediJson from "../../data/methods/edi-2015.json" with { type: "json" };

describe("methods registry", () => {
  it("lists, has and gets bundled methods", () => {
    expect(methods.list()).toContainEqual({
      id: "edi-2015",
      version: "1.0.0",
      title: expect.any(String),
      framework: "edi-2015",
    });
    expect(methods.has("edi-2015")).toBe(true);
    expect(methods.has("nope")).toBe(false);
    expect(methods.get("edi-2015")).toBe(methods.get("edi-2015"));
    expect(methods.forFramework("edi-2015")?.id).toBe("edi-2015");
    expect(methods.forFramework("nope")).toBeUndefined();
  });

  it("names the bundled ids when a method is unknown", () => {
    try {
      methods.get("nope");
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.code).toBe("P10_UNKNOWN_METHOD");
      expect((e as Error).message).toMatch(/edi-2015/);
    }
  });

  it("every bundled method parses from its JSON file", () => {
    expect(parseMethod(ediJson)).toEqual(methods.get("edi-2015"));
  });
});

describe("edi-2015 method (EDI rules, DOMAIN.md)", () => {
  const m = methods.get("edi-2015");

  it("is made for the edi-2015 framework with one index named edi over legal indicators", () => {
    expect(m.framework).toBe("edi-2015");
    expect(m.indices).toEqual([{ id: "edi", title: "Environmental Democracy Index", kinds: ["legal"] }]);
    expect(frameworks.get("edi-2015").root.id).toBe("edi");
  });

  it("scores on the native 0–3 scale with equal nested weights and arithmetic means at every level", () => {
    expect(m.normalisation).toEqual({ method: "native" });
    expect(m.weighting).toEqual({ scheme: "nested-equal" });
    for (const level of ["index", "pillar", "group"] as const)
      expect(m.aggregation[level]).toEqual({ function: "arithmetic" });
    expect(m.aggregation.overrides).toEqual({});
  });

  it("drops missing answers and publishes a mean whenever any answer exists (minCoverage 0)", () => {
    expect(m.missing).toBe("drop");
    expect(m.minCoverage).toBe("0");
    expect(m.description).toMatch(/any answer existed/);
  });

  it("shows two decimals, says why it rounds half-up, and uses the EDI bands and competition ranks", () => {
    expect(m.presentation.places).toBe(2);
    expect(m.presentation.rounding).toBe("half-up");
    expect(m.description).toMatch(/half-up/);
    expect(m.presentation.bands).toEqual([
      { label: "poor", max: "0.75" },
      { label: "fair", max: "1.5" },
      { label: "good", max: "2.25" },
      { label: "very good" },
    ]);
    expect(m.presentation.ranks).toEqual({ ties: "competition", on: "exact" });
  });
});
