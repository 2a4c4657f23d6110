// Crosswalks: validation of the document (schema, duplicate targets) and against the two frameworks (ids,
// versions, level codes) with JSON paths; applying the bundled edi-2015 → p10-2026 map to datasets and records
// (every EDI id kept under the same id, each answer on the same code, its CSV line and note kept, the new
// indicators absent); what the map cannot reach (G7, G14, G25 and DEF: the groups EDI never assessed).
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ABSENT,
  type AnswerInput,
  buildDataset,
  createDataset,
  crosswalkReach,
  MISSING,
  NOT_APPLICABLE,
} from "../../src/advanced.js";
import {
  applyCrosswalk,
  type Crosswalk,
  frameworks,
  isP10Error,
  type P10Issue,
  parseAssessments,
  parseCrosswalk,
} from "../../src/index.js";
import { crosswalkIssues, crosswalkRecords } from "../../src/compare/crosswalk.js";

const FILE = "data/crosswalks/edi-2015_to_p10-2026.json";
const json = JSON.parse(readFileSync(FILE, "utf8")) as Record<string, unknown> & {
  map: Record<string, string>;
};
const edi = frameworks.get("edi-2015");
const p10 = frameworks.get("p10-2026");
const bundled = parseCrosswalk(json, { file: FILE });
const sampleText = readFileSync("seeds/edi-2015-sample.csv", "utf8");
const sample = parseAssessments(sampleText, edi, { file: "seeds/edi-2015-sample.csv" });

/** The issues of a call that must throw a P10Error with this code. */
function issuesOf(code: string, f: () => unknown): readonly P10Issue[] {
  try {
    f();
  } catch (e) {
    if (isP10Error(e) && e.code === code) return e.issues;
    throw e;
  }
  throw new Error(`expected ${code}`);
}

const withMap = (map: Record<string, string>): Crosswalk => ({ ...bundled, map });

describe("parseCrosswalk", () => {
  it("reads the bundled crosswalk: 99 identity pairs from edi-2015 1.1.0 to p10-2026 1.2.0", () => {
    expect(bundled.from).toEqual({ framework: "edi-2015", version: "1.1.0" });
    expect(bundled.to).toEqual({ framework: "p10-2026", version: "1.2.0" });
    expect(Object.keys(bundled.map)).toHaveLength(99);
  });

  it("reports schema problems, unknown and forbidden keys with JSON paths and the file", () => {
    const { to: _, ...noTo } = json;
    const missing = issuesOf("P10_CROSSWALK_INVALID", () => parseCrosswalk(noTo, { file: "x.json" }));
    expect(missing.map((i) => [i.code, i.path, i.file])).toEqual([["P10_CROSSWALK_SCHEMA", "to", "x.json"]]);
    const extra = issuesOf("P10_CROSSWALK_INVALID", () => parseCrosswalk({ ...json, note: "hi" }));
    expect(extra.map((i) => [i.code, i.path])).toEqual([["P10_CROSSWALK_UNKNOWN_KEY", "note"]]);
    const badId = issuesOf("P10_CROSSWALK_INVALID", () => parseCrosswalk({ ...json, map: { "1.1": "" } }));
    expect(badId.map((i) => [i.code, i.path])).toEqual([["P10_CROSSWALK_SCHEMA", 'map["1.1"]']]);
    const proto = issuesOf("P10_CROSSWALK_INVALID", () =>
      parseCrosswalk(JSON.parse('{"id":"x","__proto__":{"a":1}}')),
    );
    expect(proto.map((i) => [i.code, i.path])).toEqual([["P10_CROSSWALK_FORBIDDEN_KEY", "__proto__"]]);
  });

  it("refuses two sources for one target, naming the later one", () => {
    const issues = issuesOf("P10_CROSSWALK_INVALID", () =>
      parseCrosswalk({ ...json, map: { "1.1": "1.1", "1.2": "1.1", "1.3": "1.3" } }),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([["P10_CROSSWALK_DUPLICATE_TARGET", 'map["1.2"]']]);
    expect(issues[0]?.message).toBe('"1.2" and "1.1" both map to "1.1"; a target indicator takes one source');
  });
});

describe("crosswalkIssues", () => {
  it("finds nothing wrong with the bundled crosswalk", () => {
    expect(crosswalkIssues(bundled, edi, p10)).toEqual([]);
  });

  it("checks framework ids and versions on both sides", () => {
    const wrongSide = crosswalkIssues(bundled, p10, edi).map((i) => [i.code, i.path]);
    expect(wrongSide).toEqual([
      ["P10_CROSSWALK_FRAMEWORK", "from.framework"],
      ["P10_CROSSWALK_FRAMEWORK", "to.framework"],
    ]);
    const old = { ...bundled, from: { framework: "edi-2015", version: "0.9.0" } };
    expect(crosswalkIssues(old, edi, p10)).toEqual([
      {
        code: "P10_CROSSWALK_VERSION",
        severity: "error",
        path: "from.version",
        message: "the crosswalk was written for edi-2015 0.9.0, not 1.1.0",
      },
    ]);
  });

  it("checks every source and target id and that paired scales share their level codes", () => {
    const cw = withMap({ ...bundled.map, "9.9": "1.1", "1.1": "1.99", "1.2": "P1.1" });
    const errors = crosswalkIssues(cw, edi, p10).filter((i) => i.severity === "error");
    expect(errors.map((i) => [i.code, i.path])).toEqual([
      ["P10_CROSSWALK_UNKNOWN_TARGET", 'map["1.1"]'],
      ["P10_CROSSWALK_SCALE", 'map["1.2"]'],
      ["P10_CROSSWALK_UNKNOWN_SOURCE", 'map["9.9"]'],
    ]);
    expect(errors[1]?.message).toBe(
      '"1.2" (scale edi-legal: 0, 1, 2, 3) and "P1.1" (scale p10-practice: 0, 1, 2) do not have the same level codes',
    );
  });

  it("accepts P20.2's reversed scale: the same codes in another order", () => {
    expect(p10.indicatorById.get("P20.2")?.scale.levels.map((l) => l.code)).toEqual(["2", "1", "0"]);
    expect(
      crosswalkIssues(withMap({ "P20.2": "P20.2" }), edi, p10).filter((i) => i.severity === "error"),
    ).toEqual([]);
  });

  it("warns of source indicators mapped to nothing (their answers are dropped)", () => {
    const { "1.1": _, "P2.1": __, ...rest } = bundled.map;
    expect(crosswalkIssues(withMap(rest), edi, p10)).toEqual([
      {
        code: "P10_CROSSWALK_UNMAPPED",
        severity: "warning",
        path: "map",
        message: "2 indicators of edi-2015 map to nothing; their answers are dropped: 1.1, P2.1",
      },
    ]);
  });
});

/** Random EDI answers: each cell absent, missing, not applicable or a level, from a few units. */
const ediAnswers = fc
  .array(
    fc.record({
      entity: fc.constantFrom("AA", "BB", "CC"),
      period: fc.constantFrom("2014", "2024"),
      indicator: fc.constantFrom(...edi.indicators.map((i) => i.id)),
      pick: fc.nat(),
      line: fc.integer({ min: 2, max: 5000 }),
    }),
    { maxLength: 80 },
  )
  .map((rows) => {
    const seen = new Map<string, AnswerInput>();
    for (const r of rows) {
      const levels = edi.indicatorById.get(r.indicator)?.scale.levels.length ?? 1;
      const codes = [MISSING, NOT_APPLICABLE, ...Array.from({ length: levels }, (_, k) => k)];
      const code = codes[r.pick % codes.length] as number;
      seen.set(`${r.entity}|${r.period}|${r.indicator}`, { ...r, code });
    }
    return [...seen.values()];
  });

describe("applyCrosswalk", () => {
  it("keeps every EDI answer under the same id, on the same code, with its line and note (sample)", () => {
    const mapped = applyCrosswalk(sample.dataset, bundled, edi, p10);
    expect(mapped.framework).toEqual({ id: "p10-2026", version: "1.2.0" });
    expect(mapped.units).toEqual(sample.dataset.units);
    expect(mapped.file).toBe("seeds/edi-2015-sample.csv");
    const before = edi.indicators.length;
    const after = p10.indicators.length;
    let notes = 0;
    sample.dataset.units.forEach((_, u) => {
      for (const a of edi.indicators) {
        const b = p10.indicatorById.get(a.id);
        expect(b, a.id).toBeDefined();
        if (b === undefined) continue;
        const src = u * before + a.ordinal;
        const dst = u * after + b.ordinal;
        const code = sample.dataset.answers[src] as number;
        const got = mapped.answers[dst] as number;
        if (code < 0) expect(got).toBe(code);
        else expect(b.scale.levels[got]?.code).toBe(a.scale.levels[code]?.code);
        expect(mapped.lines[dst]).toBe(sample.dataset.lines[src]);
        expect(mapped.notes.get(dst)).toEqual(sample.dataset.notes.get(src));
        if (sample.dataset.notes.has(src)) notes++;
      }
    });
    expect(notes).toBeGreaterThan(0);
    expect(mapped.notes.size).toBe(sample.dataset.notes.size);
  });

  it("keeps the CSV line of a mapped answer: ARV 2014 1.1 is line 2 of the sample", () => {
    const mapped = applyCrosswalk(sample.dataset, bundled, edi, p10);
    const ordinal = p10.indicatorById.get("1.1")?.ordinal as number;
    expect(sampleText.split("\n")[1]).toMatch(/^ARV,Arvenia,2014,1\.1,/);
    expect(mapped.lines[ordinal]).toBe(2);
  });

  it("reads P20.2 on its reversed scale: EDI's yes (value 2) becomes p10's yes (value 0)", () => {
    const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "P20.2", code: 2 }]);
    const mapped = applyCrosswalk(ds, bundled, edi, p10);
    const target = p10.indicatorById.get("P20.2");
    const level = target?.scale.levels[mapped.answers[target.ordinal] as number];
    expect([level?.code, level?.label, level?.value]).toEqual(["2", "Yes", "0"]);
  });

  it("leaves the 39 indicators EDI lacks absent, for every unit", () => {
    const mapped = applyCrosswalk(sample.dataset, bundled, edi, p10);
    const fresh = p10.indicators.filter((i) => !edi.indicatorById.has(i.id));
    expect(fresh).toHaveLength(39);
    mapped.units.forEach((_, u) => {
      for (const i of fresh) expect(mapped.answers[u * p10.indicators.length + i.ordinal]).toBe(ABSENT);
    });
  });

  it("maps datasets and records alike, and keeps every code on the same code (property)", () => {
    fc.assert(
      fc.property(ediAnswers, (answers) => {
        const ds = createDataset(edi, answers);
        const viaDataset = applyCrosswalk(ds, bundled, edi, p10);
        const records = parseAssessments(
          [
            "entity,period,indicator,response",
            ...answers.map((a) => `${a.entity},${a.period},${a.indicator},${token(a)}`),
          ].join("\n"),
          edi,
        ).records;
        const viaRecords = applyCrosswalk(records, bundled, edi, p10);
        expect(Array.from(viaRecords.answers)).toEqual(Array.from(viaDataset.answers));
        expect(viaRecords.units).toEqual(viaDataset.units);
        const moved = crosswalkRecords(records, bundled, edi, p10);
        expect(buildDataset(p10, moved).answers).toEqual(viaRecords.answers);
        for (const a of answers) {
          const u = viaDataset.units.findIndex((x) => x.entity === a.entity && x.period === a.period);
          const target = p10.indicatorById.get(a.indicator);
          const got = viaDataset.answers[u * p10.indicators.length + (target?.ordinal ?? -1)] as number;
          if (a.code! < 0) expect(got).toBe(a.code);
          else
            expect(target?.scale.levels[got]?.code).toBe(
              edi.indicatorById.get(a.indicator)?.scale.levels[a.code!]?.code,
            );
        }
      }),
      { numRuns: 60 },
    );
  });

  it("drops the answers of unmapped source indicators and keeps their units", () => {
    const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.2", code: 3 }]);
    const mapped = applyCrosswalk(ds, withMap({ "1.1": "1.1" }), edi, p10);
    expect(mapped.units).toEqual([{ entity: "AA", period: "2024" }]);
    expect(Array.from(mapped.answers).every((c) => c === ABSENT)).toBe(true);
  });

  it("refuses a crosswalk that does not fit, and a dataset under another framework", () => {
    const bad = issuesOf("P10_CROSSWALK_MISMATCH", () =>
      applyCrosswalk(sample.dataset, withMap({ "1.1": "P1.1" }), edi, p10, { crosswalkFile: "cw.json" }),
    );
    expect(bad.map((i) => [i.code, i.path, i.file])).toEqual([
      ["P10_CROSSWALK_SCALE", 'map["1.1"]', "cw.json"],
    ]);
    const already = applyCrosswalk(sample.dataset, bundled, edi, p10);
    const wrong = issuesOf("P10_CROSSWALK_MISMATCH", () => applyCrosswalk(already, bundled, edi, p10));
    expect(wrong.map((i) => i.code)).toEqual(["P10_CROSSWALK_FRAMEWORK"]);
  });
});

describe("crosswalkReach", () => {
  it("names G7, G14, G25 and DEF as unassessed by edi-2015, and the 39 new indicators", () => {
    const reach = crosswalkReach(bundled, p10);
    expect(reach.nodes).toEqual(["G7", "G14", "G25", "DEF"]);
    expect(reach.indicators).toHaveLength(39);
    expect(reach.indicators).toEqual(
      p10.indicators.filter((i) => !edi.indicatorById.has(i.id)).map((i) => i.id),
    );
  });

  it("names the highest unreached nodes: whole pillars when nothing under them is mapped", () => {
    expect(crosswalkReach(withMap({ "1.1": "1.1" }), p10).nodes).toEqual([
      "G2",
      "G3",
      "G4",
      "G5",
      "G6",
      "G7",
      "participation",
      "justice",
    ]);
    expect(crosswalkReach(withMap({}), p10).nodes).toEqual(["p10"]);
  });
});

/** The CSV token of a generated answer. */
function token(a: AnswerInput): string {
  if (a.code === MISSING) return "-";
  if (a.code === NOT_APPLICABLE) return "n/a";
  return edi.indicatorById.get(a.indicator)?.scale.levels[a.code!]?.code ?? "";
}
