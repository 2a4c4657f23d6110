// Every example is a script an analyst can copy: it imports the package by name (principle10, through the
// package's self-reference, as it would after `npm install principle10`), finds its data from its own
// location rather than the working folder, and says in its first line which question it answers.
// CI (.ci/run) runs each one from / by its absolute path; this test keeps the sources honest without a build.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const examples = readdirSync("examples").filter((f) => f.endsWith(".mjs"));

describe("examples/*.mjs stand alone", () => {
  it("there are examples to check", () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((f) => [f]))("%s", (file) => {
    const text = readFileSync(`examples/${file}`, "utf8");
    expect(text.split("\n")[0]).toMatch(/^\/\/ Question: .+\?$/);
    const imports = [...text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const specifier of imports)
      expect(specifier).toMatch(/^(principle10(\/(node|report))?|node:[a-z_/]+)$/);
    // A file read by a relative path would depend on the folder the script is run from.
    expect(text).not.toMatch(/\b(read\w*|copyFileSync|createReadStream)\(\s*["'`](?!\/)[^"'`]*\//);
  });
});
