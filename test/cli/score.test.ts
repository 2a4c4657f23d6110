// p10 score and p10 explain on the bundled sample (seeds/edi-2015-sample.csv).
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { p10 } from "./run-cli.js";

const SAMPLE = "seeds/edi-2015-sample.csv";

describe("p10 score", () => {
  it("prints a ranked table on a terminal, with every sample jurisdiction", async () => {
    const r = await p10(["score", SAMPLE], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2024 \(edi-2015 1\.1\.0, method edi-2015 1\.0\.0\)$/m);
    expect(r.stdout).toMatch(/^rank\s+entity\s+name\s+edi\s+information\s+participation\s+justice\s+band$/m);
    expect(r.stdout).toMatch(/^\s+1\s+ARV\s+Arvenia\s+2\.55\s/m);
    const rows2024 = r.stdout.split("\n\n")[0]?.split("\n").slice(3) ?? [];
    expect(rows2024.filter((l) => l.trim() !== "")).toHaveLength(14);
  });

  it("writes tidy CSV when piped, and JSON or Markdown on request", async () => {
    const csv = await p10(["score", SAMPLE]);
    expect(csv.stdout.split("\n")[0]).toBe("entity,period,node,level,score,score_exact,rank,coverage,band");
    const json = await p10(["score", SAMPLE, "--format", "json"]);
    expect(JSON.parse(json.stdout).method.id).toBe("edi-2015");
    const md = await p10(["score", SAMPLE, "--format", "md"]);
    expect(md.stdout).toContain("| rank | entity | name | edi |");
  });

  it("writes to --out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "p10-"));
    const r = await p10(["score", SAMPLE, "--format", "csv", "--out", join(dir, "scores.csv")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(join(dir, "scores.csv"), "utf8")).toMatch(/^entity,period,node/);
  });

  it("exits 1 naming file, line and column on invalid data; 2 on a bad option", async () => {
    const bad = await p10(["score", "seeds/edi-2015-broken.csv"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^seeds\/edi-2015-broken\.csv:\d+:\d+: error P10_/m);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const usage = await p10(["score", SAMPLE, "--format", "xml"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--format must be one of table, csv, json, md");
    const missing = await p10(["score", "nope.csv"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nope.csv");
  });
});

describe("p10 explain", () => {
  it("explains the latest period by default, naming the CSV line of each answer", async () => {
    const r = await p10(["explain", SAMPLE, "--entity", "ARV"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ARV \(Arvenia\), 2024/);
    expect(r.stdout).toMatch(/1\.1 3 "Good practice" → 3\.00 .* line \d+/);
  });

  it("takes --period, refuses an unknown entity (1) and a missing --entity (2)", async () => {
    expect((await p10(["explain", SAMPLE, "--entity", "ARV", "--period", "2014"])).stdout).toMatch(
      /^ARV \(Arvenia\), 2014/,
    );
    const unknown = await p10(["explain", SAMPLE, "--entity", "XXX"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('entity "XXX" is not in');
    expect((await p10(["explain", SAMPLE])).code).toBe(2);
  });
});

describe("p10 score: files named relative to the working directory", () => {
  it("reads -f, -m and the CSV from the command's cwd and names them as typed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "p10-cwd-"));
    copyFileSync("data/frameworks/edi-2015.json", join(dir, "fw.json"));
    copyFileSync("data/methods/edi-2015.json", join(dir, "m.json"));
    copyFileSync(SAMPLE, join(dir, "sample.csv"));
    const ok = await p10(["score", "sample.csv", "-f", "./fw.json", "-m", "./m.json"], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout.split("\n")[0]).toBe("entity,period,node,level,score,score_exact,rank,coverage,band");
    const missing = await p10(["score", "sample.csv", "-m", "./nope.json"], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^\.\/nope\.json: error P10_FILE_READ/m);
  });
});

describe("p10 score --levels", () => {
  it("keeps the rows of the chosen levels: 28 units × (1 index + 3 pillars) on the sample", async () => {
    const r = await p10(["score", SAMPLE, "--format", "csv", "--levels", "pillar,index"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1 + 28 * 4);
    expect(new Set(lines.slice(1).map((l) => l.split(",")[3]))).toEqual(new Set(["index", "pillar"]));
    const json = await p10(["score", SAMPLE, "--format", "json", "--levels", "group"]);
    expect((JSON.parse(json.stdout) as { rows: unknown[] }).rows).toHaveLength(28 * 23);
  });

  it("refuses unknown levels and the table formats (exit 2)", async () => {
    const bad = await p10(["score", SAMPLE, "--format", "csv", "--levels", "index,guideline"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--levels takes a comma-separated subset of index,pillar,group,indicator; got "index,guideline"',
    );
    const table = await p10(["score", SAMPLE, "--format", "table", "--levels", "index"]);
    expect(table.code).toBe(2);
    expect(table.stderr).toContain("--levels needs --format csv or json");
  });
});
