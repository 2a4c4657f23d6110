// What a report holds at each size (src/report/assemble/size.ts): every profile up to 25 entities, the 3
// highest- and 3 lowest-ranked up to 1,000, summary sections only beyond, and the page says what it left
// out. 10,000 entities (one answer each, so scoring is quick) finish in linear time without a stack
// overflow (the scale code spread every score into Math.min).
import { describe, expect, it } from "vitest";
import { createDataset } from "../../src/advanced.js";
import { frameworks, methods, rank, score } from "../../src/index.js";
import { assembleReport } from "../../src/report/assemble/report.js";
import { REPORT_LIMITS } from "../../src/report/assemble/size.js";
import type { Block } from "../../src/report/html/blocks.js";
import { htmlDocument } from "../../src/report/html/document.js";

const edi = frameworks.get("edi-2015");

/** n entities in 2024, entity i answering indicator 1.1 with i mod 4 and 2.1 with (i + 1) mod 4. */
function scores(n: number) {
  const answers = [];
  for (let i = 0; i < n; i++) {
    const entity = `E${String(i).padStart(5, "0")}`;
    answers.push({ entity, period: "2024", indicator: "1.1", code: i % 4 });
    answers.push({ entity, period: "2024", indicator: "2.1", code: (i + 1) % 4 });
  }
  return score(createDataset(edi, answers), edi, methods.get("edi-2015"));
}

const sectionIds = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === "section" ? [b.id] : []));
const paragraphs = (blocks: readonly Block[]) =>
  blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
const figures = (block: Block | undefined): number =>
  block === undefined
    ? 0
    : block.kind === "figure"
      ? 1
      : block.kind === "section"
        ? block.blocks.reduce((n, b) => n + figures(b), 0)
        : 0;

describe("report size policy", () => {
  it("profiles every entity up to 25", () => {
    const report = assembleReport({ scoreSet: scores(REPORT_LIMITS.allProfiles) });
    const profiles = report.blocks.find((b) => b.kind === "section" && b.id === "profiles");
    // A lead paragraph and one section per entity.
    expect(profiles?.kind === "section" && profiles.blocks.length).toBe(1 + 25);
    expect(paragraphs(report.blocks)).toEqual([]);
  });

  it("profiles the 3 highest- and 3 lowest-ranked of 200, or those named", () => {
    const set = scores(200);
    const report = assembleReport({ scoreSet: set });
    const profiles = report.blocks.find((b) => b.kind === "section" && b.id === "profiles");
    expect(profiles?.kind === "section" && profiles.blocks.length).toBe(1 + 6);
    expect(paragraphs(report.blocks)).toEqual([
      "Profiles are given for the 3 highest- and 3 lowest-ranked of the 200 entities; others on request (p10 report --profiles ID,…).",
    ]);
    const named = assembleReport({ scoreSet: set, profiles: ["E00007", "E00003"] });
    const chosen = named.blocks.find((b) => b.kind === "section" && b.id === "profiles");
    expect(chosen?.kind === "section" && chosen.blocks.length).toBe(1 + 2);
    expect(() => assembleReport({ scoreSet: set, profiles: ["NOPE"] })).toThrow(
      'no results in period "2024" for the profile of NOPE',
    );
  });

  it("writes the summary of 10,000 entities and names what it left out", () => {
    const set = scores(10_000);
    const ranks = rank(set);
    const report = assembleReport({ scoreSet: set, ranks });
    expect(sectionIds(report.blocks)).toEqual(["summary", "ranking", "methods"]);
    expect(figures(report.blocks.find((b) => b.kind === "section" && b.id === "ranking"))).toBe(0);
    expect(paragraphs(report.blocks)).toEqual([
      "With 10000 entities (more than 1000), this report leaves out the ranking and gap charts; the ranking table lists every entity.",
      "It has no profiles unless they are asked for by entity id (p10 report --profiles ID,…).",
    ]);
    const html = htmlDocument(report);
    // The ranking table of 10,000 rows; no per-entity chart.
    expect(html.length).toBeLessThan(5_000_000);
    expect(html).toContain("E09999");
  }, 120_000);
});
