// Library misuse: a P10Error P10_INVALID_ARGUMENT naming the argument, never a TypeError or a silent default.
import { describe, expect, it } from "vitest";
import { parseAssessments } from "../../src/assessment/parse.js";
import { buildDataset } from "../../src/assessment/dataset.js";
import { createManifest } from "../../src/audit/create-manifest.js";
import { verifyRun } from "../../src/audit/verification.js";
import { rank } from "../../src/compare/rank.js";
import { frameworks } from "../../src/framework/registry.js";
import { methods } from "../../src/method/registry.js";
import { score } from "../../src/score/engine.js";
import { explain } from "../../src/score/explain.js";
import { runUncertainty } from "../../src/uncertainty/monte-carlo.js";
import { csv } from "./corpus.js";

const edi = frameworks.get("edi-2015");
const text = csv("ARV,Arvenia,2014,1.1,2,a,,", "ARV,Arvenia,2014,1.1,3,b,,");

const invalid = (path: string) =>
  expect.objectContaining({ code: "P10_INVALID_ARGUMENT", issues: [expect.objectContaining({ path })] });

describe("reading options are validated, never defaulted", () => {
  it.each(["Mean", "average", "", null, 0])("combine: %j is refused naming options.combine", (combine) => {
    expect(() => parseAssessments(text, edi, { combine } as never)).toThrow(invalid("options.combine"));
    const records = parseAssessments(text, edi, { assessor: "a" }).records;
    expect(() => buildDataset(edi, records, { combine } as never)).toThrow(invalid("options.combine"));
  });

  it("combine: median and mean work", () => {
    expect(parseAssessments(text, edi, { combine: "mean" }).dataset.combine).toBe("mean");
  });

  it.each([
    [{ delimiter: "\t" }, "options.delimiter"],
    [{ format: "WIDE" }, "options.format"],
    [{ allowExtra: "yes" }, "options.allowExtra"],
    [{ maxIssues: -1 }, "options.maxIssues"],
    [null, "options"],
  ])("%j is refused naming %s", (options, path) => {
    expect(() => parseAssessments(text, edi, options as never)).toThrow(invalid(path));
  });

  it.each([null, {}, 42, { id: "not a framework" }])(
    "framework %j is refused naming framework",
    (framework) => {
      expect(() => parseAssessments(text, framework as never)).toThrow(invalid("framework"));
    },
  );
});

describe("every pipeline function refuses misuse with P10_INVALID_ARGUMENT naming the argument", () => {
  const set = score(
    parseAssessments(csv("ARV,Arvenia,2014,1.1,2,,,"), edi).dataset,
    edi,
    methods.get("edi-2015"),
  );
  const method = methods.get("edi-2015");
  const dataset = set.dataset;
  // A value of the wrong kind: a framework where a score set belongs, and so on.
  const BAD: [string, unknown][] = [
    ["null", null],
    ["{}", {}],
    ["a number", 42],
  ];
  const calls: [string, string, (x: unknown, wrongKind: unknown) => unknown, unknown][] = [
    ["score", "dataset", (x) => score(x as never, edi, method), edi],
    ["score", "framework", (x) => score(dataset, x as never, method), dataset],
    ["score", "method", (x) => score(dataset, edi, x as never), edi],
    ["rank", "scoreSet", (x) => rank(x as never), edi],
    ["explain", "scoreSet", (x) => explain(x as never, "ARV", "2014"), dataset],
    ["explain", "entity", (x) => explain(set, x as never, "2014"), ["ARV"]],
    ["createManifest", "input", (x) => createManifest(x as never), "manifest"],
    ["verifyRun", "observed", (x) => verifyRun(x as never), "observed"],
    ["runUncertainty", "dataset", (x) => runUncertainty(x as never, edi, method, { runs: 2 }), set],
    ["runUncertainty", "method", (x) => runUncertainty(dataset, edi, x as never, { runs: 2 }), edi],
    [
      "parseAssessments",
      "framework",
      (x) => parseAssessments("entity,period,indicator,response\n", x as never),
      method,
    ],
    ["buildDataset", "records", (x) => buildDataset(edi, x as never), "records"],
  ];
  for (const [fn, argument, call, wrongKind] of calls) {
    for (const [label, value] of [...BAD, ["a wrong-kind object", wrongKind] as [string, unknown]]) {
      it(`${fn}: ${argument} = ${label}`, () => {
        let thrown: unknown;
        try {
          call(value, wrongKind);
        } catch (e) {
          thrown = e;
        }
        expect(thrown).toMatchObject({ code: "P10_INVALID_ARGUMENT" });
        expect((thrown as Error).message).toMatch(new RegExp(`^${argument}\\b`));
      });
    }
  }
});
