// `--format json` of validate, explain, verify and agreement: each output parses against its published
// schema (strict objects: an undocumented field fails), states what the text output states, and agrees
// with the exit code.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  AgreementOutputSchema,
  ExplainOutputSchema,
  ValidateOutputSchema,
  VerifyOutputSchema,
} from "../../src/cli/json/schemas.js";
import { p10 } from "./run-cli.js";

const SAMPLE = "seeds/edi-2015-sample.csv";

describe("p10 validate --format json", () => {
  it("describes a valid file as the text summary does (2772 rows, 14 entities, 2 periods)", async () => {
    const r = await p10(["validate", SAMPLE, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const v = ValidateOutputSchema.parse(JSON.parse(r.stdout));
    expect(v).toMatchObject({
      file: SAMPLE,
      valid: true,
      errors: 0,
      layout: "long",
      rows: { read: 2772, accepted: 2772, rejected: 0 },
      entities: 14,
      periods: ["2014", "2024"],
      units: 28,
    });
    const text = await p10(["validate", SAMPLE]);
    expect(text.stdout).toContain("rows: 2772 read, 2772 accepted, 0 rejected");
  });

  it("lists every issue of a broken file with its line and column, and exits 1", async () => {
    const abs = join(process.cwd(), "seeds/edi-2015-broken.csv");
    const dir = mkdtempSync(join(tmpdir(), "p10-json-"));
    const j = await p10(["validate", abs, "--out", "v.json"], { cwd: dir });
    expect(j.code).toBe(1);
    expect(j.stderr).toBe("");
    const v = ValidateOutputSchema.parse(JSON.parse(readFileSync(join(dir, "v.json"), "utf8")));
    expect(v.valid).toBe(false);
    expect(v.errors).toBe(v.issues.filter((i) => i.severity === "error").length);
    const text = await p10(["validate", abs]);
    // Every FILE:LINE:COLUMN line of the text output is one issue of the JSON.
    const lines = text.stderr.trim().split("\n");
    expect(v.issues).toHaveLength(lines.length);
    const first = v.issues[0]!;
    expect(lines[0]).toBe(
      `${abs}:${first.line}:${first.column}: ${first.severity} ${first.code}: ${first.message}`,
    );
  });

  it("renames the layout option to --layout and answers the old --format long|wide", async () => {
    const wide = await p10(["validate", SAMPLE, "--layout", "long", "--format", "json"]);
    expect(JSON.parse(wide.stdout).layout).toBe("long");
    const old = await p10(["validate", SAMPLE, "--format", "wide"]);
    expect(old.code).toBe(2);
    expect(old.stderr).toContain("for the file layout use --layout wide");
  });
});

describe("p10 explain --format json", () => {
  it("gives the same scores and lines as the text tree", async () => {
    const r = await p10(["explain", SAMPLE, "--entity", "BMR", "--period", "2014", "--format", "json"]);
    expect(r.code).toBe(0);
    const e = ExplainOutputSchema.parse(JSON.parse(r.stdout));
    expect(e).toMatchObject({ entity: "BMR", period: "2014", file: SAMPLE });
    const root = e.indices[0]!.root;
    const text = await p10(["explain", SAMPLE, "--entity", "BMR", "--period", "2014"]);
    // The text shows the root score rounded to 2 places; the JSON holds it exactly.
    const shown = Number(root.score).toFixed(2);
    expect(text.stdout).toContain(shown);
    // The first answer's CSV line is the line of that row in the file.
    let node = root;
    while (node.children.length > 0) node = node.children[0]!;
    const line = node.answer?.line ?? 0;
    const row = readFileSync(SAMPLE, "utf8").split("\n")[line - 1]!;
    expect(row.startsWith(`BMR,`)).toBe(true);
    expect(row).toContain(`,2014,${node.id},`);
  });
});

describe("p10 verify --format json", () => {
  it("reports verified (exit 0), then a changed answer as a mismatch (exit 1) with its line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "p10-verify-json-"));
    copyFileSync(SAMPLE, join(dir, "sample.csv"));
    expect(
      (await p10(["score", "sample.csv", "--out", "s.csv", "--manifest", "run.json"], { cwd: dir })).code,
    ).toBe(0);
    const ok = await p10(["verify", "run.json", "--format", "json"], { cwd: dir });
    expect(ok.code).toBe(0);
    const v = VerifyOutputSchema.parse(JSON.parse(ok.stdout));
    expect(v).toMatchObject({ status: "verified", verified: true, differences: [], issues: [] });
    expect(v.inputs[0]?.rows).toEqual({ published: 2772, current: 2772 });

    const lines = readFileSync(join(dir, "sample.csv"), "utf8").split("\n");
    lines[1] = lines[1]!.replace(/^ARV,Arvenia,2014,1\.1,2,/, "ARV,Arvenia,2014,1.1,3,");
    writeFileSync(join(dir, "sample.csv"), lines.join("\n"));
    const bad = await p10(["verify", "run.json", "--format", "json"], { cwd: dir });
    expect(bad.code).toBe(1);
    const w = VerifyOutputSchema.parse(JSON.parse(bad.stdout));
    expect(w.status).toBe("mismatch");
    expect(w.verified).toBe(false);
    expect(w.differences).toContainEqual(
      expect.objectContaining({
        kind: "answer",
        entity: "ARV",
        indicator: "1.1",
        published: "2",
        recomputed: "3",
        line: 2,
      }),
    );
  });
});

describe("p10 agreement --format json", () => {
  it("parses against its schema, with and without --evidence (395 disagreements in the seed)", async () => {
    for (const extra of [[], ["--evidence"]]) {
      const r = await p10(["agreement", "seeds/edi-2015-double-scored.csv", "--format", "json", ...extra]);
      expect(r.code).toBe(0);
      const a = AgreementOutputSchema.parse(JSON.parse(r.stdout));
      expect(a.cells).toEqual({ answered: 2772, single: 0, agreed: 2377, disagreed: 395 });
      expect(a.disagreements).toHaveLength(395);
      expect(a.evidence === undefined).toBe(extra.length === 0);
    }
  });
});
