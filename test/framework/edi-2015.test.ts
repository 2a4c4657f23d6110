// The bundled edi-2015 framework against the facts of ../shared/DOMAIN.md and its source table
// (data/sources/edi-2015-indicators.csv, from the QoG Environmental Indicators codebook, section 3.30).
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { frameworks } from "../../src/index.js";
import { frameworkSummary, isIndicator } from "../../src/advanced.js";

const edi = frameworks.get("edi-2015");

// Legal indicators per Bali guideline, as DOMAIN.md and the codebook give them (G7, G14, G25 absent).
const LEGAL_PER_GUIDELINE: Record<number, number> = {
  1: 6,
  2: 4,
  3: 3,
  4: 3,
  5: 4,
  6: 1,
  8: 3,
  9: 2,
  10: 3,
  11: 2,
  12: 1,
  13: 4,
  15: 3,
  16: 3,
  17: 4,
  18: 1,
  19: 5,
  20: 4,
  21: 6,
  22: 6,
  23: 2,
  24: 3,
  26: 2,
};

describe("edi-2015 framework", () => {
  it("has 3 pillars, 23 groups, 75 legal and 24 practice indicators (DOMAIN.md)", () => {
    expect(frameworkSummary(edi)).toEqual({
      pillars: 3,
      groups: 23,
      guidelines: 23,
      indicators: 99,
      legal: 75,
      practice: 24,
      scored: 75,
    });
  });

  it("has the legal indicator count of every guideline", () => {
    const counts: Record<number, number> = {};
    for (const i of edi.indicators) {
      if (i.kind !== "legal") continue;
      const g = i.references.bali[0] as number;
      counts[g] = (counts[g] ?? 0) + 1;
    }
    expect(counts).toEqual(LEGAL_PER_GUIDELINE);
  });

  it("splits legal indicators 21 / 15 / 39 over the pillars, with 6, 6 and 11 guidelines", () => {
    const perPillar = (pillar: string) => {
      const groups = edi.nodes.get(pillar)?.children ?? [];
      const legal = groups
        .flatMap((g) => edi.nodes.get(g)?.children ?? [])
        .filter((id) => edi.indicatorById.get(id)?.kind === "legal");
      return [groups.length, legal.length];
    };
    expect(perPillar("information")).toEqual([6, 21]);
    expect(perPillar("participation")).toEqual([6, 15]);
    expect(perPillar("justice")).toEqual([11, 39]);
  });

  it("gives every indicator its Bali reference, matching its group", () => {
    for (const i of edi.indicators) {
      expect(i.references.bali, i.id).toHaveLength(1);
      expect(i.parent).toBe(`G${i.references.bali[0]}`);
    }
  });

  it("keeps practice indicators out of scoring and on the no/limited/yes scale", () => {
    const practice = edi.indicators.filter((i) => i.kind === "practice");
    expect(
      practice.every((i) => !i.scored && i.scale.id === "edi-practice" && /^P\d+\.\d+$/.test(i.id)),
    ).toBe(true);
    expect(practice[0]?.scale.levels.map((l) => [l.code, l.label, l.value])).toEqual([
      ["0", "No", "0"],
      ["1", "Limited", "1"],
      ["2", "Yes", "2"],
    ]);
  });

  it("has exactly the ids, kinds and guidelines of its source table, with titles in the project's words", () => {
    const rows = parse(readFileSync("data/sources/edi-2015-indicators.csv"), { columns: true }) as Record<
      string,
      string
    >[];
    expect(edi.indicators.map((i) => i.id).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const r of rows) {
      const i = edi.indicatorById.get(r.id as string);
      expect(i?.kind).toBe(r.kind);
      expect(i?.parent).toBe(`G${r.guideline}`);
      expect(i?.title).toBe(r.title);
      expect(Object.keys(i?.definition.guidance ?? {})).toEqual(i?.scale.levels.map((l) => l.code));
    }
  });

  it("says that titles are summaries and where the official criteria are", () => {
    expect(edi.document.description).toMatch(/summaries/);
    expect(edi.document.description).toMatch(/technical note/);
  });

  it("is pre-ordered: index, then each pillar followed by its groups and indicators", () => {
    expect(edi.order[0]).toBe("edi");
    expect(edi.order.slice(1, 4)).toEqual(["information", "G1", "1.1"]);
    const nodes = edi.order.map((id) => edi.nodes.get(id));
    expect(nodes.filter((n) => n && isIndicator(n)).map((n) => n?.id)).toEqual(
      edi.indicators.map((i) => i.id),
    );
  });
});
