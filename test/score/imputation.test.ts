// Imputation as a method policy: imputed values written out by hand for each rule, their marking and
// separate count, the fast path agreeing with the exact engine, and the property that imputation never
// changes an answered value.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ABSENT, createDataset, MISSING } from "../../src/advanced.js";
import { compileFastModel, FastScorer, nominalRunState } from "../../src/uncertainty/fast-scorer.js";
import { explain, formatExplanation, score } from "../../src/index.js";
import { imputeDataset } from "../../src/score/imputation.js";
import { answersArb, method, tiny, unitAnswers } from "./fixtures.js";

// tiny: G1 = a1 a2 a3 (0–3, native values 0–3), G2 = b1 b2 (practice), P2 = c1 + G3 (d1, d2 yes/no).
const rows = [
  unitAnswers("A", "2024", { a1: "m", a2: 3, a3: 0 }),
  unitAnswers("B", "2024", { a1: 1, a2: 1, a3: 2 }),
  unitAnswers("C", "2024", { a1: 2, a2: 2, a3: 1 }),
].flat();
const ds = createDataset(tiny, rows);
const a1 = (rule: Parameters<typeof imputeDataset>[2]) =>
  imputeDataset(ds, tiny, rule).cells.find((c) => c.unit === 0 && c.indicator === "a1");

describe("imputed values, by hand", () => {
  it("cohort mean: a1 of A is the mean of B's 1 and C's 2 = 3/2", () => {
    expect(a1("cohort-mean")).toEqual({
      unit: 0,
      indicator: "a1",
      value: "3/2",
      basis: "cohort mean of 2 answers in 2024",
    });
  });

  it("cohort median of 1, 2 and 3 is 2", () => {
    const d = createDataset(tiny, [...rows, ...unitAnswers("D", "2024", { a1: 3 })]);
    expect(imputeDataset(d, tiny, "cohort-median").cells.find((c) => c.indicator === "a1")?.value).toBe("2");
  });

  it("group mean: A's a2 = 3 and a3 = 0 rescaled by the period's min and max, carried onto a1's range", () => {
    // a2 over A, B, C: 3 1 2 → (3 − 1)/(3 − 1) = 1; a3: 0 2 1 → (0 − 0)/(2 − 0) = 0; mean 1/2;
    // a1 answered 1 and 2 → 1/2 · (2 − 1) + 1 = 3/2.
    expect(a1("group-mean")?.value).toBe("3/2");
    expect(a1("group-mean")?.basis).toBe(
      "mean of 2 other indicators of G1, rescaled by the 2024 min and max",
    );
  });

  it("previous period: the nearest earlier period that has an answer", () => {
    const panel = createDataset(tiny, [
      ...unitAnswers("A", "2022", { a1: 2 }),
      ...unitAnswers("A", "2023", { a1: "m" }),
      ...unitAnswers("A", "2024", { a2: 1 }),
    ]);
    const cells = imputeDataset(panel, tiny, "previous-period").cells.filter((c) => c.indicator === "a1");
    expect(cells).toEqual([
      { unit: 1, indicator: "a1", value: "2", basis: "answer of period 2022" },
      { unit: 2, indicator: "a1", value: "2", basis: "answer of period 2022" },
    ]);
  });
});

describe("imputation in the scores", () => {
  const m = method({ imputation: { rule: "cohort-mean" } });
  const set = score(ds, tiny, m);
  const a = set.units[0];

  it("scores the imputed value, marks it and counts it apart from answers", () => {
    const record = a?.answers.find((r) => r.indicator === "a1");
    expect(record).toMatchObject({
      status: "imputed",
      code: "1.5",
      label: "imputed (cohort mean of 2 answers in 2024)",
    });
    const g1 = a?.indices[0]?.nodes.find((n) => n.id === "G1");
    // (3/2 + 3 + 0) / 3 = 3/2
    expect(g1?.exact).toBe("3/2");
    expect(g1?.answers).toEqual({ expected: 3, present: 2, missing: 0, notApplicable: 0, imputed: 1 });
    expect(set.imputation).toEqual({
      rule: "cohort-mean",
      cells: imputeDataset(ds, tiny, "cohort-mean").cells,
    });
    // the ScoreSet keeps the dataset as given
    expect(set.dataset).toBe(ds);
  });

  it("says so in explain", () => {
    const explanation = explain(set, "A", "2024");
    expect(JSON.stringify(explanation)).toContain('"status":"imputed"');
    expect(formatExplanation(explanation)).toContain("1.5 (imputed (cohort mean of 2 answers in 2024))");
  });

  it("leaves methods without imputation as they were (no imputed count, no imputation field)", () => {
    const plain = score(ds, tiny, method());
    expect(plain.imputation).toBeUndefined();
    expect(plain.units[0]?.indices[0]?.nodes[0]?.answers).not.toHaveProperty("imputed");
  });

  it("the fast path scores the imputed values as the exact engine does", () => {
    const model = compileFastModel(ds, tiny, m);
    const nodes = model.indices[0]?.nodeIds.length ?? 0;
    const out = new Float64Array(model.unitCount * nodes);
    new FastScorer(model).scoreIndex(nominalRunState(model), 0, out);
    set.units.forEach((u, i) => {
      u.indices[0]?.nodes.forEach((n, pos) => {
        const fast = out[i * nodes + pos] as number;
        if (n.score === null) expect(Number.isNaN(fast)).toBe(true);
        else expect(Math.abs(fast - n.score.toNumber())).toBeLessThan(1e-9);
      });
    });
  });

  it("property: imputation never changes an answered value", () => {
    fc.assert(
      fc.property(
        answersArb(tiny, 6),
        fc.constantFrom("cohort-mean", "cohort-median", "group-mean", "previous-period" as const),
        (answers, rule) => {
          const data = createDataset(tiny, answers);
          const filled = imputeDataset(data, tiny, rule);
          data.answers.forEach((code, cell) => {
            if (code !== MISSING && code !== ABSENT) expect(filled.dataset.answers[cell]).toBe(code);
          });
          const before = score(data, tiny, method());
          const after = score(data, tiny, method({ imputation: { rule } }));
          before.units.forEach((u, i) => {
            u.answers.forEach((r, o) => {
              if (r.status === "answered") expect(after.units[i]?.answers[o]).toEqual(r);
              else if (r.status !== "missing" && r.status !== "absent")
                expect(after.units[i]?.answers[o]).toEqual(r);
            });
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("imputation in the report", () => {
  it("shows the imputed answers beside the answered ones in the ranking table", async () => {
    const { reportHtml } = await import("../../src/report/assemble/report.js");
    const html = reportHtml({
      scoreSet: score(ds, tiny, method({ imputation: { rule: "cohort-mean" } })),
      profiles: false,
    });
    expect(html).toContain("2/8 + 1 imputed");
    expect(html).toContain("Imputation (cohort-mean): a missing answer is first filled");
  });
});

describe("imputation in the manifest", () => {
  it("records the policy and the number of answers it filled", async () => {
    const { createManifest } = await import("../../src/index.js");
    const { ManifestSchema, sha256Hex } = await import("../../src/advanced.js");
    const run = (m: ReturnType<typeof method>) =>
      createManifest({
        scoreSet: score(ds, tiny, m),
        frameworkSource: { bundled: "tiny" },
        methodSource: { bundled: "test" },
        input: { name: "answers.csv", sha256: sha256Hex(""), rows: 0 },
        scoresFile: "run.scores.json",
      }).manifest;
    const manifest = run(method({ imputation: { rule: "group-mean" } }));
    expect(manifest.imputation).toEqual({ rule: "group-mean", imputed: 1 });
    expect(ManifestSchema.safeParse(manifest).success).toBe(true);
    expect(run(method())).not.toHaveProperty("imputation");
  });
});
