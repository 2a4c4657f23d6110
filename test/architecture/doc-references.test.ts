// Every Markdown document a source comment cites exists in the repository (design and domain notes live in
// docs/), so the references resolve for someone who clones it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : [],
  );
}

describe("documents cited in src/", () => {
  const cited = sourceFiles(join(ROOT, "src")).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/(?<![\w/.*-])([\w./-]+\.md)\b/g)].map((m) => ({
      file: relative(ROOT, file),
      doc: m[1]!,
    })),
  );

  it("finds the citations", () => {
    expect(cited.some((c) => c.doc === "docs/DESIGN.md")).toBe(true);
  });

  it("every cited .md file exists in the repository", () => {
    const missing = cited.filter((c) => !existsSync(join(ROOT, c.doc))).map((c) => `${c.file}: ${c.doc}`);
    expect(missing).toEqual([]);
  });
});
