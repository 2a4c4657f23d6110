// failWithIssues: the one way document parsers report a list of problems (first shown, the rest counted).
import { describe, expect, it } from "vitest";
import { failWithIssues, isP10Error, type P10Error, type P10Issue } from "../src/errors.js";

const issue = (message: string, path?: string): P10Issue => ({
  code: "P10_METHOD_SCHEMA",
  severity: "error",
  message,
  ...(path === undefined ? {} : { path }),
});

function caught(f: () => void): P10Error {
  try {
    f();
  } catch (e) {
    if (isP10Error(e)) return e;
    throw e;
  }
  throw new Error("expected a throw");
}

describe("failWithIssues", () => {
  it("shows the first problem and counts the others, with the right plural", () => {
    expect(caught(() => failWithIssues("P10_METHOD_INVALID", "invalid x", [issue("a")])).message).toBe(
      "invalid x: a",
    );
    const two = caught(() => failWithIssues("P10_METHOD_INVALID", "invalid x", [issue("a"), issue("b")]));
    expect(two.message).toBe("invalid x: a (and 1 more problem)");
    const three = caught(() =>
      failWithIssues("P10_METHOD_INVALID", "invalid x", [issue("a"), issue("b"), issue("c")]),
    );
    expect([three.code, three.message, three.issues.length]).toEqual([
      "P10_METHOD_INVALID",
      "invalid x: a (and 2 more problems)",
      3,
    ]);
  });

  it("names the file on every issue, uses the fallback without issues and a custom first line", () => {
    const e = caught(() =>
      failWithIssues("P10_METHOD_INVALID", "invalid x", [issue("a", "p")], { file: "x.json" }),
    );
    expect(e.issues.map((i) => i.file)).toEqual(["x.json"]);
    expect(
      caught(() => failWithIssues("P10_METHOD_INVALID", "invalid x", [], { fallback: "empty" })).message,
    ).toBe("invalid x: empty");
    const first = (i: P10Issue) => `${i.path ?? ""}: ${i.message}`;
    expect(
      caught(() => failWithIssues("P10_METHOD_SCHEMA", "invalid x", [issue("a", "p")], { first })).message,
    ).toBe("invalid x: p: a");
  });
});
