// p10 weights end to end (in memory): the method JSON on stdout, the summary with --out, usage errors.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMethod } from "../../src/index.js";
import { p10 } from "./run-cli.js";

const SAMPLE = "seeds/p10-2026-sample.csv";

describe("p10 weights", () => {
  it("writes a valid explicit-weights method with PCA weights of the indicators", async () => {
    const r = await p10(["weights", SAMPLE, "-f", "p10-2026", "--pca", "--level", "indicator"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const m = parseMethod(JSON.parse(r.stdout));
    expect(m.weighting.scheme).toBe("explicit");
    expect(m.description).toContain("Data-driven weights (pca) at the indicator level");
  });

  it("writes balanced pillar weights to --out and prints a summary", async () => {
    const dir = mkdtempSync(join(tmpdir(), "p10-weights-"));
    const out = join(dir, "balanced.json");
    const r = await p10([
      "weights",
      SAMPLE,
      "-f",
      "p10-2026",
      "--balance",
      "--level",
      "pillar",
      "--out",
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("balance weights at the pillar level from index law, period 2025");
    const m = parseMethod(JSON.parse(readFileSync(out, "utf8")));
    expect(m.weighting.scheme === "explicit" && Object.keys(m.weighting.weights)).toEqual([
      "information",
      "participation",
      "justice",
    ]);
  });

  it("needs exactly one scheme", async () => {
    expect((await p10(["weights", SAMPLE, "-f", "p10-2026"])).code).toBe(2);
    expect((await p10(["weights", SAMPLE, "-f", "p10-2026", "--pca", "--balance"])).code).toBe(2);
  });
});
