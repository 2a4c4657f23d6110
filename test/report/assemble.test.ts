// The assembled report: sections, ranking and change tables, profiles, provenance and determinism.
// Small datasets answer only indicator 1.1, so by hand: guideline G1 = the answer, information = G1 (the
// other guidelines have no answer and minimum coverage is 0), justice and participation have no score, and
// the index = the mean of the pillars with a score = the answer (edi-2015's drop-and-renormalise rule).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalScoreSet } from "../../src/audit/canonical-scores.js";
import { createManifest, documentDigest } from "../../src/audit/create-manifest.js";
import { sha256Hex } from "../../src/audit/hash.js";
import { rank } from "../../src/compare/rank.js";
import { isP10Error } from "../../src/errors.js";
import { methods } from "../../src/method/registry.js";
import { parseMethod } from "../../src/method/parse.js";
import type { MethodInput } from "../../src/method/schema.js";
import { parseAssessments } from "../../src/assessment/parse.js";
import { frameworks } from "../../src/framework/registry.js";
import { assembleReport, reportHtml } from "../../src/report/assemble/report.js";
import { score } from "../../src/score/engine.js";
import { runUncertainty } from "../../src/uncertainty/monte-carlo.js";
import {
  edi,
  SAMPLE,
  SAMPLE_TEXT,
  sampleScores,
  scoreCsv,
  sectionById,
  tablesIn,
  textIn,
} from "./assemble-fixtures.js";

const HEADER = "entity,entity_name,period,indicator,response\n";
/** Three entities answering only 1.1, in two periods. */
const SMALL = `${HEADER}AA,Arcadia,2014,1.1,1\nAA,Arcadia,2024,1.1,3\nBB,Borduria,2014,1.1,2\nBB,Borduria,2024,1.1,1\nCC,Carpania,2014,1.1,0\nCC,Carpania,2024,1.1,2\n`;

const ids = (blocks: readonly { kind: string; id?: string }[]) =>
  blocks.flatMap((b) => (b.kind === "section" && b.id !== undefined ? [b.id] : []));

describe("assembleReport on the bundled sample", () => {
  const set = sampleScores();
  const report = assembleReport({ scoreSet: set });

  it("has the summary, ranking, change, profiles and methods sections, in that order", () => {
    expect(ids(report.blocks)).toEqual(["summary", "ranking", "change", "profiles", "methods"]);
    // The title names the framework (whose index is its namesake).
    expect(report.title).toBe("Environmental Democracy Index (2015), 2024");
    expect(report.meta?.map((m) => m.label)).toEqual(["Framework", "Method", "Periods", "Scores SHA-256"]);
  });

  it("ranks as rank() does: Arvenia, Belmora, Eskarund first; Arvenia 3781/1485 shows as 2.55", () => {
    const table = tablesIn(sectionById(report.blocks, "ranking")!.blocks)[0]!;
    expect(table.columns.map((c) => c.label)).toEqual([
      "Rank",
      "Entity",
      "Id",
      "Environmental Democracy Index",
      "Access to information",
      "Public participation",
      "Access to justice",
      "Band",
      "Answered",
    ]);
    expect(table.rows.slice(0, 3).map((r) => r.slice(0, 3))).toEqual([
      ["1", "Arvenia", "ARV"],
      ["2", "Belmora", "BMR"],
      ["3", "Eskarund", "ESK"],
    ]);
    // 3781/1485 = 2.5461…, rounded half-up to 2.55; 72 of the 75 legal indicators answered.
    expect(table.rows[0]!.slice(3)).toEqual(["2.55", "2.84", "2.38", "2.43", "very good", "72/75"]);
    const ranks = rank(set).indices[0]!.nodes[0]!.ranks;
    const byRank = set.units
      .map((u, i) => ({ entity: u.entity, period: u.period, rank: ranks[i] }))
      .filter((u) => u.period === "2024")
      .sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99))
      .map((u) => u.entity);
    expect(table.rows.map((r) => r[2])).toEqual(byRank);
  });

  it("changes from 2014 to 2024 with the change report's flags as notes", () => {
    const change = sectionById(report.blocks, "change")!;
    expect(change.heading).toBe("Change, 2014 to 2024");
    const table = tablesIn(change.blocks)[0]!;
    // Arvenia: 2.35 → 2.55 on display; the exact change rounds to +0.19.
    expect(table.rows[0]!.slice(0, 5)).toEqual(["Arvenia", "1 → 1", "2.35", "2.55", "+0.19"]);
    expect(textIn(change.blocks)).toContain(
      "Kovasta: answers present fell 72 → 69: the change may reflect missing answers.",
    );
  });

  it("gives each entity a profile chart, in rank order, with its strengths and weaknesses", () => {
    const profiles = sectionById(report.blocks, "profiles")!;
    const entities = profiles.blocks.filter((b) => b.kind === "section");
    expect(entities).toHaveLength(14);
    expect(entities[0]).toMatchObject({ id: "entity-1-ARV", heading: "Arvenia (ARV)" });
    const arvenia = sectionById(report.blocks, "entity-1-ARV")!;
    expect(textIn(arvenia.blocks)).toContain(
      "Environmental Democracy Index 2.55 (very good), rank 1 of 14 in 2024.",
    );
    const figure = arvenia.blocks.find((b) => b.kind === "figure");
    expect(figure?.kind === "figure" && figure.svg).toContain('id="profile-1-1-ARV"');
  });

  it("names the framework, method and canonical scores by their SHA-256 when no manifest is given", () => {
    const audit = tablesIn(sectionById(report.blocks, "audit")!.blocks)[0]!;
    expect(audit.rows).toEqual([
      ["Framework", "edi-2015 1.1.0", documentDigest(edi.document)],
      ["Method", "edi-2015 1.0.0", documentDigest(set.method)],
      ["Canonical scores", "28 units", sha256Hex(canonicalScoreSet(set))],
    ]);
  });

  it("takes the digests of a manifest, input file included", () => {
    const { manifest } = createManifest({
      scoreSet: set,
      frameworkSource: { bundled: "edi-2015" },
      methodSource: { bundled: "edi-2015" },
      input: { name: SAMPLE, sha256: sha256Hex(SAMPLE_TEXT), rows: 2772 },
      scoresFile: "s.json",
    });
    const withManifest = assembleReport({ scoreSet: set, provenance: manifest });
    const audit = tablesIn(sectionById(withManifest.blocks, "audit")!.blocks)[0]!;
    expect(audit.rows[2]).toEqual(["Assessments", `${SAMPLE} (2772 rows)`, sha256Hex(SAMPLE_TEXT)]);
    expect(withManifest.meta).toContainEqual({ label: "Data", value: SAMPLE });
  });

  it("ranks and profiles an earlier period without a change section", () => {
    const early = assembleReport({ scoreSet: set, period: "2014" });
    expect(ids(early.blocks)).toEqual(["summary", "ranking", "profiles", "methods"]);
    const table = tablesIn(sectionById(early.blocks, "ranking")!.blocks)[0]!;
    expect(table.rows.slice(0, 3).map((r) => r[1])).toEqual(["Arvenia", "Belmora", "Dravelle"]);
  });

  it("leaves out the change and profiles on request", () => {
    expect(ids(assembleReport({ scoreSet: set, change: null, profiles: false }).blocks)).toEqual([
      "summary",
      "ranking",
      "methods",
    ]);
  });

  it("refuses a period that has no results", () => {
    try {
      assembleReport({ scoreSet: set, period: "2030" });
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.code).toBe("P10_UNKNOWN_PERIOD");
    }
  });
});

describe("assembleReport on hand-computed data", () => {
  const set = scoreCsv(SMALL);
  const report = assembleReport({ scoreSet: set });

  it("ranks 2024 as Arcadia 3.00, Carpania 2.00, Borduria 1.00", () => {
    const table = tablesIn(sectionById(report.blocks, "ranking")!.blocks)[0]!;
    expect(table.rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ["1", "Arcadia", "3.00"],
      ["2", "Carpania", "2.00"],
      ["3", "Borduria", "1.00"],
    ]);
    // Participation and justice have no answer, so no score.
    expect(table.rows[0]!.slice(5, 7)).toEqual(["\u2013", "\u2013"]);
  });

  it("computes the change 2014 → 2024: Arcadia +2.00 (1 → 3), Borduria −1.00, Carpania +2.00", () => {
    const table = tablesIn(sectionById(report.blocks, "change")!.blocks)[0]!;
    expect(table.rows.map((r) => r.slice(0, 5))).toEqual([
      ["Arcadia", "2 → 1", "1.00", "3.00", "+2.00"],
      ["Carpania", "3 → 2", "0.00", "2.00", "+2.00"],
      ["Borduria", "1 → 3", "2.00", "1.00", "\u22121.00"],
    ]);
    expect(textIn(sectionById(report.blocks, "change")!.blocks)).toContain(
      "2 rose, 1 fell and 0 did not change",
    );
  });

  it("names 1.1 a strength of Arcadia (3 against a median of 2) and a weakness of Borduria", () => {
    expect(textIn(sectionById(report.blocks, "entity-1-AA")!.blocks)).toContain(
      "Strength: 1.1 Legal right to obtain environmental information by request — “Good practice”, 3.00 against a cohort median of 2.00",
    );
    expect(textIn(sectionById(report.blocks, "entity-3-BB")!.blocks)).toContain("Weakness: 1.1");
    expect(textIn(sectionById(report.blocks, "entity-2-CC")!.blocks)).toContain(
      "No indicator differs from the cohort median.",
    );
  });

  it("shares a rank on a tie and lists an entity without a score last", () => {
    const tied = scoreCsv(`${HEADER}AA,A,2024,1.1,2\nBB,B,2024,1.1,2\nCC,C,2024,1.1,3\nDD,D,2024,1.1,n/a\n`);
    const table = tablesIn(sectionById(assembleReport({ scoreSet: tied }).blocks, "ranking")!.blocks)[0]!;
    expect(table.rows.map((r) => [r[0], r[2], r[3]])).toEqual([
      ["1", "CC", "3.00"],
      ["2", "AA", "2.00"],
      ["2", "BB", "2.00"],
      ["\u2013", "DD", "\u2013"],
    ]);
  });

  it("escapes entity names that carry markup", () => {
    const html = reportHtml({ scoreSet: scoreCsv(`${HEADER}AA,"<b>""Q&A""</b>",2024,1.1,2\n`) });
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;b&gt;&quot;Q&amp;A&quot;&lt;/b&gt;");
  });

  it("adds the rank intervals and Sobol indices of an uncertainty analysis", () => {
    const { dataset } = parseAssessments(SMALL, edi);
    const result = runUncertainty(dataset, edi, methods.get("edi-2015"), { runs: 90, seed: 3 });
    const withRuns = assembleReport({ scoreSet: set, uncertainty: result });
    expect(ids(withRuns.blocks)).toEqual([
      "summary",
      "ranking",
      "change",
      "uncertainty",
      "profiles",
      "methods",
    ]);
    const section = sectionById(withRuns.blocks, "uncertainty")!;
    expect(textIn(section.blocks)).toContain(`${result.runs} model runs (seed 3)`);
    const figure = section.blocks.find((b) => b.kind === "figure");
    expect(figure?.kind === "figure" && figure.svg).toContain('id="rank-intervals"');
    // Each Sobol index with its bootstrap interval, as p10 uncertainty prints them, and the warning that
    // 10 base rows are too few to read them.
    const table = section.blocks.find((b) => b.kind === "table");
    const s = result.nodes[0]!.sensitivity!;
    const two = (x: number) => x.toFixed(2).replace(/^-/, "−");
    expect(table?.kind === "table" && table.rows[0]?.[2]).toBe(
      `${two(s.first[0]!)} [${two(s.firstCI![0]![0])}, ${two(s.firstCI![0]![1])}]`,
    );
    expect(textIn(section.blocks)).toContain(
      "Read these indices with care: 90 runs (10 base rows for 7 inputs)",
    );
  });
});

describe("assembleReport with other methods", () => {
  it("states the method actually used: explicit weights change the methods section", () => {
    const { $schema: _, ...base } = JSON.parse(JSON.stringify(methods.get("edi-2015"))) as MethodInput;
    const weighted = parseMethod({
      ...base,
      weighting: { scheme: "explicit", weights: { information: "2" } },
    });
    const plain = textIn(
      sectionById(assembleReport({ scoreSet: scoreCsv(SMALL) }).blocks, "methods")!.blocks,
    );
    const methodsText = textIn(
      sectionById(assembleReport({ scoreSet: scoreCsv(SMALL, weighted) }).blocks, "methods")!.blocks,
    );
    expect(plain).toContain("each weighing 1/3");
    expect(methodsText).toContain(
      "weighted Access to information 1/2, Public participation 1/4 and Access to justice 1/4",
    );
    expect(methodsText).not.toContain("its 3 pillars, each weighing 1/3");
  });

  it("shows both indices and the law − practice gap of p10-default, on 0–100", async () => {
    const p10 = frameworks.get("p10-2026");
    const text = (await import("node:fs")).readFileSync("seeds/p10-2026-sample.csv", "utf8");
    const set = score(parseAssessments(text, p10).dataset, p10, methods.get("p10-default"));
    const report = assembleReport({ scoreSet: set });
    const ranking = sectionById(report.blocks, "ranking")!;
    expect(
      ranking.blocks.filter((b) => b.kind === "section").map((b) => b.kind === "section" && b.heading),
    ).toEqual(["Law index", "Practice index"]);
    const gap = ranking.blocks.find((b) => b.kind === "figure");
    expect(gap?.kind === "figure" && gap.svg).toContain('id="gap-1-gap"');
    // The gap chart draws practice (hollow) to law (filled), so its signed difference is law − practice.
    expect(gap?.kind === "figure" && gap.caption).toBe(
      "Implementation gap (law − practice): hollow dot Practice index, filled dot Law index; the gap is the second minus the first.",
    );
  });
});

describe("determinism", () => {
  it("property: the order of the CSV's rows does not change a byte of the report", () => {
    const [header, ...rows] = SAMPLE_TEXT.trimEnd().split("\n");
    const reference = reportHtml({ scoreSet: sampleScores() });
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: rows.length, maxLength: rows.length }), (keys) => {
        const order = rows.map((r, i) => ({ r, k: keys[i]! })).sort((a, b) => a.k - b.k);
        const shuffled = `${header}\n${order.map((o) => o.r).join("\n")}\n`;
        expect(reportHtml({ scoreSet: scoreCsv(shuffled) })).toBe(reference);
      }),
      { numRuns: 3 },
    );
  });
});
