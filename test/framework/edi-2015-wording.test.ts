// edi-2015 1.1.0: the EDI's own practice questions and names, quoted from the QoG Environmental Indicators
// codebook (Sept 2021, updated Aug 2023) §3.30 (data/sources/edi-2015-qog-codebook.csv, section and printed
// page per row); everything that scores is 1.0.0's, kept byte for byte as data/frameworks/edi-2015-1.0.0.json.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  assertComparable,
  canonicalScores,
  frameworks,
  methods,
  parseAssessments,
  parseCrosswalk,
  parseFramework,
  score,
} from "../../src/index.js";

const v100 = parseFramework(JSON.parse(readFileSync("data/frameworks/edi-2015-1.0.0.json", "utf8")));
const v110 = frameworks.get("edi-2015");
const qog = parse(readFileSync("data/sources/edi-2015-qog-codebook.csv"), { columns: true }) as Record<
  string,
  string
>[];
const question = (id: string): string => v110.indicatorById.get(id)?.definition.question ?? "";

describe("edi-2015 1.1.0: the EDI's own practice wording and names", () => {
  it("bundles 1.1.0 and keeps 1.0.0 byte for byte (SHA-256 of data/frameworks/edi-2015.json as released in 0.2.0)", () => {
    expect([v100.version, v110.version]).toEqual(["1.0.0", "1.1.0"]);
    const kept = createHash("sha256")
      .update(readFileSync("data/frameworks/edi-2015-1.0.0.json"))
      .digest("hex");
    expect(kept).toBe("a273ed6ff4be0c0843d3c85e4d0a6817821b8a3e3024bf98e33bc12835b869f5");
  });

  it("quotes every one of the 24 practice questions from the codebook, each with its section and page", () => {
    const practice = qog.filter((r) => r.kind === "practice");
    expect(practice).toHaveLength(24);
    for (const r of practice) {
      expect(question(r.id as string), r.id).toBe(r.text);
      expect(r.section, r.id).toMatch(/^3\.30\.\d+$/);
      expect(r.page, r.id).toMatch(/^2[34]\d(–2[34]\d)?$/);
    }
  });

  it("restores the conditions the 1.0.0 paraphrases dropped", () => {
    expect(question("P15.1")).toContain(
      "court, tribunal or other independent or impartial body at the national level",
    );
    expect(question("P19.1")).toContain("by a national court of law or other independent and impartial body");
    for (const w of ["daily", "large-scale", "comparable to a national standard"])
      expect(question("P4.1")).toContain(w);
    const windows: [string, string][] = [
      ["P2.2", "In the last two years"],
      ["P5.1", "In the last 10 years"],
      ["P10.4", "During the past three years"],
      ["P11.1", "In the three most recent large-scale"],
      ["P17.2", "in the last 5 years"],
      ["P18.1", "In the last 5 years"],
      ["P20.1", "In the last 5 years"],
      ["P24.1", "the last three environmental or natural resource cases"],
      ["P26.1", "In the last 5 years"],
    ];
    for (const [id, words] of windows) {
      expect(question(id), id).toContain(words);
      expect(v100.indicatorById.get(id)?.definition.question, id).not.toContain(words);
    }
  });

  it("records the EDI's names: 'Transparency' for the first pillar, the codebook's guideline names", () => {
    const sourceTitle = (id: string) =>
      ((v110.nodes.get(id)?.definition ?? {}) as { sourceTitle?: string }).sourceTitle;
    expect(["information", "participation", "justice"].map(sourceTitle)).toEqual([
      "Transparency",
      "Participation",
      "Justice",
    ]);
    expect(sourceTitle("G1")).toBe("Accessibility of information requests");
    expect(sourceTitle("G20")).toBe("Affordable access to relief and remedy");
    const groups = v110.nodes.get("edi")?.children.flatMap((p) => v110.nodes.get(p)?.children ?? []) ?? [];
    expect(groups).toHaveLength(23);
    for (const g of groups) expect(sourceTitle(g), g).toBe(qog.find((r) => r.id === g)?.text);
  });

  it("changes no score: the sample's canonical scores under 1.0.0 and 1.1.0 differ only in the version", () => {
    const csv = readFileSync("seeds/edi-2015-sample.csv", "utf8");
    const method = methods.get("edi-2015");
    const old = score(parseAssessments(csv, v100).dataset, v100, method);
    const now = score(parseAssessments(csv, v110).dataset, v110, method);
    const strip = (s: ReturnType<typeof score>) => {
      const { framework: _f, ...rest } = canonicalScores(s) as unknown as Record<string, unknown>;
      return JSON.stringify(rest);
    };
    expect(strip(now)).toBe(strip(old));
    expect(() => assertComparable(old, now)).toThrow(/framework version differs/);
    const crosswalk = parseCrosswalk(
      JSON.parse(readFileSync("data/crosswalks/edi-2015-1.0.0_to_edi-2015-1.1.0.json", "utf8")),
    );
    expect(() => assertComparable(old, now, { crosswalk })).not.toThrow();
    expect(Object.keys(crosswalk.map)).toHaveLength(99);
  });
});
