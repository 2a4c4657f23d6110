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
