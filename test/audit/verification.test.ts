// verifyRun and its judgement: the policy of `p10 verify`, without files.
import { describe, expect, it } from "vitest";
import { canonicalScoreSet } from "../../src/audit/canonical-scores.js";
import { createManifest, documentDigest } from "../../src/audit/create-manifest.js";
import { sha256Hex } from "../../src/audit/hash.js";
import type { Manifest } from "../../src/audit/manifest.js";
import {
  assertVerified,
  type RunObservation,
  verificationIssues,
  verificationStatus,
  verificationSummary,
  verifyRun,
} from "../../src/audit/verification.js";
import { createDataset } from "../../src/assessment/dataset.js";
import { isP10Error } from "../../src/errors.js";
import { score } from "../../src/score/engine.js";
import { method, tiny, unitAnswers } from "../score/fixtures.js";

const FULL = { a1: 3, a2: 0, a3: 0, b1: 2, b2: 2, c1: 3, d1: 1, d2: 1 } as const;
const CSV = "answers bytes";
const CHANGED = "other bytes";

function published() {
  const scoreSet = score(createDataset(tiny, unitAnswers("X", "2024", FULL)), tiny, method());
  const { manifest, scores } = createManifest({
    scoreSet,
    frameworkSource: { file: "tiny.json" },
    methodSource: { bundled: "test" },
    input: { name: "answers.csv", sha256: sha256Hex(CSV), rows: 8 },
    scoresFile: "m.scores.json",
  });
  return { manifest, scores, scoreSet };
}

/** What a verifier sees when nothing changed, with some parts replaced. */
function observe(changes: Partial<RunObservation> & { csv?: string } = {}): RunObservation {
  const { manifest, scores, scoreSet } = published();
  return {
    manifest,
    frameworkDigest: documentDigest(tiny.document),
    methodDigest: documentDigest(scoreSet.method),
    inputs: [{ file: "data/answers.csv", sha256: sha256Hex(changes.csv ?? CSV), rows: 8 }],
    published: scores,
    publishedFile: "data/m.scores.json",
    recomputed: scoreSet,
    ...changes,
  };
}

function mismatch(run: () => unknown) {
  try {
    run();
  } catch (e) {
    if (isP10Error(e) && e.code === "P10_VERIFY_MISMATCH") return e;
    throw e;
  }
  throw new Error("expected P10_VERIFY_MISMATCH");
}

describe("verifyRun", () => {
  it("verifies an untouched run, with no issue", () => {
    const v = verifyRun(observe());
    expect(verificationStatus(v)).toBe("verified");
    expect(verificationIssues(v)).toEqual([]);
    expect(assertVerified(v)).toEqual([]);
    expect(verificationSummary(v)).toBe(
      `1 unit of framework tiny 1 with method test 1 from data/answers.csv (8 rows): scores sha256 ${v.output.published} reproduced bit for bit`,
    );
  });

  it("a changed answer: names the input with both hashes, the entity, indicator and line, and both scores", () => {
    // a1: 3 → 2 at line 2 makes G1 = 2/3, P1 = (2/3 + 2)/2 = 4/3, index = (4/3 + 2)/2 = 5/3.
    const changed = score(createDataset(tiny, unitAnswers("X", "2024", { ...FULL, a1: 2 })), tiny, method());
    const v = verifyRun(observe({ csv: CHANGED, recomputed: changed }));
    expect(verificationStatus(v)).toBe("mismatch");
    const e = mismatch(() => assertVerified(v, { allowInputChanges: true }));
    expect(e.message).toBe("not verified: input data/answers.csv changed; the recomputed scores differ");
    const byCode = Object.fromEntries(e.issues.map((i) => [i.code, i]));
    expect(byCode.P10_VERIFY_INPUT).toMatchObject({
      severity: "error",
      file: "data/answers.csv",
      message: `input data/answers.csv changed (sha256 ${sha256Hex(CSV)} → ${sha256Hex(CHANGED)})`,
    });
    expect(byCode.P10_VERIFY_OUTPUT?.message).toBe(
      `the recomputed scores differ from the published ones (sha256 ${sha256Hex(published().scores)} → ${sha256Hex(canonicalScoreSet(changed))}): 1 of 1 units differ`,
    );
    // unitAnswers puts the k-th answer on line k + 2: a1 is on line 2.
    expect(byCode.P10_VERIFY_ANSWER).toMatchObject({
      file: "data/answers.csv",
      line: 2,
      path: "a1",
      message: "X 2024: answer to indicator a1 changed: published 3, now 2",
    });
    const scoreIssues = e.issues.filter((i) => i.code === "P10_VERIFY_SCORE").map((i) => i.message);
    expect(scoreIssues).toEqual([
      `X 2024: index tiny: node tiny score published 1.75, recomputed 1.${"6".repeat(48)}7 (the first of 3 differing nodes)`,
      "X 2024: index tiny: indicator a1 value published 3, recomputed 2",
    ]);
  });

  it("reordered rows: the input hash differs, the scores do not, and the report says so", () => {
    const v = verifyRun(observe({ csv: CHANGED }));
    expect(verificationStatus(v)).toBe("inputs-changed");
    expect(v.output.current).toBe(v.output.published);
    const e = mismatch(() => assertVerified(v));
    expect(e.message).toBe(
      "not verified: input data/answers.csv changed; the recomputed scores are identical",
    );
    expect(e.issues).toEqual([
      {
        code: "P10_VERIFY_INPUT",
        severity: "error",
        file: "data/answers.csv",
        message: `input data/answers.csv changed (sha256 ${sha256Hex(CSV)} → ${sha256Hex(CHANGED)}) but the recomputed scores are identical: the change does not affect any score (e.g. rows reordered)`,
      },
    ]);
    // Accepted on request: the same issue as a warning.
    expect(assertVerified(v, { allowInputChanges: true }).map((i) => i.severity)).toEqual(["warning"]);
    expect(verificationSummary(v)).toMatch(/reproduced, but inputs changed$/);
  });

  it("a changed method document fails even with identical scores; with other scores it shows them", () => {
    const { scoreSet } = published();
    const otherMethod = documentDigest({ ...scoreSet.method, description: "Edited." });
    const same = verifyRun(observe({ methodDigest: otherMethod }));
    expect(verificationStatus(same)).toBe("inputs-changed");
    expect(verificationIssues(same)[0]).toMatchObject({
      code: "P10_VERIFY_METHOD",
      severity: "error",
      message: expect.stringMatching(
        /^method test 1 changed \(sha256 [0-9a-f]{64} → [0-9a-f]{64}\) but the recomputed/,
      ),
    });
    const framework = verifyRun(observe({ frameworkDigest: otherMethod }));
    expect(verificationIssues(framework)[0]).toMatchObject({
      code: "P10_VERIFY_FRAMEWORK",
      file: "tiny.json",
    });
  });

  it("an altered or missing published scores file", () => {
    const altered = verifyRun(observe({ published: published().scores.replace('"1.75"', '"1.80"') }));
    expect(verificationStatus(altered)).toBe("mismatch");
    expect(mismatch(() => assertVerified(altered)).issues[0]).toMatchObject({
      code: "P10_VERIFY_SCORES_FILE",
      file: "data/m.scores.json",
    });
    const missing = verifyRun(observe({ published: null }));
    expect(verificationStatus(missing)).toBe("verified");
    expect(assertVerified(missing)).toMatchObject([{ code: "P10_VERIFY_SCORES_FILE", severity: "warning" }]);
  });

  it("another library version is a warning only", () => {
    const { manifest } = published();
    const old: Manifest = { ...manifest, library: { name: "principle10", version: "0.0.1" } };
    const v = verifyRun(observe({ manifest: old }));
    expect(verificationStatus(v)).toBe("verified");
    expect(assertVerified(v)).toMatchObject([{ code: "P10_VERIFY_LIBRARY", severity: "warning" }]);
  });
});

describe("verifyRun with digests the caller computed (how p10 verify streams them)", () => {
  /** The observation with the digests of its texts, and its published text kept only where verifyRun needs it. */
  function withDigests(o: RunObservation): RunObservation {
    const recomputed = sha256Hex(canonicalScoreSet(o.recomputed));
    const publishedDigest = o.published === null ? null : sha256Hex(o.published);
    const compare = publishedDigest === o.manifest.output.sha256 && recomputed !== o.manifest.output.sha256;
    return {
      ...o,
      published: compare ? o.published : null,
      digests: { published: publishedDigest, recomputed },
    };
  }

  it("judges as verifyRun does from the texts: untouched, a changed answer, altered and missing scores files", () => {
    const changed = score(createDataset(tiny, unitAnswers("X", "2024", { ...FULL, a1: 2 })), tiny, method());
    const cases: RunObservation[] = [
      observe(),
      observe({ csv: CHANGED, recomputed: changed }),
      observe({ published: `${published().scores} ` }),
      observe({ published: null }),
    ];
    for (const o of cases) {
      const fromTexts = verifyRun(o);
      const fromDigests = verifyRun(withDigests(o));
      expect(fromDigests).toEqual(fromTexts);
      expect(verificationIssues(fromDigests)).toEqual(verificationIssues(fromTexts));
    }
    // The changed answer is still located: the published text was given because the scores must be compared.
    expect(verifyRun(withDigests(cases[1] as RunObservation)).differences.length).toBeGreaterThan(0);
  });

  it("never hashes the texts it is given digests for", () => {
    const o = observe();
    // A published text that does not match its digest: the digest given is what counts.
    const v = verifyRun({ ...o, published: "not the scores", digests: withDigests(o).digests as never });
    expect(verificationStatus(v)).toBe("verified");
  });

  it("refuses malformed digests, and a missing text when the scores must be compared", () => {
    const o = observe();
    const invalid = (observation: RunObservation) => {
      try {
        verifyRun(observation);
      } catch (e) {
        return isP10Error(e) ? e.code : String(e);
      }
      return "no error";
    };
    expect(invalid({ ...o, digests: { published: null, recomputed: "abc" } })).toBe("P10_INVALID_ARGUMENT");
    expect(invalid({ ...o, digests: { published: "ABC", recomputed: "0".repeat(64) } })).toBe(
      "P10_INVALID_ARGUMENT",
    );
    const changed = score(createDataset(tiny, unitAnswers("X", "2024", { ...FULL, a1: 2 })), tiny, method());
    const digests = withDigests(observe({ recomputed: changed })).digests as never;
    expect(invalid({ ...o, recomputed: changed, published: null, digests })).toBe("P10_INVALID_ARGUMENT");
  });
});
