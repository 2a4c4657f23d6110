// The committed API report matches the entries (stale → fail: run `npm run api` and review the diff), and the
// main entry keeps the promise of a small surface: at most 60 runtime names.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { apiReports } from "./api-report.js";
import { listPublicExports, REPO_ROOT } from "./public-exports.js";

describe("API report", () => {
  const reports = apiReports();

  it.each([...reports.keys()])("%s is up to date (npm run api)", (file) => {
    expect(readFileSync(join(REPO_ROOT, file), "utf8")).toBe(reports.get(file));
  });

  it("principle10 exports at most 60 runtime names", () => {
    const values = listPublicExports().filter((x) => x.entry === "src/index.ts" && x.isValue);
    expect(values.length).toBeGreaterThan(20);
    expect(values.length).toBeLessThanOrEqual(60);
  });

  it("one meaning per name: no name is exported by two entries from different declarations", () => {
    const bySource = new Map<string, Set<string>>();
    for (const x of listPublicExports()) {
      const set = bySource.get(x.name) ?? new Set<string>();
      set.add(`${x.source}`);
      bySource.set(x.name, set);
    }
    const clashes = [...bySource].filter(([, sources]) => sources.size > 1).map(([name]) => name);
    expect(clashes).toEqual([]);
  });
});
