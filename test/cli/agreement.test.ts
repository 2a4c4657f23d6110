// `p10 agreement` through runCli: the table on the double-scored seed (three-decimal alpha and kappa), the
// tidy CSV with its formula-injection guard, canonical JSON, --metric, --evidence, and the exit codes.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../src/audit/canonical-json.js";
import { p10 } from "./run-cli.js";

const SEED = "seeds/edi-2015-double-scored.csv";
const tmp = mkdtempSync(join(tmpdir(), "p10-agreement-"));
const file = (name: string, text: string): string => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

describe("p10 agreement", () => {
  it("prints the table on a terminal: every level, alpha and kappa with three decimals", async () => {
    const r = await p10(["agreement", SEED], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(`${SEED}: framework edi-2015 1.1.0, 28 assessors`);
    expect(lines[1]).toBe(
      "cells: 2772 answered; 2772 by two or more assessors (2377 agreed, 395 disagreed), 0 by one assessor only",
    );
    // The values are those of the seed (seeds/README.md); 28 assessors in the whole file: no kappa.
    expect(r.stdout).toMatch(/^file +all +2675 +28 +86\.2% +0\.885 +ordinal +— +370$/m);
    expect(r.stdout).toMatch(/^pillar +information +675 +28 +\d+\.\d% +0\.\d{3} +ordinal +— +\d+$/m);
    expect(r.stdout).toMatch(/^group +G26 +\d+ +28 /m);
    expect(r.stdout).toMatch(/^indicator +P2\.1 +\d+ +28 /m);
    // One entity: its own two lawyers, so kappa is defined.
    expect(r.stdout).toMatch(/^entity +ARV +193 +2 +87\.6% +0\.871 +ordinal +0\.865 +24$/m);
    expect(r.stdout).toMatch(/^Disagreements: 395 cells, largest first/m);
    expect(r.stdout).toMatch(
      /^ +2 +ARV +2014 +P2\.2 +2 \(lawyer-1-ARV, line 154\) vs 0 \(lawyer-2-ARV, line 155\)$/m,
    );
    expect(r.stdout).toMatch(/^ +— +\S+ +\d{4} +\S+ +(n\/a|missing) \(lawyer-1-/m);
    expect(r.stdout).not.toContain("Evidence");
  });

  it("writes tidy long CSV by default when piped, every cell guarded against formula injection", async () => {
    const r = await p10(["agreement", SEED]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await p10(["agreement", SEED, "--format", "csv"])).stdout);
    const rows: string[][] = parse(r.stdout);
    expect(rows[0]).toEqual([
      "section",
      "level",
      "group",
      "entity",
      "period",
      "indicator",
      "assessor",
      "variable",
      "value",
    ]);
    expect(rows.every((row) => row.length === 9)).toBe(true);
    const value = (level: string, group: string, variable: string) =>
      rows.find((x) => x[0] === "agreement" && x[1] === level && x[2] === group && x[7] === variable)?.[8];
    expect(value("file", "all", "alpha")).toBe("0.885");
    expect(value("file", "all", "agreement")).toBe("0.862");
    expect(value("file", "all", "agreeing_pairs")).toBe("2305");
    expect(value("file", "all", "pairs")).toBe("2675");
    expect(value("file", "all", "kappa")).toBe("");
    expect(value("entity", "ARV", "kappa")).toBe("0.865");
    expect(rows.filter((x) => x[0] === "disagreement" && x[7] === "steps")).toHaveLength(395);

    const injected = file(
      "injected.csv",
      "entity,period,indicator,response,assessor\nA,2024,1.1,3,=HYPERLINK(1)\nA,2024,1.1,2,@bob\n",
    );
    const guarded = await p10(["agreement", injected, "--format", "csv"]);
    expect(guarded.code).toBe(0);
    expect(guarded.stdout).toContain("disagreement,cell,,A,2024,1.1,'=HYPERLINK(1),response,3");
    expect(guarded.stdout).toContain("disagreement,cell,,A,2024,1.1,'@bob,response,2");
  });

  it("writes canonical, deterministic JSON", async () => {
    const r = await p10(["agreement", SEED, "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(r.stdout).toBe(`${canonicalJson(doc)}\n`);
    expect((await p10(["agreement", SEED, "--format", "json"])).stdout).toBe(r.stdout);
    expect(doc.cells).toEqual({ answered: 2772, single: 0, agreed: 2377, disagreed: 395 });
    expect(doc.groups[0]).toMatchObject({
      level: "file",
      group: "all",
      alpha: "0.885",
      kappa: null,
      metric: "ordinal",
    });
    expect(doc.disagreements[0]).toMatchObject({
      entity: "ARV",
      period: "2014",
      indicator: "P2.2",
      steps: 2,
    });
    expect(doc.evidence).toBeUndefined();
  });

  it("takes --metric for every group", async () => {
    const r = await p10(["agreement", SEED, "--format", "json", "--metric", "nominal"]);
    const doc = JSON.parse(r.stdout);
    expect(new Set(doc.groups.map((g: { metric: string }) => g.metric))).toEqual(new Set(["nominal"]));
    expect(doc.groups[0].alpha).not.toBe("0.885");
    expect((await p10(["agreement", SEED, "--metric", "ratio"])).code).toBe(2);
  });

  it("adds evidence coverage per assessor and pillar, and the unsourced answers, with --evidence", async () => {
    const r = await p10(["agreement", SEED, "--evidence"], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Evidence: answers on the scale that cite a source, per assessor and pillar$/m);
    expect(r.stdout).toMatch(/^assessor +information +participation +justice +all pillars$/m);
    expect(r.stdout).toMatch(
      /^all assessors +87\.4% of 1353 +86\.0% of 1201 +85\.3% of 2821 +86\.0% of 5375$/m,
    );
    expect(r.stdout).toMatch(/^Answers above the lowest level without a source: 547$/m);
    const json = JSON.parse((await p10(["agreement", SEED, "--evidence", "--format", "json"])).stdout);
    expect(json.evidence.tallies.at(-1)).toEqual({
      assessor: null,
      pillar: null,
      answers: 5375,
      cited: 4621,
      share: "0.860",
    });
    expect(json.evidence.unsourced).toHaveLength(547);
  });

  it("exits 1 on invalid data, printing FILE:LINE:COLUMN lines as p10 validate does", async () => {
    const r = await p10(["agreement", "seeds/edi-2015-broken.csv"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      'seeds/edi-2015-broken.csv:6:4: error P10_UNKNOWN_INDICATOR: indicator "1.10" is not in framework edi-2015',
    );
    expect(r.stderr).toMatch(/seeds\/edi-2015-broken\.csv: 14 errors; nothing was computed/);
  });

  it("says so when no cell has two assessors, and explains kappa in --help", async () => {
    const r = await p10(["agreement", "seeds/edi-2015-sample.csv"], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("no cell was answered by two assessors");
    expect(r.stdout).toMatch(/^file +all +0 +6 +— +— +ordinal +— +0$/m);
    const help = await p10(["agreement", "--help"]);
    expect(help.stdout).toContain("'—' elsewhere");
    expect(help.stdout).toContain("--evidence");
  });
});
