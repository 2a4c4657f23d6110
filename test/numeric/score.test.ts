// Numeric indicators through the engine: each normalisation on measured values, computed by hand (the
// comments show the arithmetic), lower-is-better reversed, goalposts required where a scale has no bounds,
// assessors combined, and the features that work on levels refusing numeric indicators with a located error.
import { describe, expect, it } from "vitest";
import { explain, formatExplanation, parseAssessments, score } from "../../src/index.js";
import { assessorAgreement } from "../../src/agreement/from-records.js";
import { validateAssessments } from "../../src/assessment/parse.js";
import { parseCrosswalk } from "../../src/compare/crosswalk.js";
import { applyCrosswalk } from "../../src/compare/crosswalk.js";
import { isP10Error } from "../../src/errors.js";
import { parseFramework } from "../../src/framework/parse.js";
import { parseMethod } from "../../src/method/parse.js";
import { mixed, mixedDocument } from "./fixture.js";

// ontime (share on time, %, bounds 0–100) and days (median days, lower is better, bounds min 0 only).
const CSV = "entity,period,law,ontime,days\nA,2024,1,50,10\nB,2024,0,75.5,25\nC,2024,1,100,\nD,2024,0,20,5\n";
const data = parseAssessments(CSV, mixed).dataset;

const method = (normalisation: object) =>
  parseMethod({ id: "m", version: "1", title: "m", description: "d", normalisation, aggregation: {} });
/** The normalised values of `ontime` and `days` for units A–D (null: not answered). */
const values = (normalisation: object): (string | null)[][] =>
  score(data, mixed, method(normalisation)).units.map((u) =>
    [1, 2].map((o) => u.answers[o]?.value?.toString() ?? null),
  );
const errorOf = (run: () => unknown): [string, string | undefined] => {
  try {
    run();
  } catch (e) {
    if (isP10Error(e)) return [e.code, e.issues[0]?.path];
    throw e;
  }
  return ["none", undefined];
};

describe("normalising measured values", () => {
  it("native keeps the values", () => {
    expect(values({ method: "native" })).toEqual([
      ["50", "10"],
      ["75.5", "25"],
      ["100", null],
      ["20", "5"],
    ]);
  });

  it("goalposts: the bounds, or the method's posts; lower is better reverses; clamp caps", () => {
    // ontime on its bounds 0–100: unchanged. days on posts 0–50: (50 − x) / 50 × 100 → 80, 50, 90.
    expect(values({ method: "goalposts", range: "0-100", posts: { days: { min: "0", max: "50" } } })).toEqual(
      [
        ["50", "80"],
        ["75.5", "50"],
        ["100", null],
        ["20", "90"],
      ],
    );
    // days on posts 0–20: B = (20 − 25) / 20 × 100 = −25, capped at 0 unless clamp is false.
    const posts = { days: { min: "0", max: "20" } };
    expect(values({ method: "goalposts", range: "0-1", posts }).map((r) => r[1])).toEqual([
      "0.5",
      "0",
      null,
      "0.75",
    ]);
    expect(values({ method: "goalposts", range: "0-1", posts, clamp: false }).map((r) => r[1])).toEqual([
      "0.5",
      "-0.25",
      null,
      "0.75",
    ]);
  });

  it("goalposts on a scale without bounds need the method's posts (located)", () => {
    expect(errorOf(() => values({ method: "goalposts", range: "0-100", posts: {} }))).toEqual([
      "P10_METHOD_INVALID",
      "normalisation.posts.days",
    ]);
    const own = {
      id: "m",
      version: "1",
      title: "m",
      description: "d",
      normalisation: { method: "native" },
      normaliseScales: { days: { method: "goalposts", range: "0-1", posts: {} } },
      aggregation: {},
    };
    expect(errorOf(() => score(data, mixed, parseMethod(own)))[1]).toBe("normaliseScales.days.posts.days");
  });

  it("cohort min–max: (x − lowest) / (highest − lowest), days as 1 − that", () => {
    // ontime: lowest 20, highest 100 → A 30/80 = 37.5, B 55.5/80 = 69.375, C 100, D 0.
    // days: lowest 5, highest 25 → A (25 − 10)/20 = 75, B 0, D 100.
    expect(values({ method: "cohort-minmax", range: "0-100" })).toEqual([
      ["37.5", "75"],
      ["69.375", "0"],
      ["100", null],
      ["0", "100"],
    ]);
  });

  it("stated min–max statistics are read on the indicator's own scale, also when lower is better", () => {
    // days stated 5–25: A (25 − 10)/20 = 75, B 0, D 100; ontime stated 0–200: x / 2.
    const stats = {
      law: { min: "0", max: "1" },
      ontime: { min: "0", max: "200" },
      days: { min: "5", max: "25" },
    };
    const run = score(data, mixed, method({ method: "cohort-minmax", range: "0-100", reference: { stats } }));
    expect(run.units.map((u) => [1, 2].map((o) => u.answers[o]?.value?.toString() ?? null))).toEqual([
      ["25", "75"],
      ["37.75", "0"],
      ["50", null],
      ["10", "100"],
    ]);
    const days = run.statistics?.find((x) => x.id === "days");
    expect([days?.min?.toString(), days?.max?.toString()]).toEqual(["5", "25"]);
    // Computed statistics are recorded on the own scale too: lowest 5 days, highest 25.
    const computed = score(data, mixed, method({ method: "cohort-minmax", range: "0-100", scope: "period" }));
    const d = computed.statistics?.find((x) => x.id === "days");
    expect([d?.min?.toString(), d?.max?.toString()]).toEqual(["5", "25"]);
  });

  it("z-scores: mean 61.375, sample sd √1177.5625 = 34.3156…; days negated", () => {
    const z = values({ method: "z-score" });
    expect(z.map((r) => r[0])).toEqual([
      "-0.33148159651733300002832763146073444046666658554884",
      "0.41162000446657834069451672917651639310695960623097",
      "1.12558036619621864844783778155348288026593379049",
      "-1.2057187741454639891140268792692648329062268111721",
    ]);
    // days: mean 40/3, deviations −10/3, 35/3, −25/3; sd = √(1950/9 / 2) = √(325/3); B is worst: −z.
    expect(z[1]?.[1]?.startsWith("-1.12")).toBe(true);
    expect(z[3]?.[1]?.startsWith("0.80")).toBe(true);
  });

  it("rank and percentile: ascending, days reversed (fewest days best)", () => {
    expect(values({ method: "rank" })).toEqual([
      ["2", "2"],
      ["3", "1"],
      ["4", null],
      ["1", "3"],
    ]);
    // percentile = rank / N × 100 with N = 4 answers (ontime) and 3 (days).
    expect(values({ method: "percentile" }).map((r) => r[1]?.slice(0, 8) ?? null)).toEqual([
      "66.66666",
      "33.33333",
      null,
      "100",
    ]);
  });

  it("transforms measured values: log10 on the posts and values (HDI-style)", () => {
    // ontime log10 on posts 1–100: log10(50)/2 = 0.849485…, log10(20)/2 = 0.650514…
    const run = score(
      data,
      mixed,
      parseMethod({
        id: "m",
        version: "1",
        title: "m",
        description: "d",
        normalisation: { method: "native" },
        normaliseScales: {
          share: {
            method: "goalposts",
            range: "0-1",
            posts: { share: { min: "1", max: "100" } },
            transform: { function: "log10" },
          },
        },
        aggregation: {},
      }),
    );
    const v = run.units.map((u) => [u.answers[1]?.value?.toString()]);
    expect(v[0]?.[0]?.slice(0, 10)).toBe("0.84948500");
    expect(v[2]?.[0]).toBe("1");
    expect(v[3]?.[0]?.slice(0, 10)).toBe("0.65051499");
  });
});

describe("numeric indicators elsewhere", () => {
  it("explain shows the measured value with its unit, transformed, then normalised", () => {
    const two = parseAssessments("entity,period,law,ontime,days\nA,2024,1,50,10\nB,2024,0,75.5,25\n", mixed);
    const m = method({ method: "cohort-minmax", range: "0-100", transform: { function: "ln", offset: "1" } });
    const lines = formatExplanation(explain(score(two.dataset, mixed, m), "B", "2024")).split("\n");
    // ln(76.5) = 4.3373, the highest of the two: 100; ln(26) = 3.2581, the highest days: 0 (lower is better).
    expect(lines.find((l) => l.includes("ontime 75.5"))).toMatch(
      /^\s+ontime 75\.5 "75\.5 %" → ln\(x \+ 1\) = 4\.3373 → 100\.00 /,
    );
    expect(lines.find((l) => l.includes("days 25"))).toMatch(
      /^\s+days 25 "25 days" → ln\(x \+ 1\) = 3\.2581 → 0\.00 /,
    );
  });

  it("combines several assessors' values exactly (median of 10 and 21 is 15.5)", () => {
    const csv =
      "entity,period,indicator,response,assessor\nA,2024,days,10,Ann\nA,2024,days,21,Bob\nB,2024,days,4,Ann\n";
    const ds = parseAssessments(csv, mixed, { combine: "median" }).dataset;
    expect(ds.combinedValues?.[2]?.map((v) => [v.code, v.label])).toEqual([
      ["4", "4 days"],
      ["10", "10 days"],
      ["21", "21 days"],
      ["15.5", "combined (median of 10, 21)"],
    ]);
    expect([ds.answers[2], ds.answers[5]]).toEqual([3, 0]);
    expect(score(ds, mixed, method({ method: "native" })).units[0]?.answers[2]?.value?.toString()).toBe(
      "15.5",
    );
  });

  it("imputes a missing quantity from the cohort, exactly (mean of 10, 25 and 5 days is 40/3)", () => {
    const m = parseMethod({
      id: "m",
      version: "1",
      title: "m",
      description: "d",
      normalisation: { method: "native" },
      imputation: { rule: "cohort-mean" },
      aggregation: {},
    });
    const c = score(data, mixed, m).units[2]?.answers[2];
    expect([c?.status, c?.code, c?.value?.toString().slice(0, 8)]).toEqual(["imputed", "40/3", "13.33333"]);
  });

  it("assessor agreement refuses numeric indicators at their line", () => {
    const csv = "entity,period,indicator,response,assessor\nA,2024,law,1,Ann\nA,2024,days,10,Ann\n";
    const records = validateAssessments(csv, mixed).records;
    const e = (() => {
      try {
        assessorAgreement(records, mixed);
      } catch (x) {
        return x;
      }
    })();
    expect(isP10Error(e) && [e.code, e.issues[0]?.line]).toEqual(["P10_NUMERIC_UNSUPPORTED", 3]);
  });

  it("a crosswalk refuses to map a numeric indicator, at its map entry", () => {
    const other = parseFramework({ ...mixedDocument, id: "other" });
    const cw = parseCrosswalk({
      id: "c",
      description: "c",
      from: { framework: "mixed", version: "1" },
      to: { framework: "other", version: "1" },
      map: { law: "law", days: "days" },
    });
    expect(errorOf(() => applyCrosswalk(data, cw, mixed, other))).toEqual([
      "P10_CROSSWALK_MISMATCH",
      "map.days",
    ]);
  });

  it("a framework refuses case designs on numeric indicators, at the node", () => {
    const doc = structuredClone(mixedDocument) as { nodes: Record<string, unknown>[] };
    doc.nodes[4]!.cases = { types: ["request"], lookBackYears: 1 };
    expect(errorOf(() => parseFramework(doc))).toEqual(["P10_FRAMEWORK_INVALID", "nodes[4].cases"]);
  });
});
