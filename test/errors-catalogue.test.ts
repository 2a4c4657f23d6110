// The error catalogue is complete and alive: every code written in src/ (outside comments) is catalogued,
// every catalogued code is used somewhere in src/, and the README's table is generated from it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ERROR_CATALOGUE } from "../src/error-codes.js";
import { withErrorCodes } from "./docs/error-codes-section.js";
import { REPO_ROOT } from "./docs/public-exports.js";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : [],
  );
}

/** Every `P10_…` string or template literal in code (comments, where doc examples live, are not code). */
function codesInCode(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(join(REPO_ROOT, "src"))) {
    if (file.endsWith("error-codes.ts")) continue;
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) {
        for (const m of node.text.matchAll(/\bP10_[A-Z0-9_]*/g)) found.set(m[0], file);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe("the error catalogue", () => {
  const inCode = codesInCode();

  it("finds the codes written in the sources", () => {
    expect(inCode.has("P10_UNKNOWN_INDICATOR")).toBe(true);
    expect(inCode.size).toBeGreaterThan(100);
  });

  it("lists every code written in src/ (no code built from pieces)", () => {
    const missing = [...inCode].filter(([code]) => !(code in ERROR_CATALOGUE)).map(([c, f]) => `${c} (${f})`);
    expect(missing).toEqual([]);
  });

  it("lists only codes that src/ uses", () => {
    expect(Object.keys(ERROR_CATALOGUE).filter((code) => !inCode.has(code))).toEqual([]);
  });

  it("gives every code a meaning and a fix", () => {
    for (const [code, info] of Object.entries(ERROR_CATALOGUE)) {
      expect(code).toMatch(/^P10_[A-Z0-9_]+$/);
      expect(info.meaning.length, code).toBeGreaterThan(10);
      expect(info.fix.length, code).toBeGreaterThan(3);
    }
  });

  it("the README's error-codes section is generated from it (npm run api)", () => {
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    expect(readme).toBe(withErrorCodes(readme));
  });
});
