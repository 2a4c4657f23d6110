// The outputs of p10 score, on small datasets whose scores are computed by hand in each test.
import { describe, expect, it } from "vitest";
import { createDataset, SCORE_CSV_HEADER, scoreTable } from "../../src/advanced.js";
import {
  frameworks,
  methods,
  rank,
  score,
  writeScoresCsv,
  writeScoresJson,
  writeScoresTables,
} from "../../src/index.js";

const edi = frameworks.get("edi-2015");
const method = methods.get("edi-2015");

// Three entities answering only indicator 1.1 (guideline 1's only answer, so G1 = information = edi = the
// answer): AA 3, BB 2, CC 2. Hand ranks: AA 1, BB 2, CC 2 (competition ties share the best place).
function tiny() {
  const ds = createDataset(edi, [
    { entity: "AA", period: "2024", indicator: "1.1", code: 3, line: 2 },
    { entity: "BB", period: "2024", indicator: "1.1", code: 2, line: 3, entityName: "Bee" },
    { entity: "CC", period: "2024", indicator: "1.1", code: 2, line: 4 },
    { entity: "=HACK()", period: "2024", indicator: "1.1", code: 0, line: 5 },
  ]);
  const set = score(ds, edi, method);
  return { set, ranks: rank(set) };
}

describe("writeScoresCsv", () => {
  it("writes the fixed header and one row per entity × period × node", () => {
    const { set, ranks } = tiny();
    const lines = writeScoresCsv(set, ranks).trimEnd().split("\n");
    expect(lines[0]).toBe(SCORE_CSV_HEADER.join(","));
    expect(lines[0]).toBe("entity,period,node,level,score,score_exact,rank,coverage,band");
    // 4 units × (1 index + 3 pillars + 23 groups + 75 legal indicators + 24 reported practice indicators).
    expect(lines).toHaveLength(1 + 4 * (1 + 3 + 23 + 75 + 24));
    // Only information has an answer, so 1 of 3 equally weighted pillars has a score: coverage 1/3.
    expect(lines).toContain("AA,2024,edi,index,3.00,3,1,0.3333,very good");
    expect(lines).toContain("BB,2024,edi,index,2.00,2,2,0.3333,good");
    expect(lines).toContain("CC,2024,edi,index,2.00,2,2,0.3333,good");
    expect(lines).toContain("AA,2024,information,pillar,3.00,3,1,0.1667,very good");
    // The other pillars have no answer: no score, no rank, no band, coverage 0.
    expect(lines).toContain("AA,2024,justice,pillar,,,,0.0000,");
  });

  it("neutralises formula injection in entity names", () => {
    const { set, ranks } = tiny();
    const text = writeScoresCsv(set, ranks);
    expect(text).toContain("'=HACK(),2024,edi,index,0.00,0,4,0.3333,poor");
    expect(text).not.toMatch(/^=/m);
  });
});

describe("writeScoresJson", () => {
  it("is canonical JSON with the framework and method ids and every row", () => {
    const { set, ranks } = tiny();
    const text = writeScoresJson(set, ranks);
    const doc = JSON.parse(text);
    expect(doc.framework).toEqual({ id: "edi-2015", version: "1.1.0" });
    expect(doc.method).toEqual({ id: "edi-2015", version: "1.0.0" });
    expect(
      doc.rows.find((r: { entity: string; node: string }) => r.entity === "BB" && r.node === "edi"),
    ).toMatchObject({
      score: "2.00",
      score_exact: "2",
      rank: 2,
      band: "good",
    });
    expect(
      doc.rows.find((r: { entity: string; node: string }) => r.entity === "BB" && r.node === "justice")
        .reason,
    ).toMatch(/no/);
    expect(writeScoresJson(set, ranks)).toBe(text);
  });
});

describe("scoreTable", () => {
  it("orders rows by rank, then entity, and shows names and bands", () => {
    const { set, ranks } = tiny();
    const table = scoreTable(set, ranks, "2024");
    expect(table.header).toEqual([
      "rank",
      "entity",
      "name",
      "edi",
      "information",
      "participation",
      "justice",
      "band",
    ]);
    expect(table.rows.map((r) => [r[0], r[1], r[2], r[3], r[7]])).toEqual([
      ["1", "AA", "", "3.00", "very good"],
      ["2", "BB", "Bee", "2.00", "good"],
      ["2", "CC", "", "2.00", "good"],
      ["4", "=HACK()", "", "0.00", "poor"],
    ]);
    expect(table.rows[0]?.[6]).toBe("—");
  });

  it("writes one section per period, latest first, as text or Markdown", () => {
    const ds = createDataset(edi, [
      { entity: "AA", period: "2014", indicator: "1.1", code: 1 },
      { entity: "AA", period: "2024", indicator: "1.1", code: 2 },
    ]);
    const set = score(ds, edi, method);
    const text = writeScoresTables(set, rank(set), "table");
    expect(text.indexOf("2024 (")).toBeLessThan(text.indexOf("2014 ("));
    const md = writeScoresTables(set, rank(set), "md");
    expect(md).toMatch(/^## 2024\n/);
    expect(md).toContain("| rank | entity | edi |");
  });
});
