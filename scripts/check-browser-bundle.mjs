// CI step: bundles the core entry for the browser; fails if anything in it needs a Node built-in.
import { build } from "esbuild";

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
const bytes = result.outputFiles[0].contents.length;
console.log(`browser bundle of dist/index.js: ${(bytes / 1024).toFixed(0)} KiB minified, no Node built-ins`);

// The figures of issue #14's budgets, printed (not yet enforced): small apps bundled against dist/ the way
// an app's bundler would (entry code from stdin, resolved from the repository root).
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
  return (out.outputFiles[0].contents.length / 1024).toFixed(1);
};
const onlyError = await app('import { isP10Error } from "./dist/index.js"; console.log(isP10Error(1));');
const pipeline = await app(
  [
    'import { frameworks, methods, parseAssessments, rank, score } from "./dist/index.js";',
    'const framework = frameworks.get("edi-2015");',
    'const { dataset } = parseAssessments("entity,period,indicator,code\\n", framework);',
    'console.log(rank(score(dataset, framework, methods.get("edi-2015"))));',
  ].join("\n"),
);
console.log(
  `app importing only isP10Error: ${onlyError} KiB minified; parse + score + rank: ${pipeline} KiB minified`,
);
