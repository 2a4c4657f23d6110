// p10 compare --scores (issue #20): two published score sets, as p10 score --format json wrote them, compared
// without their answers; different frameworks refused, then accepted knowingly with --across-frameworks.
// Scores (test/score/multi-root-fixtures.ts, whole numbers half-up; a 100, b 67, c 33, d 0, e n/a):
//   2012 (framework obs-like-2012): AA obi (100 + 67 + 33 + 33) / 4 = 58.25 → 58; BB 50.25 → 50
//   2015 (framework obs-like):      AA obi 50 → 50;                             BB 50.25 → 50
//   AA: exact change 50 − 58.25 = −8.25, shown −8; the published scores differ by 50 − 58 = −8.
//   leg AA 2012 (33 + 0) / 2 = 16.5 → 17; 2015 100: exact +83.5 shown +84, published difference +83.
//   leg BB 16.5 both years; in 2012 AA and BB tie exactly, and ordinal ranks put AA (id) first: no rank moves.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  compareScoreFiles,
  isP10Error,
  parseFramework,
  rank,
  score,
  writeChangeJson,
  writeScoresJson,
} from "../../src/index.js";
import { createDataset, NOT_APPLICABLE, writeChangeTables } from "../../src/advanced.js";
import { p10 } from "../cli/run-cli.js";
import { obsLike, obsLikeDocument, obsMethod } from "../score/multi-root-fixtures.js";

const published = (framework: typeof obsLike, period: string, data: Record<string, string>) => {
  const answers = Object.entries(data).flatMap(([entity, codes]) =>
    [...codes].map((c, i) => ({
      entity,
      period,
      indicator: `q${i + 1}`,
      code: c === "e" ? NOT_APPLICABLE : "dcba".indexOf(c),
    })),
  );
  const set = score(createDataset(framework, answers), framework, { ...obsMethod, framework: framework.id });
  return JSON.parse(writeScoresJson(set, rank(set)));
};
const older = parseFramework({ ...obsLikeDocument(), id: "obs-like-2012", version: "2012" });
const from = published(older, "2012", { AA: "abccdcbb", BB: "bbbdcdaa" });
const to = published(obsLike, "2015", { AA: "abcdaabe", BB: "bbbdcdaa" });

describe("compareScoreFiles", () => {
  it("refuses two frameworks, naming both, unless told the instruments may differ", () => {
    let message = "";
    try {
      compareScoreFiles(from, to, { names: ["2012.json", "2015.json"] });
    } catch (e) {
      if (isP10Error(e)) message = `${e.code}: ${e.message}`;
    }
    expect(message).toMatch(
      /^P10_NOT_COMPARABLE: 2012\.json and 2015\.json come from framework obs-like-2012 2012 and framework obs-like 1: different instruments/,
    );
    const r = compareScoreFiles(from, to, { acrossFrameworks: true, nodes: ["obi", "leg"] });
    expect(r.acrossFrameworks).toBe(true);
    expect([r.from.framework.id, r.to.framework.id]).toEqual(["obs-like-2012", "obs-like"]);
    expect(
      r.rows.map((x) => [
        x.entity,
        x.node,
        x.change?.toString(),
        x.displayedChange?.toString(),
        x.rankChange,
      ]),
    ).toEqual([
      ["AA", "obi", "-8.25", "-8", -1],
      ["AA", "leg", "83.5", "83", 0],
      ["BB", "obi", "0", "0", 1],
      ["BB", "leg", "0", "0", 0],
    ]);
    expect(JSON.parse(writeChangeJson(r)).across_frameworks).toBe(true);
    const table = writeChangeTables(r, "table", ["leg"]);
    expect(table.split("\n")[0]).toBe(
      "leg: 2012 → 2015 (obs-like-2012 2012, method obs-like-method 1 → obs-like 1, method obs-like-method 1; different instruments: the published scores are compared, not the answers)",
    );
    // Exact change +83.5 shows +84 beside 17 → 100: the table says the shown scores differ by +83.
    expect(table).toMatch(/AA\s+17\s+100\s+\+84 .*the scores shown differ by \+83/);
    const shown = compareScoreFiles(from, to, {
      acrossFrameworks: true,
      nodes: ["leg"],
      change: "displayed",
    });
    expect(writeChangeTables(shown, "table", ["leg"])).toMatch(/AA\s+17\s+100\s+\+83\s/);
  });

  it("compares one file's two periods without further ado, and refuses what is not a score file", () => {
    const both = { ...to, rows: [...from.rows, ...to.rows], framework: to.framework };
    const r = compareScoreFiles(both, both);
    expect([r.from.period, r.to.period, r.acrossFrameworks]).toEqual(["2012", "2015", undefined]);
    expect(r.nodes.map((n) => n.id)).toEqual(["obi", "leg", "sai"]);
    expect(() => compareScoreFiles({ rows: [] }, to)).toThrow(/not a score file/);
    expect(() => compareScoreFiles(from, to, { acrossFrameworks: true, nodes: ["nope"] })).toThrow(
      /node "nope" is not an index, pillar or group/,
    );
  });

  it("p10 compare --scores refuses, then accepts with --across-frameworks", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "p10-scores-"));
    writeFileSync(join(cwd, "2012.json"), JSON.stringify(from));
    writeFileSync(join(cwd, "2015.json"), JSON.stringify(to));
    const refused = await p10(["compare", "--scores", "2012.json", "2015.json"], { cwd });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("P10_NOT_COMPARABLE");
    const ok = await p10(
      [
        "compare",
        "--scores",
        "2012.json",
        "2015.json",
        "--across-frameworks",
        "--node",
        "obi",
        "--format",
        "csv",
        "--change",
        "displayed",
      ],
      { cwd },
    );
    expect(ok.code).toBe(0);
    expect(ok.stdout.split("\n")[1]?.split(",").slice(0, 8)).toEqual([
      "AA",
      "obi",
      "index",
      "2012",
      "2015",
      "58",
      "50",
      "-8",
    ]);
  });
});
