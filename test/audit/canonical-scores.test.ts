// canonicalScores / canonicalScoreSet: the hashed form of a ScoreSet.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CanonicalScoresSchema,
  canonicalScoreChunks,
  canonicalScoreSet,
  canonicalScores,
  canonicalScoresSha256,
} from "../../src/audit/canonical-scores.js";
import { sha256Hex } from "../../src/audit/hash.js";
import { createDataset } from "../../src/assessment/dataset.js";
import { score } from "../../src/score/engine.js";
import { answersArb, method, tiny, tinyUnit } from "../score/fixtures.js";
import { readFileSync } from "node:fs";
import { parseAssessments } from "../../src/assessment/parse.js";
import { frameworks } from "../../src/framework/registry.js";
import { methods } from "../../src/method/registry.js";

// tiny: P1 = {G1: a1 a2 a3, G2: b1 b2}, P2 = {c1, G3: d1 d2}; default method: nested equal weights,
// arithmetic means, missing answers dropped, minimum coverage 2/3.
const FULL = { a1: 3, a2: 0, a3: 0, b1: 2, b2: 2, c1: 3, d1: 1, d2: 1 } as const;

describe("canonicalScores", () => {
  it("holds the exact values of a hand-computed unit", () => {
    // By hand: G1 = (3+0+0)/3 = 1; G2 = (2+2)/2 = 2; P1 = (1+2)/2 = 1.5; G3 = (1+1)/2 = 1 (d2 is yes = 1);
    // P2 = (c1 3 + G3 1)/2 = 2; index = (1.5+2)/2 = 1.75. a1 weighs 1/3 in G1 and 1/2 × 1/2 × 1/3 = 1/12 in
    // the index, so it contributes 3/12 = 0.25. Decimals have 50 significant digits, half-even.
    const c = canonicalScores(score(tinyUnit(FULL), tiny, method()));
    const unit = c.units[0];
    const nodes = unit?.indices[0]?.nodes ?? [];
    expect(nodes.map((n) => [n.id, n.score])).toEqual([
      ["tiny", "1.75"],
      ["P1", "1.5"],
      ["G1", "1"],
      ["G2", "2"],
      ["P2", "2"],
      ["G3", "1"],
    ]);
    expect(nodes[0]).toEqual({
      id: "tiny",
      score: "1.75",
      reason: null,
      coverage: "1",
      answers: { expected: 8, present: 8, missing: 0, notApplicable: 0 },
      weight: null,
      effectiveWeight: "1",
    });
    expect(unit?.indices[0]?.indicators[0]).toEqual({
      id: "a1",
      value: "3",
      weight: `0.${"3".repeat(50)}`,
      effectiveWeight: `0.0${"8"}${"3".repeat(49)}`,
      contribution: "0.25",
    });
    expect(unit?.answers[0]).toEqual({ indicator: "a1", status: "answered", code: "3" });
    expect(c.framework).toEqual({ id: "tiny", version: "1" });
    expect(c.method).toEqual({ id: "test", version: "1" });
  });

  it("gives null scores a reason code, and keeps every answer status", () => {
    // G1 has one answer of three: coverage 1/3 < 2/3, so G1 is null with reason "coverage".
    const c = canonicalScores(score(tinyUnit({ a1: 3, a2: "m", b1: 2, c1: "na" }), tiny, method()));
    const g1 = c.units[0]?.indices[0]?.nodes.find((n) => n.id === "G1");
    expect(g1?.score).toBeNull();
    expect(g1?.reason).toBe("coverage");
    expect(c.units[0]?.answers.map((a) => a.status)).toEqual([
      "answered",
      "missing",
      "absent",
      "answered",
      "absent",
      "not-applicable",
      "absent",
      "absent",
    ]);
    expect(c.units[0]?.answers[1]).toEqual({ indicator: "a2", status: "missing" });
  });

  it("is identical across two runs, holds no float, and reads back through its own schema", () => {
    const set = score(tinyUnit(FULL), tiny, method());
    const text = canonicalScoreSet(set);
    expect(canonicalScoreSet(score(tinyUnit(FULL), tiny, method()))).toBe(text);
    expect(text).not.toMatch(/\d\.\d+[,}\]]/); // decimals only inside strings
    expect(text).not.toMatch(/"line"|"file"/);
    expect(CanonicalScoresSchema.parse(JSON.parse(text))).toEqual(canonicalScores(set));
  });

  it("leaves out line numbers: the same answers on other lines give the same bytes", () => {
    const answers = Object.entries(FULL).map(([indicator, code], k) => ({
      entity: "X",
      period: "2024",
      indicator,
      code,
      line: k + 2,
    }));
    const moved = answers.map((a, k) => ({ ...a, line: 100 - k }));
    expect(canonicalScoreSet(score(createDataset(tiny, moved), tiny, method()))).toBe(
      canonicalScoreSet(score(createDataset(tiny, answers), tiny, method())),
    );
  });

  it("property: invariant to permuting the dataset's input answers (and their lines)", () => {
    const m = method({ minCoverage: "0" });
    fc.assert(
      fc.property(
        answersArb(tiny, 6).chain((answers) =>
          fc.tuple(
            fc.constant(answers),
            fc.shuffledSubarray(answers, { minLength: answers.length, maxLength: answers.length }),
          ),
        ),
        ([answers, shuffled]) => {
          const lined = (xs: typeof answers) => xs.map((a, k) => ({ ...a, line: k + 2 }));
          const a = canonicalScoreSet(score(createDataset(tiny, lined(answers)), tiny, m));
          const b = canonicalScoreSet(score(createDataset(tiny, lined(shuffled)), tiny, m));
          expect(b).toBe(a);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("property: changing one answer changes the canonical bytes", () => {
    fc.assert(
      fc.property(
        answersArb(tiny, 4).filter((xs) => xs.length > 0),
        fc.nat(),
        (answers, pick) => {
          const k = pick % answers.length;
          const a = answers[k]!;
          const levels = tiny.indicatorById.get(a.indicator)!.scale.levels.length;
          // Another level, or a level where there was none.
          const code = a.code! >= 0 ? (a.code! + 1) % levels : 0;
          const changed = answers.map((x, i) => (i === k ? { ...x, code } : x));
          expect(canonicalScoreSet(score(createDataset(tiny, changed), tiny, method()))).not.toBe(
            canonicalScoreSet(score(createDataset(tiny, answers), tiny, method())),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("canonical scores in pieces", () => {
  it("join to canonicalScoreSet byte for byte, and their digest is its SHA-256", () => {
    fc.assert(
      fc.property(answersArb(tiny, 40), fc.boolean(), (answers, normaliseG1) => {
        // normaliseNodes adds the statistics member (between method and units).
        const m = method(
          normaliseG1
            ? { minCoverage: "0", normaliseNodes: { G1: { method: "cohort-minmax", range: "0-100" } } }
            : {},
        );
        const set = score(createDataset(tiny, answers), tiny, m);
        const whole = canonicalScoreSet(set);
        const pieces = [...canonicalScoreChunks(set)];
        expect(pieces.join("")).toBe(whole);
        // 16 units per piece: more than 16 units means more than one piece of units.
        if (set.units.length > 16) expect(pieces.length).toBeGreaterThan(2);
        expect(canonicalScoresSha256(set)).toBe(sha256Hex(whole));
      }),
      { numRuns: 40 },
    );
  });

  it("join to canonicalScoreSet on the samples, whose units share answers, nodes and indicators", () => {
    // The pieces write each shared object's text once and reuse it: the reuse must not change a byte.
    for (const [fw, file, m] of [
      ["edi-2015", "seeds/edi-2015-sample.csv", "edi-2015"],
      ["p10-2026", "seeds/p10-2026-sample.csv", "p10-default"],
    ] as const) {
      const framework = frameworks.get(fw);
      const set = score(
        parseAssessments(readFileSync(file, "utf8"), framework).dataset,
        framework,
        methods.get(m),
      );
      expect([...canonicalScoreChunks(set)].join("")).toBe(canonicalScoreSet(set));
    }
  });
});
