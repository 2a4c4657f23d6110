// The methods text states the weights and aggregation the engine actually uses, and changes with the method.
// Reference weights are computed by hand below from the EDI's structure (DOMAIN.md): 3 pillars of 6, 6 and
// 11 guidelines; guideline 6 has 1 indicator, guideline 22 has 6.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frameworks } from "../../src/framework/registry.js";
import {
  addFractions,
  FRACTION_ZERO,
  formatFraction,
  fraction,
  parseFraction,
} from "../../src/base/fraction.js";
import { parseMethod } from "../../src/method/parse.js";
import { methods } from "../../src/method/registry.js";
import type { Method, MethodInput } from "../../src/method/schema.js";
import { methodsText } from "../../src/report/methods-text.js";

const edi = frameworks.get("edi-2015");
const ediMethod = methods.get("edi-2015");

/** A copy of the edi-2015 method with some settings changed. */
function variant(change: Partial<MethodInput>): Method {
  const { $schema: _, ...base } = JSON.parse(JSON.stringify(ediMethod)) as MethodInput;
  return parseMethod({ ...base, ...change });
}

const allText = (m: Method) => {
  const t = methodsText(edi, m);
  return [...t.paragraphs, ...t.indices.flatMap((i) => i.paragraphs), ...t.rules].join("\n");
};

describe("methodsText on the edi-2015 method", () => {
  const text = methodsText(edi, ediMethod);
  const index = text.indices[0]!;

  it("names the method and framework and says the practice indicators enter no score", () => {
    expect(text.paragraphs[0]).toBe(
      "Method: Environmental Democracy Index (2015) scoring rules (edi-2015 1.0.0), applied to framework Environmental Democracy Index (2015) (edi-2015 1.1.0).",
    );
    expect(text.paragraphs).toContain("24 indicators of the framework enter no score (marked not scored).");
    expect(text.paragraphs[1]).toBe(
      "Answers enter with their scale values, not rescaled (EDI legal indicator (0–3): 0, 1, 2, 3).",
    );
  });

  it("states the weights of every level: 1/3 per pillar, 1/6, 1/6 and 1/11 per guideline", () => {
    expect(index.paragraphs[1]).toBe(
      "Environmental Democracy Index is the arithmetic mean of its 3 pillars, each weighing 1/3. " +
        "Access to information is the arithmetic mean of its 6 groups, each weighing 1/6. " +
        "Public participation is the arithmetic mean of its 6 groups, each weighing 1/6. " +
        "Access to justice is the arithmetic mean of its 11 groups, each weighing 1/11. " +
        "Each of the 23 groups is the arithmetic mean of its indicators with equal weights (each of k weighs 1/k, k from 1 to 6).",
    );
  });

  it("gives an indicator's weight in the index from 1/198 to 1/18 (DOMAIN.md)", () => {
    // Guideline 22's six indicators: 1/3 × 1/11 × 1/6 = 1/198; guideline 6's single one: 1/3 × 1/6 × 1 = 1/18.
    expect(index.paragraphs[2]).toContain("an indicator weighs from 1/198 to 1/18 of the index");
    expect(index.paragraphs[2]).toContain("not the plain mean of its 75 indicators");
  });

  it("lists the weight of every node in its parent and in the index", () => {
    expect(index.weights).toHaveLength(27); // the root, 3 pillars, 23 guidelines
    const row = (id: string) => index.weights.find((w) => w.id === id)!;
    expect(row("edi")).toMatchObject({ weightInParent: null, weightInIndex: "1", children: 3 });
    expect(row("justice")).toMatchObject({ weightInParent: "1/3", weightInIndex: "1/3", children: 11 });
    expect(row("G1")).toMatchObject({
      weightInParent: "1/6",
      weightInIndex: "1/18",
      aggregation: "arithmetic mean",
    });
    expect(row("G22")).toMatchObject({ weightInParent: "1/11", weightInIndex: "1/33", children: 6 });
  });

  it("states missing data, not applicable, coverage, rounding, ranks and bands as the method sets them", () => {
    expect(text.rules).toEqual([
      "Missing answers (no row, an empty cell or a missing token) are left out: each mean is taken over the children that have a score, with their weights renormalised to sum to 1 (drop and renormalise).",
      "Answers of not applicable leave the denominator: a node's mean is taken over its applicable children, weights renormalised; a node whose answers are all not applicable has no score.",
      "A node gets a score whenever at least one of its applicable children has one (minimum coverage 0).",
      "Scores are shown with 2 decimals, rounded half-up; the exact values are kept for ranking and comparison.",
      "Ranks put the highest score first, on the exact scores; tied entities share the best place (competition ranking: 1 2 2 4).",
      "Bands, decided on the exact scores: poor ≤ 0.75 < fair ≤ 1.5 < good ≤ 2.25 < very good.",
    ]);
  });
});

describe("methodsText changes when the method does", () => {
  it("states explicit weights: information 2 of 4 is 1/2, the other pillars 1/4", () => {
    const m = variant({ weighting: { scheme: "explicit", weights: { information: "2" } } });
    const t = methodsText(edi, m);
    expect(t.paragraphs[2]).toBe(
      "Weighting: explicit weights set by the method, relative among siblings (a node not listed weighs 1): information = 2.",
    );
    expect(t.indices[0]!.paragraphs[1]).toContain(
      "Environmental Democracy Index is the arithmetic mean of its 3 pillars, weighted Access to information 1/2, Public participation 1/4 and Access to justice 1/4.",
    );
    // G1 now weighs 1/2 × 1/6 = 1/12 of the index; G22's indicators 1/4 × 1/11 × 1/6 = 1/264.
    expect(t.indices[0]!.weights.find((w) => w.id === "G1")!.weightInIndex).toBe("1/12");
    expect(t.indices[0]!.paragraphs[2]).toContain("from 1/264 to 1/12");
    expect(allText(m)).not.toEqual(allText(ediMethod));
  });

  it("states a geometric mean at the pillar level, its zeros rule and that weights are then nominal", () => {
    const m = variant({
      aggregation: { pillar: { function: "geometric" }, zeros: "offset", offset: "1" },
    });
    const t = methodsText(edi, m);
    expect(t.indices[0]!.paragraphs[1]).toContain(
      "Access to information is the geometric mean of its 6 groups",
    );
    expect(t.indices[0]!.paragraphs[2]).toContain("a nominal weight only");
    expect(t.rules).toContain(
      "Under the geometric mean, every value is raised by 1 before the mean and the mean lowered by as much after (zeros: offset).",
    );
    expect(t.indices[0]!.weights.find((w) => w.id === "justice")!.aggregation).toBe("geometric mean");
  });

  it("states flat equal weights: a pillar weighs its share of the 75 indicators", () => {
    const t = methodsText(edi, variant({ weighting: { scheme: "flat-equal" } }));
    // information 21, participation 15, justice 39 indicators of 75 (DOMAIN.md): 7/25, 1/5, 13/25.
    expect(t.indices[0]!.paragraphs[1]).toContain(
      "weighted Access to information 7/25, Public participation 1/5 and Access to justice 13/25",
    );
    expect(t.indices[0]!.paragraphs[2]).toContain("each of the 75 indicators weighs 1/75 of the index");
    expect(JSON.stringify(t)).toContain("every answered indicator weighs the same");
  });

  it("states missing as zero, a 2/3 coverage rule with a per-node exception, dense ranks and other rounding", () => {
    const t = methodsText(
      edi,
      variant({
        missing: "zero",
        minCoverage: "2/3",
        minCoverageByNode: { justice: "0.5" },
        presentation: {
          places: 1,
          rounding: "half-even",
          bands: [],
          ranks: { ties: "dense", on: "rounded" },
        },
      }),
    );
    expect(t.rules[0]).toBe(
      "Missing answers (no row, an empty cell or a missing token) count as 0, the lowest normalised value.",
    );
    expect(t.rules[2]).toBe(
      "A node gets a score only when its children with a score carry at least 2/3 (66.7 %) of the weight of its applicable children; otherwise it has none and counts as missing in its parent. Minimum coverage set per node: justice = 0.5.",
    );
    expect(t.rules).toContain(
      "Scores are shown with 1 decimal, rounded half-even; the exact values are kept for ranking and comparison.",
    );
    expect(t.rules).toContain(
      "Ranks put the highest score first, on the scores rounded to 1 decimal; tied entities share the best place (dense ranking: 1 2 2 3).",
    );
    expect(t.rules.some((r) => r.startsWith("Bands"))).toBe(false);
  });

  it("lists only the exceptions when one of many children weighs differently", () => {
    const t = methodsText(edi, variant({ weighting: { scheme: "explicit", weights: { G15: "2" } } }));
    // Justice has 11 guidelines; G15 weighs 2 of 12 = 1/6, the other ten 1/12 each.
    expect(t.indices[0]!.paragraphs[1]).toContain(
      "Access to justice is the arithmetic mean of its 11 groups, each weighing 1/12 except Appeals against information refusals 1/6.",
    );
  });

  it("describes two indices, goalposts on 0–100 and the gap of the p10-default method", () => {
    const t = methodsText(frameworks.get("p10-2026"), methods.get("p10-default"));
    expect(t.indices.map((i) => i.id)).toEqual(["law", "practice"]);
    expect(t.indices[0]!.paragraphs[1]).toMatch(
      /^Law index is the arithmetic mean of its 3 pillars, each weighing 1\/3\./,
    );
    expect(t.paragraphs[1]).toMatch(
      /^Each answer is put on 0 to 100 with goalposts: \(value − min\) \/ \(max − min\) × 100/,
    );
    expect(t.rules).toContain(
      "Implementation gap (law − practice): for each node in both indices, Law index minus Practice index.",
    );
  });

  it("property: pillar weights are w / Σw exactly, guideline weights in the index add up to 1, and the text says so", () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.integer({ min: 1, max: 9 }),
          fc.integer({ min: 1, max: 9 }),
          fc.integer({ min: 1, max: 9 }),
        ),
        (ws) => {
          const ids = ["information", "participation", "justice"];
          const m = variant({
            weighting: {
              scheme: "explicit",
              weights: Object.fromEntries(ids.map((id, i) => [id, String(ws[i])])),
            },
          });
          const t = methodsText(edi, m).indices[0]!;
          const total = BigInt(ws[0] + ws[1] + ws[2]);
          ids.forEach((id, i) => {
            const expected = formatFraction(fraction(BigInt(ws[i]!), total));
            expect(t.weights.find((w) => w.id === id)!.weightInParent).toBe(expected);
            if (!(ws[0] === ws[1] && ws[1] === ws[2])) expect(t.paragraphs[1]).toContain(expected);
          });
          const groups = t.weights.filter((w) => w.level === "group");
          const sum = groups.reduce(
            (acc, w) => addFractions(acc, parseFraction(w.weightInIndex!)),
            FRACTION_ZERO,
          );
          expect(formatFraction(sum)).toBe("1");
        },
      ),
      { numRuns: 40 },
    );
  });
});
