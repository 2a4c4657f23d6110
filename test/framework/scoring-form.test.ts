// The scoring forms in data/frameworks/scoring/ (issue #14: what a browser app bundles to score): fresh,
// valid, much smaller, and giving exactly the scores, ranks, explanations and summaries of the full files.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedScoringForms, SCORING_FORM_IDS } from "../../scripts/scoring-frameworks.js";
import { frameworkSummary, scoringForm } from "../../src/advanced.js";
import {
  explain,
  type FrameworkInput,
  formatExplanation,
  frameworks,
  methods,
  P10Error,
  parseAssessments,
  parseFramework,
  rank,
  score,
  toPlainScores,
} from "../../src/index.js";

const SAMPLES: Record<(typeof SCORING_FORM_IDS)[number], { csv: string; method: string }> = {
  "edi-2015": { csv: "seeds/edi-2015-sample.csv", method: "edi-2015" },
  "p10-2026": { csv: "seeds/p10-2026-sample.csv", method: "p10-default" },
};

describe("scoringForm", () => {
  it("leaves out questions, guidance, measures, indicator references and node descriptions, and nothing else", () => {
    const full: FrameworkInput = {
      id: "x",
      version: "1",
      title: "X",
      description: "A framework.",
      source: "here",
      scales: [{ id: "s", title: "S", levels: [{ code: "0", label: "No", value: "0" }] }],
      nodes: [
        { id: "x", level: "index", title: "X", description: "the index" },
        { id: "p", level: "pillar", parent: "x", title: "P", references: { bali: [1] } },
        {
          id: "g",
          level: "group",
          parent: "p",
          title: "G",
          description: "a group",
          references: { bali: [2] },
        },
        {
          id: "i",
          level: "indicator",
          parent: "g",
          kind: "legal",
          title: "I",
          description: "an indicator",
          question: "Q?",
          guidance: { "0": "none" },
          scale: "s",
          measures: "extent",
          references: { aarhus: ["4"] },
          tests: ["j"],
        },
      ],
    };
    const lean = scoringForm(full);
    expect(lean.nodes).toEqual([
      { id: "x", level: "index", title: "X" },
      { id: "p", level: "pillar", parent: "x", title: "P", references: { bali: [1] } },
      { id: "g", level: "group", parent: "p", title: "G", references: { bali: [2] } },
      {
        id: "i",
        level: "indicator",
        parent: "g",
        kind: "legal",
        title: "I",
        scale: "s",
        tests: ["j"],
      },
    ]);
    expect(lean.form).toBe("scoring");
    expect({ ...lean, form: undefined, nodes: full.nodes }).toEqual({ ...full, form: undefined });
    expect(full.nodes[3]).toHaveProperty("guidance"); // the input is not changed
  });

  it("only a document that says it is a scoring form may leave questions out", () => {
    const lean = scoringForm(frameworks.get("edi-2015").document);
    expect(() => parseFramework(lean)).not.toThrow();
    const position = lean.nodes.findIndex((n) => n.level === "indicator");
    // The same document without the declaration is a full framework missing its questions.
    const undeclared = Object.fromEntries(Object.entries(lean).filter(([key]) => key !== "form"));
    let caught: unknown;
    try {
      parseFramework(undeclared, { file: "lean.json" });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(P10Error);
    const issues = (caught as P10Error).issues;
    expect(issues).toHaveLength(lean.nodes.filter((n) => n.level === "indicator").length);
    expect(issues[0]).toMatchObject({
      code: "P10_FRAMEWORK_QUESTION",
      path: `nodes[${position}].question`,
    });
    expect(issues[0]?.message).toContain(`indicator "${lean.nodes[position]?.id}" needs its question`);
    // Declared full, it is refused the same way.
    expect(() => parseFramework({ ...lean, form: "full" })).toThrow(/needs its question/);
  });
});

describe.each(SCORING_FORM_IDS)("data/frameworks/scoring/%s.json", (id) => {
  const path = `data/frameworks/scoring/${id}.json`;
  const text = readFileSync(path, "utf8");
  const full = frameworks.get(id);
  const lean = parseFramework(JSON.parse(text), { file: path });

  it("is up to date (run npm run scoring-frameworks if this fails)", () => {
    expect(text).toBe(generatedScoringForms()[path]);
  });

  it("is under 60% of the full file and has the same id, version, tree and summary", () => {
    expect(text.length).toBeLessThan(0.6 * readFileSync(`data/frameworks/${id}.json`, "utf8").length);
    expect([lean.id, lean.version]).toEqual([full.id, full.version]);
    expect([...lean.nodes.keys()]).toEqual([...full.nodes.keys()]);
    expect(frameworkSummary(lean)).toEqual(frameworkSummary(full));
  });

  it("scores, ranks and explains the sample exactly as the full framework does", () => {
    const csv = readFileSync(SAMPLES[id].csv, "utf8");
    const method = methods.get(SAMPLES[id].method);
    const run = (framework: typeof full) => {
      const scoreSet = score(parseAssessments(csv, framework).dataset, framework, method);
      const ranks = rank(scoreSet);
      const unit = scoreSet.units[0]!;
      return {
        plain: JSON.stringify(toPlainScores(scoreSet, ranks)),
        explanation: formatExplanation(explain(scoreSet, unit.entity, unit.period)),
      };
    };
    const [a, b] = [run(full), run(lean)];
    expect(b.plain).toBe(a.plain);
    expect(b.explanation).toBe(a.explanation);
    expect(a.plain.length).toBeGreaterThan(10_000); // a real run, not two empty ones
  });
});
