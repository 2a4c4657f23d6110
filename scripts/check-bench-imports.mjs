#!/usr/bin/env node
// The benchmarks (test/bench/*-bench.mjs) run the built package, and take minutes, so CI does not run them;
// this checks instead, after the build, that every name they import from dist/ is exported there. When the
// 1.0 public API moved createDataset and createRng to principle10/advanced, `npm run bench` failed with
// "createDataset is not a function" and nothing said so. Run: node scripts/check-bench-imports.mjs
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = join(root, "test/bench");
// `const { a, b } = await import(<an expression naming dist's NAME.js>)`, in any of the benchmarks' forms:
// dist("index.js"), join(root, "dist/index.js"), join(root, "dist", "advanced.js").
const IMPORT = /const \{([^}]+)\} = await import\(([^;]*?dist[^;]*?)\);/g;
const ENTRY = /"(?:dist\/)?([a-z-]+\.js)"/;

let missing = 0;
let checked = 0;
for (const file of readdirSync(benchDir)
  .filter((f) => f.endsWith(".mjs"))
  .sort()) {
  const text = readFileSync(join(benchDir, file), "utf8");
  for (const [, names, from] of text.matchAll(IMPORT)) {
    const entry = ENTRY.exec(from)?.[1];
    if (entry === undefined) continue;
    const exports = await import(pathToFileURL(join(root, "dist", entry)).href);
    for (const name of names
      .split(",")
      .map((n) => n.trim().split(":")[0].trim())
      .filter(Boolean)) {
      checked++;
      if (!(name in exports)) {
        console.log(`FAIL test/bench/${file}: dist/${entry} exports no ${name}`);
        missing++;
      }
    }
  }
}
if (checked === 0) {
  console.log("FAIL no import of dist/ found in test/bench: the pattern of this check is out of date");
  process.exit(1);
}
console.log(`${missing === 0 ? "ok  " : "FAIL"} benchmarks' imports from dist/: ${checked} names checked`);
process.exit(missing === 0 ? 0 : 1);
