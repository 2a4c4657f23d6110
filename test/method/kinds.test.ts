// Numeric normalisations of issue #22 on the levels' values: ranks, percentiles, Borda scores, ratios and
// relative differences to the mean, the best, the worst or an entity, above/below the mean, categories,
// transforms and direction (lower-is-better). Formulas: OECD/JRC Handbook on Constructing Composite
// Indicators (2008), §5 and Table 3; Borda as COINr's n_borda (rank − 1); log goalposts as the HDI's income
// index, (log x − log min) / (log max − log min). Expectations computed by hand in the comments.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDataset } from "../../src/advanced.js";
import { type Framework, isP10Error, type MethodInput, parseFramework, score } from "../../src/index.js";
import { answersArb, method, tiny, tinyDocument, unitAnswers } from "../score/fixtures.js";

/** tiny with the 0–3 scale read as lower-is-better. */
const tinyLib: Framework = (() => {
  const doc = tinyDocument();
  doc.scales = doc.scales.map((s) => (s.id === "q4" ? { ...s, direction: "lower-is-better" as const } : s));
  return parseFramework(doc);
})();

// a1 = 1, 2, 2, 3 (A, B, C, D): N 4, mean 2, best 3, worst 1.
const answers = [
  ...unitAnswers("A", "1", { a1: 1 }),
  ...unitAnswers("B", "1", { a1: 2 }),
  ...unitAnswers("C", "1", { a1: 2 }),
  ...unitAnswers("D", "1", { a1: 3 }),
];

function a1(normalisation: MethodInput["normalisation"], fw: Framework = tiny): string[] {
  const set = score(createDataset(fw, answers), fw, method({ minCoverage: "0", normalisation }));
  return set.units.map((u) => String(u.answers[0]?.value));
}

describe("rank family", () => {
  it("rank: ascending, the lowest 1, ties share the lowest place: 1, 2, 2, 4", () => {
    expect(a1({ method: "rank" })).toEqual(["1", "2", "2", "4"]);
  });
  it("percentile: rank / N × 100: 25, 50, 50, 100", () => {
    expect(a1({ method: "percentile" })).toEqual(["25", "50", "50", "100"]);
  });
  it("borda: how many are lower: 0, 1, 1, 3", () => {
    expect(a1({ method: "borda" })).toEqual(["0", "1", "1", "3"]);
  });
  it("lower-is-better counts from the highest value: 4, 2, 2, 1", () => {
    expect(a1({ method: "rank" }, tinyLib)).toEqual(["4", "2", "2", "1"]);
  });
});

describe("distances to a reference", () => {
  it("ratio to the mean (2), the best (3), the worst (1), entity B (2)", () => {
    expect(a1({ method: "ratio", to: "mean" })).toEqual(["0.5", "1", "1", "1.5"]);
    expect(a1({ method: "ratio", to: "best" }).map((v) => v.slice(0, 6))).toEqual([
      "0.3333",
      "0.6666",
      "0.6666",
      "1",
    ]);
    expect(a1({ method: "ratio", to: "worst" })).toEqual(["1", "2", "2", "3"]);
    expect(a1({ method: "ratio", to: { entity: "B" } })).toEqual(["0.5", "1", "1", "1.5"]);
  });
  it("lower-is-better: reference / x, the best being the lowest (1): 1, 0.5, 0.5, 0.333…", () => {
    expect(a1({ method: "ratio", to: "best" }, tinyLib).map((v) => v.slice(0, 6))).toEqual([
      "1",
      "0.5",
      "0.5",
      "0.3333",
    ]);
  });
  it("relative difference (x − mean) / mean: −0.5, 0, 0, 0.5; lower-is-better (mean − x) / mean: 0.5, 0, 0, −0.5", () => {
    expect(a1({ method: "relative-difference", to: "mean" })).toEqual(["-0.5", "0", "0", "0.5"]);
    expect(a1({ method: "relative-difference", to: "mean" }, tinyLib)).toEqual(["0.5", "0", "0", "-0.5"]);
  });
  it("a zero reference is an error naming the indicator; a reference entity with no answer too", () => {
    const zero = [...unitAnswers("A", "1", { a1: 0 }), ...unitAnswers("B", "1", { a1: 2 })];
    const run = (normalisation: MethodInput["normalisation"]) => () =>
      score(createDataset(tiny, zero), tiny, method({ normalisation }));
    expect(run({ method: "ratio", to: "worst" })).toThrow(
      /indicator a1: ratio divides by the reference value, which is 0/,
    );
    expect(run({ method: "ratio", to: { entity: "Z" } })).toThrow(/reference entity Z has no answer/);
  });
});

describe("above or below the mean, categories", () => {
  it("threshold 0.25 around mean 2 (1.5 and 2.5): −1, 0, 0, 1; reversed under lower-is-better", () => {
    expect(a1({ method: "above-below-mean", threshold: "0.25" })).toEqual(["-1", "0", "0", "1"]);
    expect(a1({ method: "above-below-mean", threshold: "0.25" }, tinyLib)).toEqual(["1", "0", "0", "-1"]);
  });
  it("categorical: below 1.5 → 0, below 2.5 → 50, else 100; direction does not apply", () => {
    const spec = {
      method: "categorical" as const,
      thresholds: ["1.5", "2.5"],
      scores: ["0", "50", "100"],
    };
    expect(a1(spec)).toEqual(["0", "50", "50", "100"]);
    expect(a1(spec, tinyLib)).toEqual(["0", "50", "50", "100"]);
    expect(() => method({ normalisation: { ...spec, scores: ["0", "1"] } })).toThrow(
      /2 thresholds need 3 scores/,
    );
  });
});

describe("direction in min–max, z-scores and goalposts", () => {
  it("min–max lower-is-better is 100 − min–max: 100, 50, 50, 0; z-scores change sign", () => {
    expect(a1({ method: "cohort-minmax", range: "0-100" })).toEqual(["0", "50", "50", "100"]);
    expect(a1({ method: "cohort-minmax", range: "0-100" }, tinyLib)).toEqual(["100", "50", "50", "0"]);
    // 1, 2, 2, 3: mean 2, sd √(2/3) = 0.8164…; z(1) = −1.2247…
    expect(a1({ method: "z-score" })[0]?.slice(0, 8)).toBe("-1.22474");
    expect(a1({ method: "z-score" }, tinyLib)[0]?.slice(0, 7)).toBe("1.22474");
  });
  it("goalposts 0–3, lower-is-better: (3 − x) / 3 × 100: 66.67, 33.33, 33.33, 0", () => {
    expect(a1({ method: "goalposts", range: "0-100", posts: {} }, tinyLib).map((v) => v.slice(0, 5))).toEqual(
      ["66.66", "33.33", "33.33", "0"],
    );
  });
});

describe("transforms", () => {
  it("log10(x + 1) goalposts 0–3, as the HDI's log income: (log 2 − log 1) / (log 4 − log 1) = 1/2", () => {
    const v = a1({
      method: "goalposts",
      range: "0-100",
      posts: {},
      transform: { function: "log10", offset: "1" },
    });
    // log10 2 and log10 4 are each rounded to 50 digits; their quotient rounds back to exactly 0.5.
    expect(v[0]).toBe("50");
    expect(v[3]).toBe("100");
  });
  it("sqrt before rank keeps ranks; sqrt(2) to 50 digits under ratio to worst (sqrt 1 = 1)", () => {
    expect(a1({ method: "rank", transform: { function: "sqrt" } })).toEqual(["1", "2", "2", "4"]);
    expect(a1({ method: "ratio", to: "worst", transform: { function: "sqrt" } })[1]).toBe(
      "1.4142135623730950488016887242096980785696718753769",
    );
  });
  it("ln of an answered 0 is an error naming the indicator and the value", () => {
    const withZero = [...unitAnswers("A", "1", { a1: 0 }), ...unitAnswers("B", "1", { a1: 2 })];
    try {
      score(
        createDataset(tiny, withZero),
        tiny,
        method({ normalisation: { method: "rank", transform: { function: "ln" } } }),
      );
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.code).toBe("P10_TRANSFORM_DOMAIN");
      expect((e as Error).message).toContain("indicator a1 has the answer 0, outside the domain of ln(x)");
    }
  });
});

describe("per-scale normalisation", () => {
  it("normaliseScales: q4 ranked, yn native, in one method", () => {
    const set = score(
      createDataset(tiny, [...answers, ...unitAnswers("A", "1", { d2: 1 })]),
      tiny,
      method({
        minCoverage: "0",
        normalisation: { method: "native" },
        normaliseScales: { q4: { method: "rank" } },
      }),
    );
    const d2 = tiny.indicatorById.get("d2")?.ordinal as number;
    expect([String(set.units[0]?.answers[0]?.value), String(set.units[0]?.answers[d2]?.value)]).toEqual([
      "1",
      "1",
    ]);
    expect(
      () =>
        method({ normaliseScales: { q4: { method: "rank" } } }) &&
        score(createDataset(tiny, []), tiny, method({ normaliseScales: { zz: { method: "rank" } } })),
    ).toThrow(/scale "zz", which framework tiny does not define/);
  });
});

describe("properties", () => {
  const monotone: MethodInput["normalisation"][] = [
    { method: "goalposts", range: "0-100", posts: {}, clamp: false },
    { method: "cohort-minmax", range: "0-1" },
    { method: "z-score" },
    { method: "rank" },
    { method: "percentile" },
    { method: "borda" },
    { method: "relative-difference", to: "mean" },
    { method: "goalposts", range: "0-100", posts: {}, transform: { function: "log10", offset: "1" } },
  ];
  /** (value, normalised value) of every answered a1..a3 cell. */
  function pairs(fw: Framework, rows: ReturnType<typeof answers.slice>, spec: MethodInput["normalisation"]) {
    const set = score(createDataset(fw, rows), fw, method({ minCoverage: "0", normalisation: spec }));
    return set.units.flatMap((u) =>
      u.answers
        .slice(0, 3)
        .flatMap((a) =>
          a.status === "answered" && a.value !== null ? [[Number(a.code), a.value] as const] : [],
        ),
    );
  }

  it("every monotone normalisation preserves order, and reverses it under lower-is-better", () => {
    fc.assert(
      fc.property(answersArb(tiny, 6), fc.integer({ min: 0, max: monotone.length - 1 }), (rows, k) => {
        const spec = monotone[k];
        // Within one indicator the cohort is the same, so compare answers to a1 only.
        const only = rows.filter((r) => r.indicator === "a1");
        for (const [fw, sign] of [
          [tiny, 1],
          [tinyLib, -1],
        ] as const) {
          let ps: ReturnType<typeof pairs>;
          try {
            ps = pairs(fw, only, spec);
          } catch (e) {
            // A mean of 0 cannot be a reference (P10_NORMALISATION_ZERO, tested above): not this property's case.
            fc.pre(!(isP10Error(e) && e.code === "P10_NORMALISATION_ZERO"));
            throw e;
          }
          for (const [x, vx] of ps)
            for (const [y, vy] of ps) if (x < y) expect(sign * vx.comparedTo(vy)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 80 },
    );
  });

  it("rank and percentile are invariant to monotone transforms", () => {
    fc.assert(
      fc.property(
        answersArb(tiny, 6),
        fc.constantFrom("rank", "percentile"),
        fc.constantFrom("sqrt", "log10", "ln"),
        (rows, kind, fn) => {
          const plain = pairs(tiny, rows, { method: kind });
          const moved = pairs(tiny, rows, { method: kind, transform: { function: fn, offset: "1" } });
          expect(moved.map(([, v]) => String(v))).toEqual(plain.map(([, v]) => String(v)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("min–max of a lower-is-better indicator equals 1 − min–max of the same values read higher-is-better", () => {
    fc.assert(
      fc.property(answersArb(tiny, 6), (rows) => {
        const spec = { method: "cohort-minmax", range: "0-1" } as const;
        const hib = pairs(tiny, rows, spec);
        const lib = pairs(tinyLib, rows, spec);
        expect(lib.map(([, v]) => v.toString())).toEqual(hib.map(([, v]) => v.neg().plus(1).toString()));
      }),
      { numRuns: 60 },
    );
  });
});

describe("a published worked example: the HDI of the HDR 2020 technical notes", () => {
  // UNDP, Human Development Report 2020, Technical notes, "Calculating the Human Development Index",
  // worked example: income index = (ln 3,829 − ln 100) / (ln 75,000 − ln 100) = 0.5506, and with the health
  // and education indices 0.6971 and 0.3447, HDI = (0.6971 · 0.3447 · 0.5506)^(1/3) = 0.510.
  // Here the dimension indices are indicators on their own scales: health and education enter native,
  // income through goalposts 100–75,000 after ln — one method, normalised per scale.
  const scale = (id: string, value: string) => ({
    id,
    title: id,
    levels: [{ code: value, label: value, value }],
    min: "0",
    max: id === "gni" ? "75000" : "1",
  });
  const hdi = parseFramework({
    id: "hdi-example",
    version: "2020",
    title: "HDI worked example",
    description: "The HDR 2020 technical notes' worked example.",
    source: "UNDP, Human Development Report 2020, Technical notes",
    scales: [scale("health", "0.6971"), scale("education", "0.3447"), scale("gni", "3829")],
    nodes: [
      { id: "hdi", level: "index", title: "HDI" },
      { id: "dims", level: "pillar", parent: "hdi", title: "Dimensions" },
      ...["health", "education", "gni"].map((id) => ({
        id,
        level: "indicator" as const,
        parent: "dims",
        kind: "legal" as const,
        title: id,
        question: id,
        scale: id,
      })),
    ],
  });
  it("income index 0.5506 and HDI 0.510 (to the published places)", () => {
    const data = createDataset(
      hdi,
      ["health", "education", "gni"].map((indicator) => ({
        entity: "X",
        period: "2019",
        indicator,
        code: 0,
      })),
    );
    const set = score(
      data,
      hdi,
      method({
        normalisation: { method: "native" },
        normaliseScales: {
          gni: {
            method: "goalposts",
            range: "0-1",
            posts: { gni: { min: "100", max: "75000" } },
            transform: { function: "ln" },
          },
        },
        aggregation: { pillar: { function: "geometric" }, zeros: "fail" },
      }),
    );
    const unit = set.units[0];
    expect(unit?.answers[2]?.value?.toFixed(4)).toBe("0.5506");
    expect(unit?.indices[0]?.nodes[0]?.score?.toFixed(3)).toBe("0.510");
  });
});

describe("explain shows raw → transformed → normalised", () => {
  it("log10(x + 1) goalposts: answer 1 → log10(2) = 0.3010 → 50", async () => {
    const { explain, formatExplanation } = await import("../../src/index.js");
    const set = score(
      createDataset(tiny, answers),
      tiny,
      method({
        minCoverage: "0",
        normalisation: {
          method: "goalposts",
          range: "0-100",
          posts: {},
          transform: { function: "log10", offset: "1" },
        },
      }),
    );
    expect(formatExplanation(explain(set, "A", "1"))).toContain('a1 1 "L1" → log10(x + 1) = 0.3010 → 50.00');
    const plain = score(createDataset(tiny, answers), tiny, method({ minCoverage: "0" }));
    expect(formatExplanation(explain(plain, "A", "1"))).toContain('a1 1 "L1" → 1.00 ·');
  });
});
