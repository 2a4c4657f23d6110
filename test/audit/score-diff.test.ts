// diffScores: where published and recomputed canonical scores diverge.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalScoreSet, canonicalScores } from "../../src/audit/canonical-scores.js";
import { diffScores } from "../../src/audit/score-diff.js";
import { createDataset } from "../../src/assessment/dataset.js";
import { score } from "../../src/score/engine.js";
import { answersArb, method, tiny, tinyUnit, unitAnswers } from "../score/fixtures.js";

const FULL = { a1: 3, a2: 0, a3: 0, b1: 2, b2: 2, c1: 3, d1: 1, d2: 1 } as const;
const scores = (answers: Parameters<typeof tinyUnit>[0], m = method()) =>
  canonicalScores(score(tinyUnit(answers), tiny, m));

describe("diffScores", () => {
  it("finds nothing between equal results", () => {
    expect(diffScores(scores(FULL), scores(FULL))).toEqual([]);
  });

  it("names a changed answer, the first differing node with both values, and the first differing indicator", () => {
    // a1: 3 → 0 makes G1 = 0 (was 1), P1 = 1 (was 1.5), index = (1 + 2)/2 = 1.5 (was 1.75).
    const d = diffScores(scores(FULL), scores({ ...FULL, a1: 0 }));
    expect(d).toEqual([
      { kind: "answer", entity: "X", period: "2024", indicator: "a1", published: "3", recomputed: "0" },
      {
        kind: "node",
        entity: "X",
        period: "2024",
        index: "tiny",
        node: "tiny",
        field: "score",
        published: "1.75",
        recomputed: "1.5",
        count: 3,
      },
      {
        kind: "indicator",
        entity: "X",
        period: "2024",
        index: "tiny",
        node: "a1",
        field: "value",
        published: "3",
        recomputed: "0",
        count: 1,
      },
    ]);
  });

  it("shows a null score with its reason, and status words for unanswered cells", () => {
    // Without a2 and a3, G1 has coverage 1/3 < 2/3: null (coverage).
    const d = diffScores(scores(FULL), scores({ ...FULL, a2: "m", a3: "na" }));
    expect(d.filter((x) => x.kind === "answer").map((x) => [x.published, x.recomputed])).toEqual([
      ["0", "missing"],
      ["0", "not-applicable"],
    ]);
    // Without a1–a3, G1 has no answers; P1 keeps G2 only (weight share 1/2 < 2/3): null (coverage); so
    // does the index (P2 alone is 1/2).
    const { a1: _1, a2: _2, a3: _3, ...rest } = FULL;
    const node = diffScores(scores(FULL), scores(rest)).find((x) => x.kind === "node");
    expect(node).toMatchObject({
      node: "tiny",
      field: "score",
      published: "1.75",
      recomputed: "null (coverage)",
    });
  });

  it("reports units on one side only and changed headers (another method)", () => {
    const one = canonicalScores(score(createDataset(tiny, unitAnswers("A", "2024", FULL)), tiny, method()));
    const two = canonicalScores(
      score(
        createDataset(tiny, [...unitAnswers("A", "2024", FULL), ...unitAnswers("B", "2024", FULL)]),
        tiny,
        method({ version: "2" }),
      ),
    );
    const d = diffScores(one, two);
    expect(d[0]).toEqual({
      kind: "header",
      field: "method",
      published: '{"id":"test","version":"1"}',
      recomputed: '{"id":"test","version":"2"}',
    });
    expect(d[1]).toEqual({
      kind: "unit",
      entity: "B",
      period: "2024",
      published: "absent",
      recomputed: "present",
    });
    expect(diffScores(two, one).find((x) => x.kind === "unit")).toMatchObject({ published: "present" });
  });

  it("names the first differing field when scores agree but weights differ", () => {
    // Geometric pillar means change no score here (P1: G1 = G2 = 2, so √(2·2) = 2; P2: c1 = G3 = 1) but an
    // indicator under a geometric node has no additive contribution: null.
    const even = { a1: 2, a2: 2, a3: 2, b1: 2, b2: 2, c1: 1, d1: 1, d2: 1 };
    const geo = method({ aggregation: { pillar: { function: "geometric" }, zeros: "fail" } });
    const d = diffScores(scores(even), scores(even, geo));
    expect(d.find((x) => x.kind === "indicator")).toMatchObject({
      field: "contribution",
      recomputed: "null",
    });
  });

  it("property: no difference is reported exactly when the canonical bytes are equal", () => {
    const m = method({ minCoverage: "0" });
    fc.assert(
      fc.property(answersArb(tiny, 4), answersArb(tiny, 4), (a, b) => {
        const x = score(createDataset(tiny, a), tiny, m);
        const y = score(createDataset(tiny, b), tiny, m);
        const same = canonicalScoreSet(x) === canonicalScoreSet(y);
        expect(diffScores(canonicalScores(x), canonicalScores(y)).length === 0).toBe(same);
        expect(diffScores(canonicalScores(x), canonicalScores(x))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
