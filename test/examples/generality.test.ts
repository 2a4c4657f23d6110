// Generality as data: the points-based RTI-style example and the lettered (Open Budget Survey-style) example
// of examples/frameworks/, each a framework file plus a method file in examples/methods/, scored by the same
// engine as the EDI. Reference values: the hand computations of examples/frameworks/README.md, restated below.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type Framework,
  isP10Error,
  type Method,
  parseAssessments,
  parseFramework,
  parseMethod,
  rank,
  type ScoreSet,
  score,
} from "../../src/index.js";

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

function example(name: string, methodName: string): { fw: Framework; method: Method; set: ScoreSet } {
  const fw = parseFramework(readJson(`examples/frameworks/${name}.json`));
  const method = parseMethod(readJson(`examples/methods/${methodName}.json`));
  const csv = readFileSync(`examples/frameworks/${name}-sample.csv`, "utf8");
  return { fw, method, set: score(parseAssessments(csv, fw).dataset, fw, method) };
}

/** Exact node scores (fractions in lowest terms) of every entity, by node id. */
function exactScores(set: ScoreSet): Record<string, Record<string, string | null>> {
  const index = set.indices[0];
  return Object.fromEntries(
    set.units.map((u) => [
      u.entity,
      Object.fromEntries(
        (index?.nodes ?? []).map((n, pos) => [n.id, u.indices[0]?.nodes[pos]?.exact ?? null]),
      ),
    ]),
  );
}

describe("rti-style: points weighting and sum aggregation (examples/frameworks/README.md)", () => {
  const { fw, method, set } = example("rti-style", "rti-style-points");
  const s = exactScores(set);

  it("uses only data: native values, points weighting, sum at every level", () => {
    expect(method.framework).toBe(fw.id);
    expect(method.normalisation).toEqual({ method: "native" });
    expect(method.weighting).toEqual({ scheme: "points" });
    for (const level of ["index", "pillar", "group"] as const)
      expect(method.aggregation[level]).toEqual({ function: "sum" });
  });

  it("adds each category's points as the README does by hand", () => {
    const categories = [
      "right-of-access",
      "scope",
      "requesting-procedures",
      "exceptions-and-refusals",
      "appeals",
      "sanctions-and-protections",
      "promotional-measures",
    ];
    const by = (entity: string) => categories.map((c) => s[entity]?.[c]);
    // Aldoria: 2+2+2; 2+4+6+2+2+4+4; 2+4+2+2+2+4+4+4+2; 8+4+4+2+2+2+0+2; 2+4+4+2+4+2+4+2+2+2+2; 2+2+2+2; 8 × 2.
    expect(by("Aldoria")).toEqual(["6", "24", "26", "24", "30", "8", "16"]);
    // Brevania: 0+2+1; 2+2+4+0+0+2+2; 2+2+1+2+0+2+4+2+2; 5+2+0+2+2+2+0+1; 2+4+2+1+2+2+4+2+0+2+0; 1+0+2+0; 2+2+1+0+0+1+2+2.
    expect(by("Brevania")).toEqual(["3", "12", "17", "14", "21", "3", "10"]);
    // Corvenia: 0+1+0; 1+2+2+0+0+0+0; 0+2+0+1+0+2+2+0+2; 3+0+0+0+1+1+0+0; 1+0+0+0+0+0+2+1+0+2+0; 0+0+1+0; 1+0+1+0+0+0+1+0.
    expect(by("Corvenia")).toEqual(["1", "5", "9", "5", "6", "1", "3"]);
  });

  it("totals 134, 80 and 30 of 150 and ranks Aldoria, Brevania, Corvenia", () => {
    expect([s.Aldoria?.rti, s.Brevania?.rti, s.Corvenia?.rti]).toEqual(["134", "80", "30"]);
    expect(rank(set).indices[0]?.nodes[0]?.ranks).toEqual([1, 2, 3]);
    // The maximum: every answer at its top code is 150 (6 + 30 + 30 + 30 + 30 + 8 + 16).
    const top = fw.indicators.map((i) => `X,2025,${i.id},${i.scale.levels.at(-1)?.code}`);
    const best = score(
      parseAssessments(["entity,period,indicator,response", ...top].join("\n"), fw).dataset,
      fw,
      method,
    );
    expect(best.units[0]?.indices[0]?.nodes[0]?.exact).toBe("150");
  });

  it("refuses to total a rating with an unanswered indicator (missing: fail)", () => {
    const csv = readFileSync("examples/frameworks/rti-style-sample.csv", "utf8").replace(
      "Aldoria,2025,RA.1,2",
      "Aldoria,2025,RA.1,-",
    );
    try {
      score(parseAssessments(csv, fw).dataset, fw, method);
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.code).toBe("P10_MISSING_ANSWER");
    }
  });
});

describe("lettered: a/b/c/d = 100/67/33/0, e not applicable (examples/frameworks/README.md)", () => {
  const { fw, method, set } = example("lettered", "lettered-mean");
  const s = exactScores(set);

  it("reads letters as the scale's values and e as not applicable", () => {
    const scale = fw.scales.get("lettered");
    expect(["a", "b", "c", "d"].map((c) => scale?.read(c))).toEqual(
      [3, 2, 1, 0].map((level) => ({ kind: "level", level })),
    );
    expect(scale?.values.map(String)).toEqual(["0", "33", "67", "100"]);
    expect(scale?.read("e")).toEqual({ kind: "not-applicable" });
    expect(method.weighting).toEqual({ scheme: "flat-equal" });
  });

  it("scores the pillars as the mean of their answered scored questions, e and missing left out", () => {
    // Aldoria: T (100+67+100)/3 = 89 (T4 e); O (67+100+33)/3 = 200/3.
    expect([s.Aldoria?.transparency, s.Aldoria?.oversight]).toEqual(["89", "200/3"]);
    // Brevania: T (67+33+33)/3 = 133/3 (T3 e); O (67+0)/2 = 33.5 (O1 e).
    expect([s.Brevania?.transparency, s.Brevania?.oversight]).toEqual(["133/3", "67/2"]);
    // Corvenia: T (0+33+0)/3 = 11 (T4 missing); O (33+0)/2 = 16.5 (O2 e).
    expect([s.Corvenia?.transparency, s.Corvenia?.oversight]).toEqual(["11", "33/2"]);
  });

  it("never scores T5 (scored: false): it is reported, not aggregated", () => {
    expect(set.indices[0]?.indicators.map((i) => i.id)).not.toContain("T5");
    const t5 = fw.indicatorById.get("T5")?.ordinal as number;
    expect(set.units[0]?.answers[t5]?.code).toBe("a");
  });

  it("scores the index as the mean of the answered scored questions, 467/6, 40 and 66/5, as the README", () => {
    // Aldoria: T4 e. (100 + 67 + 100 + 67 + 100 + 33) / 6 = 467/6.
    // Brevania: T3 and O1 e. (67 + 33 + 33 + 67 + 0) / 5 = 200/5 = 40.
    // Corvenia: T4 missing, O2 e. (0 + 33 + 0 + 33 + 0) / 5 = 66/5.
    // Under flat-equal each pillar weighs its answered questions (Brevania 3 and 2, Corvenia 3 and 2), so
    // this is also (3 × 133/3 + 2 × 67/2) / 5 = 40, not the pillars' mean 38.91… nor (4 × … + 3 × …) / 7.
    expect([s.Aldoria?.["obs-style"], s.Brevania?.["obs-style"], s.Corvenia?.["obs-style"]]).toEqual([
      "467/6",
      "40",
      "66/5",
    ]);
    expect(rank(set).indices[0]?.nodes[0]?.ranks).toEqual([1, 2, 3]);
  });

  it("gives every answered scored question the same effective weight: 1/6 (Aldoria), 1/5 (the others)", () => {
    const weights = set.units.map((u) => [
      u.entity,
      [...new Set(u.indices[0]?.indicators.flatMap((i) => i.exactEffectiveWeight ?? []))],
    ]);
    expect(weights).toEqual([
      ["Aldoria", ["1/6"]],
      ["Brevania", ["1/5"]],
      ["Corvenia", ["1/5"]],
    ]);
  });
});

describe("no special-case code", () => {
  it("names neither example framework's id as a string anywhere in src/", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
      );
    for (const file of files("src")) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/["'`](rti-style|lettered|obs-style)["'`]/);
    }
  });
});
