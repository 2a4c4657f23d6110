// The methods text says in words whose statistics normalise the answers and nodes (#21), and names the
// normalisations, transforms and per-scale choices of #22.
import { describe, expect, it } from "vitest";
import { frameworks } from "../../src/framework/registry.js";
import { parseMethod } from "../../src/method/parse.js";
import { methods } from "../../src/method/registry.js";
import type { Method, MethodInput } from "../../src/method/schema.js";
import { methodsText } from "../../src/report/methods-text.js";

const edi = frameworks.get("edi-2015");

function variant(change: Partial<MethodInput>): Method {
  const { $schema: _, ...base } = JSON.parse(JSON.stringify(methods.get("edi-2015"))) as MethodInput;
  return parseMethod({ ...base, ...change });
}
const paragraphs = (m: Method) => methodsText(edi, m).paragraphs.join("\n");

describe("methods text of the over-time options", () => {
  it("pooled (unchanged wording), per period, reference period, stated statistics", () => {
    expect(paragraphs(variant({ normalisation: { method: "z-score" } }))).toContain(
      "per indicator over every entity and period scored together, so scores depend on the cohort and can be negative.",
    );
    expect(paragraphs(variant({ normalisation: { method: "z-score", scope: "period" } }))).toContain(
      "with the mean and standard deviation of the entities of each period separately, so a period's scores never depend on another period's answers",
    );
    expect(
      paragraphs(
        variant({
          normalisation: { method: "cohort-minmax", range: "0-100", reference: { period: "2014" } },
        }),
      ),
    ).toContain(
      "with the lowest and highest value of reference period 2014, applied to every period, so scores of different periods compare and adding a period changes none",
    );
  });

  it("a normalised node, goalposts inside the scale, a rank with a transform, a scale of its own", () => {
    const text = paragraphs(
      variant({
        normalisation: {
          method: "goalposts",
          range: "0-100",
          posts: { "edi-legal": { min: "1", max: "2" } },
        },
        normaliseNodes: { edi: { method: "cohort-minmax", range: "0-100", scope: "period" } },
      }),
    );
    expect(text).toContain("Goalposts lie inside the scale and values beyond them are capped at 0 and 100.");
    expect(text).toContain(
      "The aggregate of node edi is put on 0 to 100 by min–max: (aggregate − lowest) / (highest − lowest) × 100, with the lowest and highest value of the entities of each period separately",
    );
    const rank = paragraphs(
      variant({ normalisation: { method: "rank", transform: { function: "log10", offset: "1" } } }),
    );
    expect(rank).toContain(
      "Each answer is normalised by rank (the lowest value 1, ties sharing the lowest place), per indicator, over every entity and period scored together. Values are transformed by log10(x + 1) before normalisation.",
    );
  });
});
