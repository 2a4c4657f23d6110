// Library misuse, for every function the main entry exports (enumerated at run time, so a new export is
// covered without editing this file): null, {}, a number and a wrong-kind object as an argument give a
// P10Error P10_INVALID_ARGUMENT whose issue path names the argument, never a TypeError from deep inside.
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { parseAssessments } from "../../src/assessment/parse.js";
import { frameworks } from "../../src/framework/registry.js";
import { methods } from "../../src/method/registry.js";
import { rank } from "../../src/compare/rank.js";
import { score } from "../../src/score/engine.js";
import { csv } from "./corpus.js";

const edi = frameworks.get("edi-2015");
const method = methods.get("edi-2015");
const parsed = parseAssessments(csv("ARV,Arvenia,2014,1.1,2,,,"), edi);
const set = score(parsed.dataset, edi, method);
const ranks = rank(set);

/** Exceptions, with the reason. */
const ACCEPTS_ANY_VALUE: Record<string, string> = {
  isP10Error: "a predicate: any value is a question it answers (false for all four)",
};
/** Values that are valid by design for one function, with the reason. */
const VALID_BY_DESIGN: Record<string, Record<string, string>> = {
  displayScore: { null: "a missing score displays as null" },
  parseUncertaintySpec: { "{}": "the empty spec is valid: every field has a default" },
};
/** Functions whose first argument is a framework: their wrong-kind object is a score set. */
const FRAMEWORK_FIRST = new Set(["assessmentTemplate", "caseTemplate"]);
/** Document readers: an invalid document is their own located document error, not an argument error. */
const DOCUMENT_CODES: Record<string, readonly string[]> = {
  parseFramework: ["P10_FRAMEWORK_INVALID", "P10_FRAMEWORK_SCHEMA"],
  parseMethod: ["P10_METHOD_INVALID", "P10_METHOD_SCHEMA"],
  parseManifest: ["P10_MANIFEST_INVALID", "P10_MANIFEST_SCHEMA"],
  parseCrosswalk: ["P10_CROSSWALK_INVALID", "P10_CROSSWALK_SCHEMA"],
  parseUncertaintySpec: ["P10_UNCERTAINTY_SPEC", "P10_UNCERTAINTY_SPEC_INVALID"],
  compareScoreFiles: ["P10_SCORES_INVALID"],
};

/** Valid arguments where a later argument is the misused one: [function, position, argument name, valid arguments]. */
const LATER: [string, number, string, unknown[]][] = [
  ["score", 1, "framework", [parsed.dataset, edi, method]],
  ["score", 2, "method", [parsed.dataset, edi, method]],
  ["runUncertainty", 2, "method", [parsed.dataset, edi, method, { runs: 2 }]],
  ["explain", 1, "entity", [set, "ARV", "2014"]],
  ["parseAssessments", 1, "framework", ["entity,period,indicator,response\n", edi]],
  ["validateAssessments", 1, "framework", ["entity,period,indicator,response\n", edi]],
  ["assessorAgreement", 1, "framework", [parsed.records, edi]],
  ["reconcileAssessments", 1, "framework", [parsed.records, edi]],
  ["summarizeAssessments", 1, "framework", [parsed.records, edi]],
  ["writeAssessmentsCsv", 1, "framework", [parsed.dataset, edi]],
  ["assertComparable", 1, "b", [set, set]],
  [
    "changeReport",
    1,
    "to",
    [
      { scoreSet: set, period: "2014" },
      { scoreSet: set, period: "2014" },
    ],
  ],
  ["scoreRows", 1, "ranks", [set, ranks]],
  ["scoreOutputChunks", 1, "ranks", [set, ranks, "csv"]],
  ["writeScoresCsv", 1, "ranks", [set, ranks]],
  ["writeScoresJson", 1, "ranks", [set, ranks]],
  ["writeScoresTables", 1, "ranks", [set, ranks, "table"]],
];

// A value of the wrong kind: a framework, or a score set where a framework belongs.
const wrongKind = (valid: unknown) => (valid === edi ? set : edi);
const BAD = (valid: unknown): [string, unknown][] => [
  ["null", null],
  ["{}", {}],
  ["42", 42],
  ["a wrong-kind object", wrongKind(valid)],
];

/** Calls, awaits a promise and drains an iterator, within a bounded time (a hang fails). */
async function outcome(call: () => unknown): Promise<unknown> {
  try {
    let result = call();
    if (result instanceof Promise) {
      result = await Promise.race([
        result,
        new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), 2000)),
      ]);
    }
    if (result !== null && typeof result === "object" && Symbol.iterator in result && "next" in result) {
      for (const _ of result as Iterable<unknown>) {
        // drain: a generator checks nothing until iterated
      }
    }
    return undefined;
  } catch (e) {
    return e;
  }
}

function expectRefused(name: string, thrown: unknown, argument: string | null) {
  const codes = DOCUMENT_CODES[name];
  if (codes && (thrown as { code?: string })?.code !== "P10_INVALID_ARGUMENT") {
    expect(codes).toContain((thrown as { code?: string })?.code);
    return;
  }
  expect(thrown).toMatchObject({ code: "P10_INVALID_ARGUMENT" });
  const path = (thrown as { issues: { path?: string }[] }).issues[0]?.path;
  if (argument === null) expect(path).toMatch(/^[A-Za-z]/);
  else expect(path).toMatch(new RegExp(`^${argument}\\b`));
}

// The registries are objects: their functions are `get` and `has`.
const functions: [string, (...args: unknown[]) => unknown][] = [];
for (const [name, value] of Object.entries(api)) {
  if (typeof value === "function") {
    if (/^class\b/.test(Function.prototype.toString.call(value))) continue; // P10Error
    functions.push([name, value as (...args: unknown[]) => unknown]);
  } else if (name === "frameworks" || name === "methods") {
    const registry = value as { get: (id: unknown) => unknown; has: (id: unknown) => unknown };
    functions.push([`${name}.get`, (id) => registry.get(id)]);
    functions.push([`${name}.has`, (id) => registry.has(id)]);
  }
}

describe("every exported function refuses misuse of its first argument", () => {
  it("finds the exported functions", () => {
    expect(functions.length).toBeGreaterThan(40);
  });
  for (const [name, fn] of functions) {
    if (name in ACCEPTS_ANY_VALUE) continue;
    for (const [label, value] of BAD(FRAMEWORK_FIRST.has(name) ? edi : undefined)) {
      if (VALID_BY_DESIGN[name]?.[label] !== undefined) continue;
      it(`${name}(${label})`, async () => {
        if (name.endsWith(".has")) {
          // A registry question: anything not a bundled id is simply not there.
          expect(await outcome(() => fn(value))).toBeUndefined();
          expect(fn(value)).toBe(false);
          return;
        }
        expectRefused(name, await outcome(() => fn(value)), null);
      });
    }
  }
  it.each(Object.entries(ACCEPTS_ANY_VALUE))("%s accepts any value: %s", (name) => {
    const fn = (api as unknown as Record<string, (x: unknown) => unknown>)[name];
    for (const [, value] of BAD(undefined)) expect(fn?.(value)).toBe(false);
  });
});

describe("later arguments are refused naming them", () => {
  for (const [name, position, argument, valid] of LATER) {
    const fn = (api as unknown as Record<string, ((...args: unknown[]) => unknown) | undefined>)[name];
    if (fn === undefined) continue; // not in the main entry
    for (const [label, value] of BAD(valid[position])) {
      it(`${name}: ${argument} = ${label}`, async () => {
        const args = valid.slice();
        args[position] = value;
        expectRefused(name, await outcome(() => fn(...args)), argument);
      });
    }
  }
});
