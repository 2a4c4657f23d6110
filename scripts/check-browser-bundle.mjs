// CI step: bundles the core entry for the browser (fails if anything in it needs a Node built-in), then
// checks the budgets of issue #14 and prints the figures: small apps bundled against dist/ the way an app's
// bundler would (esbuild, browser, ESM, minified; entry code from stdin, resolved from the repository root),
// and the packed tarball. Run after `npm run build`.
import { execFileSync } from "node:child_process";
import { build } from "esbuild";

const KIB = 1024;
/** Issue #14's budgets, in bytes (1 KB = 1000 bytes); CI fails above any of them. */
const BUDGETS = {
  /** An app that only catches errors: `isP10Error` lives in a chunk that imports nothing. */
  onlyErrors: 5_000,
  /**
   * The README's browser app: parse, score and rank with the framework (its scoring form,
   * data/frameworks/scoring/) and the method it imports.
   */
  pipeline: 200_000,
  /** `npm pack`, gzip-compressed. */
  tarball: 1_000_000,
};
const result = await build({
  entryPoints: ["dist/index.js"],
  bundle: true,
  platform: "browser",
  format: "esm",
  write: false,
  minify: true,
  logLevel: "silent",
}).catch((e) => {
  console.error("the core does not bundle for the browser:");
  for (const m of e.errors ?? [])
    console.error(`  ${m.text}${m.location ? ` (${m.location.file}:${m.location.line})` : ""}`);
  process.exit(1);
});
const whole = result.outputFiles[0].contents.length;
console.log(
  `browser bundle of all of dist/index.js: ${(whole / KIB).toFixed(1)} KiB minified, no Node built-ins`,
);

/** The minified size in bytes of an app whose entry module is `contents`. */
const app = async (contents) => {
  const out = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    minify: true,
    logLevel: "silent",
  });
  return out.outputFiles[0].contents.length;
};

/** The README's parse + score + rank app, importing the edi-2015 framework from `frameworkFile`. */
const pipelineApp = (frameworkFile) =>
  [
    'import { parseAssessments, parseFramework, parseMethod, rank, score } from "./dist/index.js";',
    `import ediFramework from "${frameworkFile}" with { type: "json" };`,
    'import ediMethod from "./data/methods/edi-2015.json" with { type: "json" };',
    "const framework = parseFramework(ediFramework);",
    'const { dataset } = parseAssessments("entity,period,indicator,response\\n", framework);',
    "console.log(rank(score(dataset, framework, parseMethod(ediMethod))));",
  ].join("\n");

const figures = {
  onlyErrors: await app('import { isP10Error } from "./dist/index.js"; console.log(isP10Error(1));'),
  // The README's browser example: the framework's scoring form and the method imported from the package's
  // data/ folder (principle10/data/…), so the app bundles the one framework it names and not the registries.
  pipeline: await app(pipelineApp("./data/frameworks/scoring/edi-2015.json")),
  // The same app with the full framework file (guidance and references included): printed, not budgeted.
  pipelineFull: await app(pipelineApp("./data/frameworks/edi-2015.json")),
  tarball: JSON.parse(
    execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8" }),
  )[0].size,
};

const labels = {
  onlyErrors: "app importing only isP10Error",
  pipeline: "parse + score + rank app (README, scoring form of edi-2015)",
  pipelineFull: "the same app with the full edi-2015 file",
  tarball: "npm pack tarball",
};
let failed = false;
for (const [key, bytes] of Object.entries(figures)) {
  const budget = BUDGETS[key];
  const over = budget !== undefined && bytes > budget;
  failed ||= over;
  const status = budget === undefined ? "info" : over ? "OVER" : "ok  ";
  console.log(
    `${status} ${labels[key]}: ${bytes} bytes = ${(bytes / KIB).toFixed(1)} KiB` +
      (budget === undefined ? "" : ` (budget ${budget} bytes)`),
  );
}
if (failed) {
  console.error("a size budget of issue #14 is exceeded");
  process.exit(1);
}
