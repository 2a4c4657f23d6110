// The documentation standard, checked: every export of the three public entries has TSDoc, and every value
// export (function, class, constant) has an `@example` with a ```ts block (run by examples.test.ts).
import { describe, expect, it } from "vitest";
import { ENTRIES, exampleBlocks, listPublicExports } from "./public-exports.js";

const exports = listPublicExports();
const where = (x: { entry: string; name: string; source: string }) => `${x.entry}:${x.name} (${x.source})`;

describe("TSDoc of the public entries", () => {
  it("lists the exports of all three entries", () => {
    for (const entry of ENTRIES) expect(exports.some((x) => x.entry === entry.file)).toBe(true);
    // Interfaces and type aliases are listed too; the split is what the two checks below rely on.
    expect(exports.some((x) => x.isValue)).toBe(true);
    expect(exports.some((x) => !x.isValue)).toBe(true);
  });

  it("every export has TSDoc", () => {
    expect(exports.filter((x) => !x.hasDoc).map(where)).toEqual([]);
  });

  it("every value export has an @example with a ```ts block", () => {
    expect(exports.filter((x) => x.isValue && x.examples.length === 0).map(where)).toEqual([]);
  });
});

describe("exampleBlocks", () => {
  it("reads the fenced blocks under @example only, keeping code lines that start with @", () => {
    const raw = [
      "/**",
      " * Text.",
      " * ```ts",
      " * notAnExample();",
      " * ```",
      " * @param x - the x.",
      " * @example",
      " * ```ts",
      " * const a = 1;",
      " *   @decorated();",
      " * ```",
      " * @example Second.",
      " * ```ts",
      " * b();",
      " * ```",
      " */",
    ].join("\n");
    expect(exampleBlocks(raw)).toEqual({
      hasExampleTag: true,
      blocks: ["const a = 1;\n  @decorated();", "b();"],
    });
  });

  it("finds nothing where there is no @example tag", () => {
    expect(exampleBlocks("/** Just text.\n * @returns x.\n */")).toEqual({
      hasExampleTag: false,
      blocks: [],
    });
  });
});
