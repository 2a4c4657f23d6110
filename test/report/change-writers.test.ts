// Writers of change reports and grouped scores: tidy CSV (every cell through the formula-injection guard),
// canonical JSON, change tables. Each dangerous first character (=, +, -, @, tab, CR) is neutralised.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  CHANGE_CSV_HEADER,
  changeTable,
  createDataset,
  formatChange,
  dec,
  SCORE_CSV_HEADER,
  writeChangeTables,
  writeGroupedScoresCsv,
  writeGroupedScoresJson,
  writeGroupedScoresTables,
  writeGroupSummaries,
} from "../../src/advanced.js";
import {
  changeReport,
  type EntityGroups,
  groupSummaries,
  rank,
  score,
  writeChangeCsv,
  writeChangeJson,
  writeScoresCsv,
} from "../../src/index.js";
import { tiny, unitAnswers } from "../score/fixtures.js";
import { cmpMethod, scoreG1 } from "../compare/fixtures.js";

/** Entity ids starting with each dangerous character (OWASP CSV injection list). */
const DANGEROUS = ['=HYPERLINK("x")', "+1+cmd", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"];

const csv = (text: string): string[][] => parse(text, { relax_column_count: false });

describe("change writers", () => {
  // A: (1, 1, 1) = 1 → (3, 3, missing) = 3 with a third of G1 missing; B: 2 → 5/3.
  const set = scoreG1({
    "A/2014": { a1: 1, a2: 1, a3: 1 },
    "B/2014": { a1: 2, a2: 2, a3: 2 },
    "A/2024": { a1: 3, a2: 3, a3: "m" },
    "B/2024": { a1: 2, a2: 2, a3: 1 },
  });
  const report = changeReport(
    { scoreSet: set, period: "2014" },
    { scoreSet: set, period: "2024" },
    { nodes: ["tiny", "G1"] },
  );

  it("writes a tidy CSV with a fixed header, exact and rounded values and the flag", () => {
    const rows = csv(writeChangeCsv(report));
    expect(rows[0]).toEqual([...CHANGE_CSV_HEADER]);
    const byKey = Object.fromEntries(rows.slice(1).map((r) => [`${r[0]}/${r[1]}`, r]));
    expect(byKey["A/G1"]).toEqual([
      "A",
      "G1",
      "group",
      "2014",
      "2024",
      "1.00",
      "3.00",
      "+2.00",
      "1",
      "3",
      "2",
      "2",
      "1",
      "1",
      "2",
      "2",
      "1.0000",
      "0.6667",
      "3",
      "2",
      "coverage-fell",
      "coverage fell 1.00 → 0.67 and answers present fell 3 → 2: the change may reflect missing answers",
    ]);
    // B: 5/3 − 2 = −1/3, shown −0.33; rank 1 → 2 is −1; the exact change keeps 50 digits.
    expect(byKey["B/tiny"]?.slice(5, 14)).toEqual([
      "2.00",
      "1.67",
      "-0.33",
      "2",
      "1.6666666666666666666666666666666666666666666666667",
      "-0.3333333333333333333333333333333333333333333333333",
      "1",
      "2",
      "-1",
    ]);
    expect(rows).toHaveLength(1 + 2 * 2);
  });

  it("writes canonical JSON with both sides' provenance and exact decimals", () => {
    const json = JSON.parse(writeChangeJson(report));
    expect(json.from.method.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(json.from.period).toBe("2014");
    expect(json.crosswalk).toBeNull();
    expect(json.rows[0]).toEqual({
      entity: "A",
      node: "tiny",
      level: "index",
      from: {
        assessed: true,
        score: "1.00",
        score_exact: "1",
        rank: 2,
        out_of: 2,
        coverage: "0.5",
        answers_present: 3,
      },
      to: {
        assessed: true,
        score: "3.00",
        score_exact: "3",
        rank: 1,
        out_of: 2,
        coverage: "0.5",
        answers_present: 2,
      },
      change: "2",
      rank_change: 1,
      flags: [
        {
          code: "coverage-fell",
          message: "answers present fell 3 → 2: the change may reflect missing answers",
        },
      ],
    });
    // Canonical: writing twice gives the same bytes.
    expect(writeChangeJson(report)).toBe(writeChangeJson(report));
  });

  it("lists the largest rise first in the table, with signed changes and the flag message", () => {
    const t = changeTable(report);
    expect(t.header).toEqual([
      "entity",
      "score 2014",
      "score 2024",
      "change",
      "rank 2014",
      "rank 2024",
      "rank change",
      "flag",
    ]);
    expect(t.rows.map((r) => r.slice(0, 7))).toEqual([
      ["A", "1.00", "3.00", "+2.00", "2", "1", "+1"],
      ["B", "2.00", "1.67", "-0.33", "1", "2", "-1"],
    ]);
    const md = writeChangeTables(report, "md", ["G1"]);
    expect(md.startsWith("## G1: 2014 → 2024\n\n_tiny 1, method test 1_\n\n| entity |")).toBe(true);
    expect(writeChangeTables(report, "table")).toMatch(
      /^tiny: 2014 → 2024 \(tiny 1, method test 1\)\nentity/,
    );
    expect(() => changeTable(report, "G3")).toThrow(/no node "G3"/);
  });

  it("signs changes from the exact value: +, −, and no sign for a displayed zero", () => {
    const r = { presentation: cmpMethod.presentation };
    expect([dec("0.345"), dec("-0.001"), dec("0"), dec("-0.5")].map((v) => formatChange(v, r))).toEqual([
      "+0.35",
      "0.00",
      "0.00",
      "-0.50",
    ]);
    expect(formatChange(null, r)).toBeNull();
  });

  it("neutralises each dangerous first character in every change output cell", () => {
    const answers = DANGEROUS.flatMap((entity) => [
      ...unitAnswers(entity, "2014", { a1: 1 }),
      ...unitAnswers(entity, "2024", { a1: 2 }),
    ]);
    const s = score(createDataset(tiny, answers), tiny, cmpMethod);
    const text = writeChangeCsv(
      changeReport({ scoreSet: s, period: "2014" }, { scoreSet: s, period: "2024" }),
    );
    const entities = csv(text)
      .slice(1)
      .map((r) => r[0]);
    for (const e of DANGEROUS) expect(entities).toContain(`'${e}`);
    for (const e of entities) expect(e).toMatch(/^'/);
    // Numbers such as "-0.33" and "+1" are not formulas and stay as they are (see csvCell).
  });
});

describe("grouped score writers", () => {
  const set = scoreG1({ "A/2024": { a1: 3 }, "B/2024": { a1: 2 }, "C/2024": { a1: 1 } });
  const region: Record<string, string> = { A: "North", B: "South", C: "North" };
  const groups: EntityGroups = {
    column: "region",
    groupOf: (e) => region[e] ?? null,
    groups: ["North", "South"],
    issues: [],
  };
  const ranks = rank(set);
  const groupRanks = rank(set, { groupOf: groups.groupOf });

  it("appends group and group_rank to the score CSV, leaving its first columns byte for byte", () => {
    const plain = writeScoresCsv(set, ranks).trimEnd().split("\n");
    const grouped = writeGroupedScoresCsv(set, ranks, groups, groupRanks).trimEnd().split("\n");
    expect(grouped[0]).toBe(`${SCORE_CSV_HEADER.join(",")},group,group_rank`);
    expect(grouped).toHaveLength(plain.length);
    grouped.forEach((line, i) => expect(line.startsWith(plain[i] as string)).toBe(true));
    const root = csv(grouped.join("\n")).filter((r) => r[2] === "tiny");
    // Overall A 1, B 2, C 3; North = {A, C}: A 1, C 2; South = {B}: B 1.
    expect(root.map((r) => [r[0], r[6], r[9], r[10]])).toEqual([
      ["A", "1", "North", "1"],
      ["B", "2", "South", "1"],
      ["C", "3", "North", "2"],
    ]);
  });

  it("adds the group columns to the tables and prints exact summaries after them", () => {
    const text = writeGroupedScoresTables(set, ranks, groups, groupRanks, "table");
    expect(text).toMatch(/region\s+rank in region\n/);
    expect(text).toMatch(/\s+3\s+C\s+1\.00\s.*North\s+2\n/);
    const summaries = writeGroupSummaries(groupSummaries(set, groups.groupOf), "region", set, "table");
    // North: 3 and 1 → mean 2, median 2.
    expect(summaries).toMatch(
      /^tiny by region\nperiod\s+region\s+entities\s+scored\s+mean\s+median\s+min\s+max\n/,
    );
    expect(summaries).toMatch(/2024\s+North\s+2\s+2\s+2\.00\s+2\.00\s+1\.00\s+3\.00\n/);
    const json = JSON.parse(
      writeGroupedScoresJson(set, ranks, groups, groupRanks, groupSummaries(set, groups.groupOf)),
    );
    expect(json.groups.summaries[0]).toEqual({
      period: "2024",
      group: "North",
      members: 2,
      count: 2,
      mean: "2",
      median: "2",
      min: "1",
      max: "3",
    });
    expect(
      json.rows.find((r: { entity: string; node: string }) => r.entity === "C" && r.node === "tiny"),
    ).toMatchObject({
      group: "North",
      group_rank: 2,
      rank: 3,
    });
  });

  it("neutralises each dangerous first character in entity and group cells", () => {
    const answers = DANGEROUS.flatMap((entity) => unitAnswers(entity, "2024", { a1: 1 }));
    const s = score(createDataset(tiny, answers), tiny, cmpMethod);
    const g: EntityGroups = { column: "region", groupOf: (e) => e, groups: DANGEROUS, issues: [] };
    const rows = csv(writeGroupedScoresCsv(s, rank(s), g, rank(s, { groupOf: g.groupOf }))).slice(1);
    for (const e of DANGEROUS) {
      const mine = rows.filter((r) => r[0] === `'${e}`);
      expect(mine.length).toBeGreaterThan(0);
      for (const r of mine) expect(r[9]).toBe(`'${e}`);
    }
  });
});
