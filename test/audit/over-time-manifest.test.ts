// Manifests of runs with the over-time options (issue #21): the canonical scores record the statistics
// each cohort normalisation used, a run verifies, and a tampered stated statistic is named by verify.
import { describe, expect, it } from "vitest";
import { canonicalScores, createManifest, type MethodInput, score, verifyRun } from "../../src/index.js";
import {
  createDataset,
  documentDigest,
  sha256Hex,
  verificationIssues,
  verificationStatus,
} from "../../src/advanced.js";
import { method, tiny, unitAnswers } from "../score/fixtures.js";

const data = createDataset(tiny, [
  ...unitAnswers("A", "1", { a1: 1, a2: 1 }),
  ...unitAnswers("B", "1", { a1: 3, a2: 2 }),
  ...unitAnswers("A", "2", { a1: 2, a2: 3 }),
]);
const stats = Object.fromEntries(tiny.indicators.map((i) => [i.id, { mean: "1.5", sd: "0.5" }]));
const stated = (a1Mean: string): Partial<MethodInput> => ({
  minCoverage: "0",
  normalisation: { method: "z-score", reference: { stats: { ...stats, a1: { mean: a1Mean, sd: "0.5" } } } },
});

function publish(extra: Partial<MethodInput>) {
  const set = score(data, tiny, method(extra));
  const input = { name: "a.csv", sha256: sha256Hex("csv"), rows: 6 };
  const { manifest, scores } = createManifest({
    scoreSet: set,
    frameworkSource: { file: "tiny.json" },
    methodSource: { file: "m.json" },
    input,
    scoresFile: "m.scores.json",
  });
  const observe = (now: Partial<MethodInput>) => {
    const recomputed = score(data, tiny, method(now));
    return verifyRun({
      manifest,
      frameworkDigest: documentDigest(tiny.document),
      methodDigest: documentDigest(recomputed.method),
      inputs: [{ file: "a.csv", sha256: input.sha256, rows: 6 }],
      published: scores,
      publishedFile: "m.scores.json",
      recomputed,
    });
  };
  return { set, observe };
}

describe("manifests with scope, reference and normaliseNodes", () => {
  it("record the statistics used; untouched runs verify", () => {
    const options: Partial<MethodInput>[] = [
      stated("1.5"),
      { normalisation: { method: "cohort-minmax", range: "0-100", scope: "period" } },
      { normalisation: { method: "z-score", reference: { period: "1" } } },
      { minCoverage: "0", normaliseNodes: { G1: { method: "cohort-minmax", range: "0-100" } } },
    ];
    for (const extra of options) {
      const { set, observe } = publish(extra);
      expect(canonicalScores(set).statistics?.length).toBeGreaterThan(0);
      expect(verificationStatus(observe(extra))).toBe("verified");
    }
    const a1 = canonicalScores(publish(stated("1.5")).set).statistics?.find((s) => s.id === "a1");
    expect(a1).toEqual({
      id: "a1",
      target: "indicator",
      index: null,
      method: "z-score",
      source: "stated",
      period: null,
      count: null,
      mean: "1.5",
      sd: "0.5",
    });
  });

  it("a tampered stated statistic is named: the method changed and a1's mean differs", () => {
    const { observe } = publish(stated("1.5"));
    const v = observe(stated("1.25"));
    expect(verificationStatus(v)).toBe("mismatch");
    const issues = verificationIssues(v);
    expect(issues.map((i) => i.code)).toContain("P10_VERIFY_METHOD");
    const named = issues.find((i) => i.code === "P10_VERIFY_STATISTIC");
    expect(named?.path).toBe("a1");
    expect(named?.message).toBe(
      "normalisation statistic mean of indicator a1, stated in the method: published 1.5, recomputed 1.25",
    );
  });

  it("methods without the new options keep canonical scores without statistics (byte-identical)", () => {
    const set = score(data, tiny, method({ normalisation: { method: "z-score" } }));
    expect("statistics" in canonicalScores(set)).toBe(false);
  });
});
