// p10 coherence end to end (in memory) on the p10-2026 sample: the three formats, every CSV table, the
// options, and usage errors.
import { describe, expect, it } from "vitest";
import { p10 } from "./run-cli.js";

const SAMPLE = "seeds/p10-2026-sample.csv";

describe("p10 coherence", () => {
  it("runs on the p10-2026 sample and prints tables per index and period", async () => {
    const r = await p10(["coherence", SAMPLE, "-f", "p10-2026", "--format", "table"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("== index law, period 2025 (14 units) ==");
    expect(r.stdout).toContain("== index practice, period 2025 (14 units) ==");
    expect(r.stdout).toContain("Rank shifts when one pillar is removed");
  });

  it("writes JSON with every section and CSV tables with their headers", async () => {
    const j = await p10(["coherence", SAMPLE, "-f", "p10-2026", "--format", "json", "--remove", "none"]);
    const doc = JSON.parse(j.stdout);
    expect(doc.results.map((x: { index: string }) => x.index)).toEqual(["law", "practice"]);
    expect(doc.remove).toBe("none");
    expect(doc.results[0].removal).toBeNull();
    expect(Object.keys(doc.results[0])).toEqual([
      "index",
      "period",
      "units",
      "correlations",
      "siblings",
      "alpha",
      "pca",
      "weights",
      "removal",
    ]);
    const alpha = await p10(["coherence", SAMPLE, "-f", "p10-2026", "--format", "csv", "--table", "alpha"]);
    expect(alpha.stdout.split("\n")[0]).toBe("index,period,node,level,basis,k,alpha");
    const shifts = await p10(["coherence", SAMPLE, "-f", "p10-2026", "--format", "csv", "--table", "shifts"]);
    // 2 indices × 3 pillars × 14 units + the header + the final newline
    expect(shifts.stdout.split("\n")).toHaveLength(2 * 3 * 14 + 2);
  });

  it("reads its thresholds: a p-value of 1 flags nothing as insignificant", async () => {
    const r = await p10([
      "coherence",
      SAMPLE,
      "-f",
      "p10-2026",
      "--format",
      "csv",
      "--p-value",
      "1",
      "--remove",
      "none",
    ]);
    expect(r.stdout).not.toContain("insignificant");
    const d = await p10(["coherence", SAMPLE, "-f", "p10-2026", "--format", "csv", "--remove", "none"]);
    expect(d.stdout).toContain("insignificant");
  });

  it("refuses bad options with a usage error", async () => {
    expect((await p10(["coherence", SAMPLE, "--p-value", "2"])).code).toBe(2);
    expect((await p10(["coherence", SAMPLE, "--remove", "pillars"])).code).toBe(2);
    expect((await p10(["coherence", SAMPLE, "--table", "alpha", "--format", "json"])).code).toBe(2);
  });
});
