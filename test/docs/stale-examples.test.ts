// Every `@example` anywhere in src/ — on public exports and on internal functions alike — imports from the
// package only names its entry really exports: an example naming a symbol that an entry stopped exporting
// (or never did) would fail for anyone who copied it. Examples of internal functions import them from their
// own module by a relative path instead; examples.test.ts runs and type-checks those too.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ENTRIES, exampleBlocks, listPublicExports, REPO_ROOT, sourceFiles } from "./public-exports.js";

/** `import { a, type B, c as d } from "principle10…"` in a block: the specifier and the imported names. */
function packageImports(code: string): { specifier: string; names: string[] }[] {
  const out: { specifier: string; names: string[] }[] = [];
  for (const m of code.matchAll(
    /import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+["'](principle10(?:\/[\w-]+)?)["']/g,
  )) {
    const names = (m[1] as string)
      .split(",")
      .map(
        (n) =>
          n
            .trim()
            .replace(/^type\s+/, "")
            .split(/\s+as\s+/)[0] as string,
      )
      .filter((n) => n !== "");
    out.push({ specifier: m[2] as string, names });
  }
  return out;
}

/** Each JSDoc comment of a file's text. */
const comments = (text: string): string[] => text.match(/\/\*\*[\s\S]*?\*\//g) ?? [];

describe("@example imports in src/", () => {
  const exported = new Map<string, Set<string>>(ENTRIES.map((e) => [e.specifier, new Set<string>()]));
  for (const x of listPublicExports()) {
    exported.get(ENTRIES.find((e) => e.file === x.entry)?.specifier as string)?.add(x.name);
  }

  it("reads imports, type imports and renames", () => {
    expect(
      packageImports('import { a, type B, c as d } from "principle10/advanced";\nimport x from "y";'),
    ).toEqual([{ specifier: "principle10/advanced", names: ["a", "B", "c"] }]);
  });

  it("name only what the entry exports", () => {
    const stale: string[] = [];
    let checked = 0;
    for (const file of sourceFiles()) {
      for (const comment of comments(readFileSync(join(REPO_ROOT, file), "utf8"))) {
        for (const block of exampleBlocks(comment).blocks) {
          for (const { specifier, names } of packageImports(block)) {
            const entry = exported.get(specifier);
            for (const name of names) {
              checked++;
              if (entry === undefined || !entry.has(name)) stale.push(`${file}: ${name} from "${specifier}"`);
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(stale).toEqual([]);
  });
});
