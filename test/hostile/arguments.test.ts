// Library misuse: a P10Error P10_INVALID_ARGUMENT naming the argument, never a TypeError or a silent default.
import { describe, expect, it } from "vitest";
import { parseAssessments } from "../../src/assessment/parse.js";
import { buildDataset } from "../../src/assessment/dataset.js";
import { frameworks } from "../../src/framework/registry.js";
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
