// Scores comparable over time (issue #21): cohort statistics per period, against a reference period or
// stated constants; goalposts inside the scale with and without clamping; node aggregates z-scored or
// rescaled 0–100 across units. Every expectation is computed by hand in the comments.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AnswerInput, bandOf, canonicalDecimal, createDataset } from "../../src/advanced.js";
import { isP10Error, type MethodInput, rank, type ScoreSet, score } from "../../src/index.js";
import { answersArb, method, snapshot, tiny, unitAnswers } from "./fixtures.js";

const INDICATORS = tiny.indicators.map((i) => i.id);

// Period 1: a1 = 1, 2, 3 (mean 2, sd 1; min 1, max 3). Period 2: a1 = 0, 3 (mean 1.5, sd √4.5).
// Pooled: 1, 2, 3, 0, 3 (mean 1.8, sd √1.7).
const rows: AnswerInput[] = [
  ...unitAnswers("A", "1", { a1: 1 }),
  ...unitAnswers("B", "1", { a1: 2 }),
  ...unitAnswers("C", "1", { a1: 3 }),
  ...unitAnswers("A", "2", { a1: 0 }),
  ...unitAnswers("B", "2", { a1: 3 }),
];
const data = createDataset(tiny, rows);

/** a1's normalised value per unit, "entity/period" → value. */
function a1Values(set: ScoreSet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const u of set.units) out[`${u.entity}/${u.period}`] = String(u.answers[0]?.value);
  return out;
}

const run = (extra: Partial<MethodInput>) => score(data, tiny, method({ minCoverage: "0", ...extra }));

describe("cohort statistics per period, against a reference period, against stated statistics", () => {
  it("z-score, scope period: period 1 gives −1, 0, 1; period 2 gives ∓1/√2", () => {
    const v = a1Values(run({ normalisation: { method: "z-score", scope: "period" } }));
    expect([v["A/1"], v["B/1"], v["C/1"]]).toEqual(["-1", "0", "1"]);
    // (0 − 1.5) / √4.5 = −1/√2 = −0.7071067811865475244008443621048490392848359376884…
    expect(v["A/2"]?.startsWith("-0.70710678118654752440084436210484903928483593768")).toBe(true);
    expect(v["B/2"]?.startsWith("0.70710678118654752440084436210484903928483593768")).toBe(true);
  });

  it("z-score, pooled (the default) mixes both periods: A/1 = (1 − 1.8) / √1.7", () => {
    const v = a1Values(run({ normalisation: { method: "z-score" } }));
    // −0.8 / 1.3038404810405297… = −0.61357199107789637…
    expect(v["A/1"]?.startsWith("-0.6135719910778963")).toBe(true);
  });

  it("cohort-minmax, scope period: period 1 → 0, 50, 100; period 2 → 0, 100 (pooled would give A/1 = 33.3…)", () => {
    const v = a1Values(run({ normalisation: { method: "cohort-minmax", range: "0-100", scope: "period" } }));
    expect(v).toEqual({ "A/1": "0", "B/1": "50", "C/1": "100", "A/2": "0", "B/2": "100" });
    const pooled = a1Values(run({ normalisation: { method: "cohort-minmax", range: "0-100" } }));
    expect(pooled["A/1"]?.startsWith("33.333")).toBe(true);
  });

  it("reference period 1: period 2 is z-scored with mean 2, sd 1 (0 → −2, 3 → 1) and min–max 1–3 (0 → −50)", () => {
    const z = a1Values(run({ normalisation: { method: "z-score", reference: { period: "1" } } }));
    expect(z).toEqual({ "A/1": "-1", "B/1": "0", "C/1": "1", "A/2": "-2", "B/2": "1" });
    const mm = a1Values(
      run({ normalisation: { method: "cohort-minmax", range: "0-100", reference: { period: "1" } } }),
    );
    expect(mm).toEqual({ "A/1": "0", "B/1": "50", "C/1": "100", "A/2": "-50", "B/2": "100" });
  });

  it("stated statistics: a1 with mean 2 and sd 0.5 → 3 gives 2, 0 gives −4; min 0, max 4 → 3 gives 75", () => {
    const zStats = Object.fromEntries(INDICATORS.map((id) => [id, { mean: "2", sd: "0.5" }]));
    const z = a1Values(run({ normalisation: { method: "z-score", reference: { stats: zStats } } }));
    expect(z).toEqual({ "A/1": "-2", "B/1": "0", "C/1": "2", "A/2": "-4", "B/2": "2" });
    const mmStats = Object.fromEntries(INDICATORS.map((id) => [id, { min: "0", max: "4" }]));
    const mm = a1Values(
      run({ normalisation: { method: "cohort-minmax", range: "0-100", reference: { stats: mmStats } } }),
    );
    expect(mm).toEqual({ "A/1": "25", "B/1": "50", "C/1": "75", "A/2": "0", "B/2": "75" });
  });

  it("records the statistics used and where they came from", () => {
    const set = run({ normalisation: { method: "z-score", scope: "period" } });
    const a1 = (set.statistics ?? []).filter((s) => s.id === "a1");
    expect(a1.map((s) => [s.source, s.period, s.count, String(s.mean), String(s.sd).slice(0, 8)])).toEqual([
      ["period", "1", 3, "2", "1"],
      ["period", "2", 2, "1.5", "2.121320"],
    ]);
  });

  it("refuses an id missing from stats, a reference period without answers, a reference beside scope period", () => {
    const stats = Object.fromEntries(
      INDICATORS.filter((id) => id !== "c1").map((id) => [id, { mean: "0", sd: "1" }]),
    );
    const fail = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (isP10Error(e)) return [e.code, ...e.issues.map((i) => `${i.code} ${i.path} ${i.message}`)];
      }
      return [];
    };
    const missing = fail(() => run({ normalisation: { method: "z-score", reference: { stats } } }));
    expect(missing[0]).toBe("P10_METHOD_INVALID");
    expect(missing[1]).toContain(
      "P10_METHOD_REFERENCE_STATS normalisation.reference.stats no stated mean and sd for indicator c1",
    );
    const unknown = fail(() =>
      run({
        normalisation: {
          method: "z-score",
          reference: { stats: { ...stats, c1: stats.a1!, zz: stats.a1! } },
        },
      }),
    );
    expect(unknown[1]).toContain('"zz", which is not an indicator');
    const noPeriod = fail(() => run({ normalisation: { method: "z-score", reference: { period: "2030" } } }));
    expect(noPeriod[0]).toBe("P10_REFERENCE_PERIOD");
    expect(noPeriod[1]).toContain("no answers for reference period 2030");
    expect(() =>
      method({ normalisation: { method: "z-score", scope: "period", reference: { period: "1" } } }),
    ).toThrow(/scope "period" has no effect/);
    expect(() =>
      method({ normalisation: { method: "z-score", reference: { stats: { a1: { mean: "1", sd: "0" } } } } }),
    ).toThrow(/sd of a1 must be positive/);
  });
});

describe("goalposts inside the scale", () => {
  const one = createDataset(
    tiny,
    [0, 1, 2, 3].flatMap((k) => unitAnswers(`E${k}`, "1", { a1: k })),
  );
  const values = (extra: Record<string, unknown>) =>
    a1Values(
      score(
        one,
        tiny,
        method({
          normalisation: {
            method: "goalposts",
            range: "0-100",
            posts: { q4: { min: "1", max: "2" } },
            ...extra,
          },
        }),
      ),
    );

  it("clamp (the default): 0, 1, 2, 3 on posts 1–2 → 0, 0, 100, 100", () => {
    expect(values({})).toEqual({ "E0/1": "0", "E1/1": "0", "E2/1": "100", "E3/1": "100" });
    expect(values({ clamp: true })).toEqual(values({}));
  });

  it("clamp false: 0, 1, 2, 3 on posts 1–2 → −100, 0, 100, 200", () => {
    expect(values({ clamp: false })).toEqual({ "E0/1": "-100", "E1/1": "0", "E2/1": "100", "E3/1": "200" });
  });
});

describe("normalised aggregates (normaliseNodes)", () => {
  // G1 = mean(a1, a2, a3): A 1, B 2, C 3 (period 1); A 0, B 3 (period 2). Nothing else answered.
  const g = createDataset(tiny, [
    ...unitAnswers("A", "1", { a1: 1, a2: 1, a3: 1 }),
    ...unitAnswers("B", "1", { a1: 2, a2: 2, a3: 2 }),
    ...unitAnswers("C", "1", { a1: 3, a2: 3, a3: 3 }),
    ...unitAnswers("A", "2", { a1: 0, a2: 0, a3: 0 }),
    ...unitAnswers("B", "2", { a1: 3, a2: 3, a3: 3 }),
  ]);
  const nodeOf = (set: ScoreSet, id: string) =>
    Object.fromEntries(
      set.units.map((u) => {
        const n = u.indices[0]?.nodes.find((x) => x.id === id);
        return [`${u.entity}/${u.period}`, [String(n?.score), n?.raw === undefined ? "-" : String(n.raw)]];
      }),
    );

  it("G1 z-scored per period: −1, 0, 1 and ∓1/√2, entering P1 and the index; the aggregate stays visible", () => {
    const set = score(
      g,
      tiny,
      method({ minCoverage: "0", normaliseNodes: { G1: { method: "z-score", scope: "period" } } }),
    );
    const g1 = nodeOf(set, "G1");
    expect(g1["A/1"]).toEqual(["-1", "1"]);
    expect(g1["C/1"]).toEqual(["1", "3"]);
    expect(g1["B/2"]?.[1]).toBe("3");
    expect(g1["B/2"]?.[0]?.startsWith("0.7071067811865475244")).toBe(true);
    // P1 = G1 (only child with a score) and the index = P1: both carry the normalised value, no raw.
    expect(nodeOf(set, "P1")["A/1"]).toEqual(["-1", "-"]);
    expect(nodeOf(set, "tiny")["C/1"]).toEqual(["1", "-"]);
    // A node under a normalised one has no additive contribution.
    expect(set.units[0]?.indices[0]?.indicators[0]?.contribution).toBeNull();
  });

  it("the index rescaled 0–100 across the units of each period; rank and band use the rescaled value", () => {
    const set = score(
      g,
      tiny,
      method({
        minCoverage: "0",
        normaliseNodes: { tiny: { method: "cohort-minmax", range: "0-100", scope: "period" } },
        presentation: { bands: [{ label: "low", max: "50" }, { label: "high" }] },
      }),
    );
    expect(nodeOf(set, "tiny")).toEqual({
      "A/1": ["0", "1"],
      "B/1": ["50", "2"],
      "C/1": ["100", "3"],
      "A/2": ["0", "0"],
      "B/2": ["100", "3"],
    });
    // Units A/1, A/2, B/1, B/2, C/1. Bands read the rescaled score (raw 0–3 would all be "low").
    const bands = set.units.map((u) =>
      bandOf(u.indices[0]?.nodes[0]?.score ?? null, set.method.presentation.bands),
    );
    expect(bands).toEqual(["low", "low", "low", "high", "high"]);
    expect(rank(set).indices[0]?.nodes[0]?.ranks).toEqual([3, 2, 2, 1, 1]);
    const stats = (set.statistics ?? []).filter((s) => s.target === "node");
    expect(stats.map((s) => [s.id, s.index, s.period, String(s.min), String(s.max)])).toEqual([
      ["tiny", "tiny", "1", "1", "3"],
      ["tiny", "tiny", "2", "0", "3"],
    ]);
  });

  it("nested normalised nodes: G1 z-scored, then P1 rescaled over the z-scores (two passes)", () => {
    const set = score(
      g,
      tiny,
      method({
        minCoverage: "0",
        normaliseNodes: { G1: { method: "z-score" }, P1: { method: "cohort-minmax", range: "0-1" } },
      }),
    );
    // Pooled G1: 1, 2, 3, 0, 3 → mean 1.8; P1 = z(G1) is rescaled so that A/2 (lowest) is 0, B/1 (… 3) is 1.
    const p1 = nodeOf(set, "P1");
    expect(p1["A/2"]?.[0]).toBe("0");
    expect(p1["C/1"]?.[0]).toBe("1");
    // B/1: (z(2) − z(0)) / (z(3) − z(0)) = (2 − 0) / (3 − 0) = 2/3 (a linear map keeps ratios).
    expect(p1["B/1"]?.[0]?.startsWith("0.66666666666666666666666666666666666666666666666")).toBe(true);
  });

  it("stated statistics of a node, and an error naming a node missing from them", () => {
    const set = score(
      g,
      tiny,
      method({
        minCoverage: "0",
        normaliseNodes: { G1: { method: "z-score", reference: { stats: { G1: { mean: "2", sd: "2" } } } } },
      }),
    );
    expect(nodeOf(set, "G1")["A/2"]).toEqual(["-1", "0"]);
    expect(() =>
      score(
        g,
        tiny,
        method({
          normaliseNodes: { G1: { method: "z-score", reference: { stats: { G2: { mean: "2", sd: "2" } } } } },
        }),
      ),
    ).toThrow(/no stated mean and sd for node G1/);
    expect(() => score(g, tiny, method({ normaliseNodes: { a1: { method: "z-score" } } }))).toThrow(
      /only the index, pillars and groups aggregate/,
    );
  });
});

describe("properties", () => {
  const periodOf = (set: ScoreSet, period: string) => {
    const all = snapshot(set) as { units: { unit: string }[] };
    return all.units.filter((u) => u.unit.endsWith(`/${period}`));
  };
  /** Answers of period 2020 (fixed by the first arbitrary) and of 2021 (the second). */
  const twoPeriods = fc.tuple(answersArb(tiny, 3), answersArb(tiny, 3)).map(([a, b]) => ({
    base: a.map((r) => ({ ...r, period: "2020" })),
    other: b.map((r) => ({ ...r, period: "2021" })),
  }));
  const specs: MethodInput["normalisation"][] = [
    { method: "z-score", scope: "period" },
    { method: "cohort-minmax", range: "0-100", scope: "period" },
    { method: "z-score", reference: { period: "2020" } },
    { method: "cohort-minmax", range: "0-1", reference: { period: "2020" } },
  ];

  it("under scope period or a reference, another period's answers (added, removed, reordered) never change a period's scores", () => {
    fc.assert(
      fc.property(twoPeriods, fc.integer({ min: 0, max: specs.length - 1 }), ({ base, other }, k) => {
        // A reference period must answer what the other periods answer (else: P10_REFERENCE_PERIOD).
        const answered = (rs: AnswerInput[]) =>
          new Set(rs.filter((r) => (r.code as number) >= 0).map((r) => r.indicator));
        const inBase = answered(base);
        fc.pre(k < 2 || [...answered(other)].every((id) => inBase.has(id)));
        const m = method({
          minCoverage: "0",
          normalisation: specs[k],
          normaliseNodes: { P1: specs[k] as never },
        });
        const alone = score(createDataset(tiny, base), tiny, m);
        const both = score(createDataset(tiny, [...other, ...base]), tiny, m);
        const reversed = score(createDataset(tiny, [...base, ...other].reverse()), tiny, m);
        expect(periodOf(both, "2020")).toEqual(periodOf(alone, "2020"));
        expect(periodOf(reversed, "2020")).toEqual(periodOf(alone, "2020"));
      }),
      { numRuns: 60 },
    );
  });

  it("a reference stating a period's own statistics gives that period the scores of scope period", () => {
    fc.assert(
      fc.property(twoPeriods, fc.boolean(), ({ base, other }, z) => {
        const ds = createDataset(tiny, [...base, ...other]);
        const spec = z
          ? ({ method: "z-score", scope: "period" } as const)
          : ({ method: "cohort-minmax", range: "0-100", scope: "period" } as const);
        const own = score(ds, tiny, method({ normalisation: spec }));
        const stats: Record<string, Record<string, string>> = {};
        for (const s of own.statistics ?? []) {
          if (s.period !== "2020") continue;
          if (z) {
            // A constant (or unanswered) indicator: every answer is the mean, so any positive sd gives 0.
            const sd = s.sd?.isZero() ? "1" : canonicalDecimal(s.sd as never);
            stats[s.id] = { mean: canonicalDecimal(s.mean as never), sd };
          } else if (s.min === null || s.min === undefined || s.max === null || s.max === undefined) {
            stats[s.id] = { min: "0", max: "1" }; // unanswered in 2020: its values are never used there
          } else if (s.min.eq(s.max)) {
            // A constant indicator gets the midpoint: posts one below and one above give it too.
            stats[s.id] = { min: canonicalDecimal(s.min.minus(1)), max: canonicalDecimal(s.max.plus(1)) };
          } else {
            stats[s.id] = { min: canonicalDecimal(s.min as never), max: canonicalDecimal(s.max as never) };
          }
        }
        const stated = score(
          ds,
          tiny,
          method({
            normalisation: z
              ? { method: "z-score", reference: { stats: stats as never } }
              : { method: "cohort-minmax", range: "0-100", reference: { stats: stats as never } },
          }),
        );
        expect(periodOf(stated, "2020")).toEqual(periodOf(own, "2020"));
      }),
      { numRuns: 60 },
    );
  });

  it("a node rescaled with cohort-minmax 0–100 per period has minimum 0 and maximum 100 in each period (when not constant)", () => {
    fc.assert(
      fc.property(twoPeriods, ({ base, other }) => {
        const set = score(
          createDataset(tiny, [...base, ...other]),
          tiny,
          method({
            minCoverage: "0",
            normaliseNodes: { P1: { method: "cohort-minmax", range: "0-100", scope: "period" } },
          }),
        );
        const pos = set.indices[0]?.nodes.findIndex((n) => n.id === "P1") as number;
        for (const period of ["2020", "2021"]) {
          const nodes = set.units.filter((u) => u.period === period).map((u) => u.indices[0]?.nodes[pos]);
          const scored = nodes.filter((n) => n?.score !== null && n?.score !== undefined);
          const raws = new Set(scored.map((n) => String(n?.raw)));
          if (raws.size < 2) continue;
          const values = scored.map((n) => Number(n?.score));
          expect(Math.min(...values)).toBe(0);
          expect(Math.max(...values)).toBe(100);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("the fast scorer (uncertainty) under scope period", () => {
  it("reproduces the exact per-period values cell by cell, and refuses normaliseNodes", async () => {
    const { compileFastModel } = await import("../../src/uncertainty/fast-scorer.js");
    const m = method({
      minCoverage: "0",
      normalisation: { method: "cohort-minmax", range: "0-100", scope: "period" },
    });
    const model = compileFastModel(data, tiny, m);
    const exact = score(data, tiny, m);
    const width = tiny.indicators.length;
    exact.units.forEach((u, unit) => {
      expect(model.values[0]?.[unit * width]).toBe(Number(u.answers[0]?.value));
    });
    expect(() =>
      compileFastModel(data, tiny, method({ normaliseNodes: { G1: { method: "z-score" } } })),
    ).toThrow(/normalises node aggregates across units/);
  });
});

describe("explain shows the statistics and the value before normalisation", () => {
  it("answers z-scored per period and a node rescaled against a reference period", async () => {
    const { explain, formatExplanation } = await import("../../src/index.js");
    const set = score(
      data,
      tiny,
      method({
        minCoverage: "0",
        normalisation: { method: "z-score", scope: "period" },
        normaliseNodes: { G1: { method: "cohort-minmax", range: "0-100", reference: { period: "1" } } },
      }),
    );
    const text = formatExplanation(explain(set, "A", "2"));
    // a1 of A/2 is 0: (0 − 1.5) / √4.5 = −0.71 in period 2; G1 = that z-score (the only answer), and
    // period 1's G1 z-scores run from −1 to 1, so min–max gives (−0.7071 + 1) / 2 × 100 = 14.64.
    expect(text).toContain('a1 0 "L0" → -0.71');
    expect(text).toContain("z-score with mean 1.5000, sd 2.1213 (period 2, 2 units)");
    expect(text).toContain("G1 14.64 = mean of 1 of 3 indicators");
    expect(text).toContain(
      "before normalisation -0.71 · min–max with min -1.0000, max 1.0000 (reference period 1, 3 units)",
    );
    const plain = formatExplanation(
      explain(score(data, tiny, method({ normalisation: { method: "z-score" } })), "A", "2"),
    );
    expect(plain).not.toContain("z-score with");
  });
});

describe("the JSON output keeps the value before normalisation", () => {
  it("score_before_normalisation on normalised nodes only", async () => {
    const { writeScoresJson } = await import("../../src/index.js");
    const set = score(
      data,
      tiny,
      method({ minCoverage: "0", normaliseNodes: { G1: { method: "z-score", scope: "period" } } }),
    );
    const rows = JSON.parse(writeScoresJson(set, rank(set))).rows as Record<string, unknown>[];
    const g1 = rows.find((r) => r.entity === "A" && r.period === "1" && r.node === "G1");
    expect([g1?.score_exact, g1?.score_before_normalisation]).toEqual(["-1", "1"]);
    const p1 = rows.find((r) => r.entity === "A" && r.period === "1" && r.node === "P1");
    expect(p1 !== undefined && "score_before_normalisation" in p1).toBe(false);
  });
});
