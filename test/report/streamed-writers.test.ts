// The streamed writers equal, byte for byte, the writers as they were before streaming (kept verbatim in
// test/report/reference/): on the bundled samples (one index; law, practice and gap; combined assessors;
// groups) and on a fast-check corpus of small frameworks, methods and entity names that need quoting or
// the formula guard. Also: pieces are small (no piece holds the whole output) and --levels filters rows.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createDataset,
  scoreTable,
  writeGroupedScoresCsv,
  writeGroupedScoresJson,
  writeGroupedScoresTables,
} from "../../src/advanced.js";
import {
  entityGroups,
  frameworks,
  groupSummaries,
  methods,
  parseAssessments,
  parseEntities,
  rank,
  score,
  scoreOutputChunks,
  scoreRows,
  writeScoresCsv,
  writeScoresJson,
  writeScoresTables,
} from "../../src/index.js";
import type { ScoreSet } from "../../src/score/types.js";
import { answersArb, method, tiny } from "../score/fixtures.js";
import * as refGroups from "./reference/group-writers.js";
import * as refRows from "./reference/score-rows.js";
import * as refWriters from "./reference/score-writers.js";
import { scoreOutputPieces } from "../../src/report/score-writers.js";
import { UTF8_CHUNK_BYTES } from "../../src/base/utf8-sink.js";
import { ABSENT } from "../../src/assessment/dataset.js";

/** Every output of a ScoreSet, streamed (joined) and by the reference, with and without groups. */
function expectSameOutputs(set: ScoreSet, entitiesCsv?: string, column?: string): void {
  const ranks = rank(set);
  expect(scoreRows(set, ranks)).toEqual(refRows.scoreRows(set, ranks));
  expect(writeScoresCsv(set, ranks)).toBe(refWriters.writeScoresCsv(set, ranks));
  expect(writeScoresJson(set, ranks)).toBe(refWriters.writeScoresJson(set, ranks));
  expect(writeScoresJson(set, ranks, { trace: true })).toBe(
    refWriters.writeScoresJson(set, ranks, { trace: true }),
  );
  for (const format of ["table", "md"] as const) {
    expect(writeScoresTables(set, ranks, format)).toBe(refWriters.writeScoresTables(set, ranks, format));
    expect([...scoreOutputChunks(set, ranks, format)].join("")).toBe(
      refWriters.writeScoresTables(set, ranks, format),
    );
  }
  for (const period of ranks.periods) {
    expect(scoreTable(set, ranks, period)).toEqual(refWriters.scoreTable(set, ranks, period));
  }
  expect([...scoreOutputChunks(set, ranks, "csv")].join("")).toBe(refWriters.writeScoresCsv(set, ranks));
  expect([...scoreOutputChunks(set, ranks, "json")].join("")).toBe(refWriters.writeScoresJson(set, ranks));
  // What the file writers take: text and UTF-8 chunks, the same bytes as the reference's text encoded.
  for (const [format, reference] of [
    ["csv", refWriters.writeScoresCsv(set, ranks)],
    ["json", refWriters.writeScoresJson(set, ranks)],
  ] as const) {
    const bytes = Buffer.concat(
      [...scoreOutputPieces(set, ranks, format)].map((p) => (typeof p === "string" ? Buffer.from(p) : p)),
    );
    expect(bytes.equals(Buffer.from(reference, "utf8"))).toBe(true);
  }
  if (entitiesCsv === undefined || column === undefined) return;
  const groups = entityGroups(parseEntities(entitiesCsv), column);
  const groupRanks = rank(set, { groupOf: groups.groupOf });
  const summaries = groupSummaries(set, groups.groupOf);
  expect(writeGroupedScoresCsv(set, ranks, groups, groupRanks)).toBe(
    refGroups.writeGroupedScoresCsv(set, ranks, groups, groupRanks),
  );
  expect(writeGroupedScoresJson(set, ranks, groups, groupRanks, summaries, { trace: true })).toBe(
    refGroups.writeGroupedScoresJson(set, ranks, groups, groupRanks, summaries, { trace: true }),
  );
  for (const format of ["table", "md"] as const) {
    expect(writeGroupedScoresTables(set, ranks, groups, groupRanks, format)).toBe(
      refGroups.writeGroupedScoresTables(set, ranks, groups, groupRanks, format),
    );
  }
}

const sample = (file: string) => readFileSync(file, "utf8");

describe("streamed score writers on the samples", () => {
  it("edi-2015 sample with its entities file (one index, bands, names, regions)", () => {
    const edi = frameworks.get("edi-2015");
    const set = score(
      parseAssessments(sample("seeds/edi-2015-sample.csv"), edi).dataset,
      edi,
      methods.get("edi-2015"),
    );
    expectSameOutputs(set, sample("seeds/edi-2015-entities.csv"), "region");
  });

  it("p10-2026 sample (law, practice and gap: qualified node names)", () => {
    const fw = frameworks.get("p10-2026");
    const set = score(
      parseAssessments(sample("seeds/p10-2026-sample.csv"), fw).dataset,
      fw,
      methods.get("p10-default"),
    );
    expect(set.gaps.length).toBeGreaterThan(0);
    expectSameOutputs(set);
  });

  it("more periods than the JSON writer keeps row parts for (units alternate between 20 periods)", () => {
    // The JSON writer keeps each period's row parts for 16 periods at once (PERIODS_KEPT in
    // score-writers.ts): with 20, they are made again as units come, and the bytes must not change.
    const edi = frameworks.get("edi-2015");
    const answers = ["AA", "BB", "CC"].flatMap((entity, e) =>
      Array.from({ length: 20 }, (_, p) =>
        ["1.1", "1.2", "2.1", "5.1"].map((indicator, i) => ({
          entity,
          period: `${2001 + p}`,
          indicator,
          code: (e + p + i) % 4,
        })),
      ).flat(),
    );
    const set = score(createDataset(edi, answers), edi, methods.get("edi-2015"));
    expect(set.units.length).toBe(60);
    expectSameOutputs(set);
  });

  it("double-scored edi-2015 sample combined by median", () => {
    const edi = frameworks.get("edi-2015");
    const parsed = parseAssessments(sample("seeds/edi-2015-double-scored.csv"), edi, { combine: "median" });
    const set = score(parsed.dataset, edi, methods.get("edi-2015"));
    expect(set.dataset.combine).toBe("median");
    expectSameOutputs(set);
  });
});

/** Entity ids a CSV or Markdown writer must quote, guard or escape. */
const entityArb = fc.constantFrom(
  "AA",
  "=SUM(A1)",
  "-1",
  "+x",
  "a,b",
  'say "hi"',
  " lead",
  "p|q",
  "Ünï",
  "@at",
  "\u{1F600}x", // a character outside the BMP: a surrogate pair in UTF-16, four bytes in UTF-8
);

describe("streamed score writers on a generated corpus", () => {
  it("equal the reference for random answers, methods and entity names", () => {
    fc.assert(
      fc.property(
        answersArb(tiny, 7),
        fc.array(entityArb, { minLength: 3, maxLength: 3 }),
        fc.constantFrom("drop" as const, "zero" as const),
        fc.constantFrom("0", "1/2"),
        fc.constantFrom(0, 1, 3),
        fc.boolean(),
        (answers, names, missing, minCoverage, places, normaliseG1) => {
          const renamed = answers.map((a) => ({
            ...a,
            entity: `${names[Number(a.entity.slice(1))]}${a.entity}`,
          }));
          const m = method({
            missing,
            minCoverage,
            // Nodes normalised across units carry score_before_normalisation in the JSON.
            ...(normaliseG1 ? { normaliseNodes: { G1: { method: "cohort-minmax", range: "0-100" } } } : {}),
            presentation: {
              places,
              bands: [{ label: "low", max: "0.5" }, { label: "=high" }],
            },
          } as never);
          const set = score(createDataset(tiny, renamed), tiny, m);
          const entities = `entity,region\n${[...new Set(renamed.map((a) => a.entity))]
            .map((e, i) => `"${e.replaceAll('"', '""')}",${i % 2 === 0 ? "North" : "=South"}`)
            .join("\n")}\n`;
          expectSameOutputs(set, entities, "region");
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("pieces and levels", () => {
  const edi = frameworks.get("edi-2015");
  const set = score(
    parseAssessments(sample("seeds/edi-2015-sample.csv"), edi).dataset,
    edi,
    methods.get("edi-2015"),
  );
  const ranks = rank(set);

  it("no piece holds the whole output: CSV and JSON come in pieces of at most a megabyte, whatever the size", () => {
    // Five copies of the sample under other entity ids: 140 units, 17,640 rows, 3.3 MB of JSON, 0.7 MB of CSV.
    const answers = parseAssessments(sample("seeds/edi-2015-sample.csv"), edi).dataset;
    const copies = Array.from({ length: 5 }, (_, k) =>
      answers.units.flatMap((u, unit) =>
        edi.indicators.flatMap((indicator, o) => {
          const code = answers.answers[unit * edi.indicators.length + o] as number;
          return code === ABSENT
            ? []
            : [{ entity: `${u.entity}${k}`, period: u.period, indicator: indicator.id, code }];
        }),
      ),
    );
    const big = score(createDataset(edi, copies.flat()), edi, methods.get("edi-2015"));
    const bigRanks = rank(big);
    // The rows' bytes come in chunks of UTF8_CHUNK_BYTES (src/base/utf8-sink.ts); the other pieces are the
    // header or the members around the rows.
    for (const format of ["csv", "json"] as const) {
      const pieces = [...scoreOutputPieces(big, bigRanks, format)];
      const size = (p: string | Uint8Array) => (typeof p === "string" ? p.length : p.byteLength);
      const rowBytes = pieces.filter((p) => typeof p !== "string").reduce((n, p) => n + size(p), 0);
      for (const p of pieces) expect(size(p)).toBeLessThanOrEqual(UTF8_CHUNK_BYTES);
      expect(pieces.filter((p) => typeof p !== "string").length).toBe(Math.ceil(rowBytes / UTF8_CHUNK_BYTES));
      if (format === "json") expect(rowBytes).toBeGreaterThan(3 * UTF8_CHUNK_BYTES);
      // The text pieces are the same pieces decoded (ASCII ids: as many characters as bytes).
      const text = [...scoreOutputChunks(big, bigRanks, format)];
      expect(text.map((t) => t.length)).toEqual(pieces.map(size));
    }
  });

  it("--levels keeps the rows of the chosen levels, in the same order and bytes", () => {
    const all = writeScoresCsv(set, ranks).trimEnd().split("\n");
    const kept = (levels: string[]) =>
      all.filter((line, i) => i === 0 || levels.includes(line.split(",")[3] ?? ""));
    for (const levels of [["index"], ["index", "pillar"], ["group", "indicator"], ["pillar"]] as const) {
      const text = [...scoreOutputChunks(set, ranks, "csv", { levels })].join("");
      expect(text.trimEnd().split("\n")).toEqual(kept([...levels]));
    }
    // 28 units, one index row each.
    expect(
      writeScoresCsv(set, ranks, { levels: ["index"] })
        .trimEnd()
        .split("\n"),
    ).toHaveLength(29);
    const json = JSON.parse(writeScoresJson(set, ranks, { levels: ["pillar"] })) as {
      rows: { level: string }[];
    };
    expect(json.rows).toHaveLength(28 * 3);
    expect(new Set(json.rows.map((r) => r.level))).toEqual(new Set(["pillar"]));
  });
});
