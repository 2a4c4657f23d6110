// The example frameworks in examples/frameworks/ (illustrations of other scoring schemes as data) and their
// sample assessments. Reference values: the category maxima of the Global Right to Information Rating as
// given in DOMAIN.md (6/30/30/30/30/8/16 = 150), and the hand computations written out in
// examples/frameworks/README.md, recomputed here from the sample files by plain addition.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Framework, parseFramework } from "../../src/index.js";
import { frameworkSummary } from "../../src/advanced.js";

const load = (name: string): Framework =>
  parseFramework(JSON.parse(readFileSync(`examples/frameworks/${name}.json`, "utf8")), {
    file: `examples/frameworks/${name}.json`,
  });
const sample = (name: string) =>
  parse(readFileSync(`examples/frameworks/${name}-sample.csv`), { columns: true }) as Record<
    string,
    string
  >[];

/** Reads a sample row on its indicator's scale: the level's value as a number, or the answer's kind. */
function read(fw: Framework, row: Record<string, string>): number | "not-applicable" | "missing" {
  const indicator = fw.indicatorById.get(row.indicator as string);
  if (indicator === undefined) throw new Error(`unknown indicator ${row.indicator}`);
  const answer = indicator.scale.read(row.response as string);
  if (answer === undefined) throw new Error(`${row.response} is not on scale ${indicator.scale.id}`);
  if (answer.kind === "level") return Number(indicator.scale.values[answer.level]);
  if (answer.kind === "missing" || answer.kind === "not-applicable") return answer.kind;
  throw new Error(`${row.response} is not an answer on scale ${indicator.scale.id}`);
}

const RTI_MAXIMA: Record<string, number> = {
  "right-of-access": 6,
  scope: 30,
  "requesting-procedures": 30,
  "exceptions-and-refusals": 30,
  appeals: 30,
  "sanctions-and-protections": 8,
  "promotional-measures": 16,
};

describe("examples/frameworks/rti-style.json", () => {
  const rti = load("rti-style");
  const categories = rti.root.children;
  const indicatorsOf = (category: string) =>
    (rti.nodes.get(category)?.children ?? []).map((id) => rti.indicatorById.get(id));

  it("parses: 7 categories, 50 legal indicators directly under them", () => {
    expect(frameworkSummary(rti)).toEqual({
      pillars: 7,
      groups: 0,
      guidelines: 0,
      indicators: 50,
      legal: 50,
      practice: 0,
      scored: 50,
    });
    expect(categories).toEqual(Object.keys(RTI_MAXIMA));
  });

  it("has category maxima 6/30/30/30/30/8/16 and a total of 150 (sum of each indicator's scale maximum)", () => {
    const maxima = Object.fromEntries(
      categories.map((c) => [c, indicatorsOf(c).reduce((sum, i) => sum + Number(i?.scale.max), 0)]),
    );
    expect(maxima).toEqual(RTI_MAXIMA);
    expect(Object.values(maxima).reduce((a, b) => a + b, 0)).toBe(150);
  });

  it("makes every level code the number of points it is worth, on 0–2, 0–4, 0–6 and 0–10 scales", () => {
    expect([...rti.scales.keys()].sort()).toEqual(["points-0-10", "points-0-2", "points-0-4", "points-0-6"]);
    for (const scale of rti.scales.values()) {
      expect(scale.levels.map((l) => l.code)).toEqual(scale.levels.map((l) => l.value));
      expect(scale.id).toBe(`points-0-${scale.max}`);
    }
  });

  it("never lets a category exceed its maximum, and reaches it only with every indicator at the top (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...categories),
        fc.array(fc.nat(), { minLength: 11, maxLength: 11 }),
        (c, picks) => {
          const levels = indicatorsOf(c).map((i, k) => (picks[k] as number) % (i?.scale.levels.length ?? 1));
          const sum = indicatorsOf(c).reduce(
            (s, i, k) => s + Number(i?.scale.values[levels[k] as number]),
            0,
          );
          const allTop = indicatorsOf(c).every((i, k) => levels[k] === (i?.scale.levels.length ?? 0) - 1);
          expect(sum).toBeLessThanOrEqual(RTI_MAXIMA[c] as number);
          expect(sum === RTI_MAXIMA[c]).toBe(allTop);
        },
      ),
    );
  });

  it("has a complete sample whose category sums and totals match the README's hand computation", () => {
    const rows = sample("rti-style");
    expect(rows).toHaveLength(150);
    const sums: Record<string, number[]> = {};
    for (const row of rows) {
      const value = read(rti, row);
      if (typeof value !== "number") throw new Error(`unexpected ${value} in the RTI sample`);
      const category = rti.indicatorById.get(row.indicator as string)?.parent as string;
      const entity = (sums[row.entity as string] ??= categories.map(() => 0));
      const k = categories.indexOf(category);
      entity[k] = (entity[k] ?? 0) + value;
    }
    // README: Aldoria 6+24+26+24+30+8+16 = 134; Brevania 3+12+17+14+21+3+10 = 80; Corvenia 1+5+9+5+6+1+3 = 30.
    expect(sums).toEqual({
      Aldoria: [6, 24, 26, 24, 30, 8, 16],
      Brevania: [3, 12, 17, 14, 21, 3, 10],
      Corvenia: [1, 5, 9, 5, 6, 1, 3],
    });
    expect(Object.values(sums).map((s) => s.reduce((a, b) => a + b, 0))).toEqual([134, 80, 30]);
  });

  it("says it is an illustration, not the real RTI Rating", () => {
    expect(rti.document.description).toMatch(/^AN ILLUSTRATION, NOT THE GLOBAL RIGHT TO INFORMATION RATING/);
  });
});

describe("examples/frameworks/lettered.json", () => {
  const lettered = load("lettered");
  const scale = lettered.scales.get("lettered");

  it("parses: 2 pillars, 8 questions of which 7 are scored", () => {
    expect(frameworkSummary(lettered)).toEqual({
      pillars: 2,
      groups: 0,
      guidelines: 0,
      indicators: 8,
      legal: 0,
      practice: 8,
      scored: 7,
    });
    expect(lettered.indicators.filter((i) => !i.scored).map((i) => i.id)).toEqual(["T5"]);
  });

  it("maps a, b, c, d to 100, 67, 33, 0 and treats e as not applicable", () => {
    const value = (token: string) => {
      const a = scale?.read(token);
      return a?.kind === "level" ? scale?.values[a.level]?.toString() : a?.kind;
    };
    expect(["a", "B", "c", "d", "e", "E", "-", ""].map(value)).toEqual([
      "100",
      "67",
      "33",
      "0",
      "not-applicable",
      "not-applicable",
      "missing",
      "missing",
    ]);
    expect(scale?.read("f")).toBeUndefined();
  });

  it("has a sample whose flat means of scored answers match the README's hand computation", () => {
    const rows = sample("lettered");
    expect(rows).toHaveLength(24);
    const totals: Record<string, [number, number]> = {};
    for (const row of rows) {
      const value = read(lettered, row);
      const entity = (totals[row.entity as string] ??= [0, 0]);
      if (typeof value === "number" && lettered.indicatorById.get(row.indicator as string)?.scored) {
        entity[0] += value;
        entity[1] += 1;
      }
    }
    // README: Aldoria 467/6; Brevania 200/5 = 40; Corvenia 66/5 = 13.2.
    expect(totals).toEqual({ Aldoria: [467, 6], Brevania: [200, 5], Corvenia: [66, 5] });
    expect(rows.filter((r) => r.response === "e")).toHaveLength(5);
  });
});
