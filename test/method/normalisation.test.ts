// Normalisation tables: native values, goalposts (scale or explicit), and cohort min–max and z-scores over
// the dataset's units, with hand-computed expectations.
import { describe, expect, it } from "vitest";
import { createDataset, normaliseAnswers } from "../../src/advanced.js";
import { goalpostIssues } from "../../src/method/normalisation.js";
import { score } from "../../src/index.js";
import { method, tiny, unitAnswers } from "../score/fixtures.js";

const ordinal = (id: string) => tiny.indicatorById.get(id)?.ordinal as number;
const empty = createDataset(tiny, []);
const row = (t: ReturnType<typeof normaliseAnswers>, id: string) => t.values[ordinal(id)]?.map(String);

// a1 answered 1, 2, 3 by three units; a2 answered 2 by all three.
const cohort = createDataset(tiny, [
  ...unitAnswers("A", "1", { a1: 1, a2: 2 }),
  ...unitAnswers("B", "1", { a1: 2, a2: 2 }),
  ...unitAnswers("C", "1", { a1: 3, a2: 2 }),
]);

describe("normaliseAnswers", () => {
  it("native: the scale values, then 0 for a missing answer counted as zero", () => {
    expect(row(normaliseAnswers({ method: "native" }, tiny, empty), "a1")).toEqual(["0", "1", "2", "3", "0"]);
  });

  it("goalposts: (v − min)/(max − min) × 100 from the scale, or × 1", () => {
    const t = normaliseAnswers({ method: "goalposts", range: "0-100", posts: {} }, tiny, empty);
    expect(
      row(t, "a1")
        ?.slice(0, 4)
        .map((v) => v.slice(0, 8)),
    ).toEqual(["0", "33.33333", "66.66666", "100"]);
    expect(row(t, "d2")).toEqual(["0", "100", "0"]);
    expect(
      row(normaliseAnswers({ method: "goalposts", range: "0-1", posts: {} }, tiny, empty), "d2"),
    ).toEqual(["0", "1", "0"]);
  });

  it("goalposts: explicit posts per scale, 3 on 0–4 → 75", () => {
    const t = normaliseAnswers(
      { method: "goalposts", range: "0-100", posts: { q4: { min: "0", max: "4" } } },
      tiny,
      empty,
    );
    expect(row(t, "a1")).toEqual(["0", "25", "50", "75", "0"]);
  });

  it("checks explicit goalposts against the framework's scales (posts inside the scale are allowed: see over-time tests)", () => {
    const issues = goalpostIssues(
      {
        method: "goalposts",
        range: "0-100",
        posts: { q9: { min: "0", max: "1" }, q4: { min: "1", max: "3" } },
      },
      tiny,
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["P10_METHOD_UNKNOWN_SCALE", "normalisation.posts.q9"],
    ]);
  });

  it("cohort-minmax: answers 1, 2, 3 → 0, 50, 100; a constant indicator gets the midpoint and a warning", () => {
    const t = normaliseAnswers({ method: "cohort-minmax", range: "0-100" }, tiny, cohort);
    expect(row(t, "a1")).toEqual(["-50", "0", "50", "100", "0"]);
    expect(row(t, "a2")).toEqual(["50", "50", "50", "50", "0"]);
    expect(t.warnings.map((w) => [w.code, w.path, w.severity])).toEqual([
      ["P10_SCORE_CONSTANT_INDICATOR", "a2", "warning"],
    ]);
  });

  it("z-score: answers 1, 2, 3 have mean 2 and sample sd 1 → −1, 0, 1; a constant indicator gets 0", () => {
    const t = normaliseAnswers({ method: "z-score" }, tiny, cohort);
    expect(row(t, "a1")).toEqual(["-2", "-1", "0", "1", "0"]);
    expect(row(t, "a2")).toEqual(["0", "0", "0", "0", "0"]);
    expect(t.warnings).toHaveLength(1);
  });

  it("carries cohort warnings into the ScoreSet; a geometric mean meets a negative z-score as a null with reason", () => {
    const set = score(
      cohort,
      tiny,
      method({
        normalisation: { method: "z-score" },
        aggregation: { group: { function: "geometric" }, zeros: "zero" },
        minCoverage: "0",
      }),
    );
    expect(set.warnings.map((w) => w.code)).toEqual(["P10_SCORE_CONSTANT_INDICATOR"]);
    const g1 = set.units[0]?.indices[0]?.nodes.find((n) => n.id === "G1");
    expect(g1?.reason?.code).toBe("negative-value");
  });
});
