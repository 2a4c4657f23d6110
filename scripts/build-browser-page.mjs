// Builds the browser page's script (examples/browser/app.mjs) into one classic script,
// examples/browser/app.bundle.js, that a page opened from disk can load: browsers cannot resolve the bare
// imports `principle10` and `principle10/report`, and refuse ES modules from file:// URLs. The imports are
// resolved to the library's source (src/), so the page works on a fresh clone before `npm run build`.
// Usage: node scripts/build-browser-page.mjs   (also run by `npm run build` and by test/browser/page.test.ts)
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const ENTRIES = {
  principle10: "src/index.ts",
  "principle10/advanced": "src/advanced.ts",
  "principle10/report": "src/report/index.ts",
};

/** Resolves `principle10`, `principle10/advanced` and `principle10/report` to the library's source. */
const librarySource = {
  name: "principle10-source",
  setup(b) {
    b.onResolve({ filter: /^principle10(?:\/report|\/advanced)?$/ }, (args) => ({
      path: `${root}${ENTRIES[args.path]}`,
    }));
  },
};

/**
 * Bundles the page's script.
 * @param {{ outfile?: string }} [options] - where to write (default examples/browser/app.bundle.js).
 * @returns {Promise<{ outfile: string, bytes: number }>} the file written and its size.
 */
export async function buildBrowserPage(options = {}) {
  const outfile = options.outfile ?? `${root}examples/browser/app.bundle.js`;
  const result = await build({
    entryPoints: [`${root}examples/browser/app.mjs`],
    outfile,
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2022",
    minify: true,
    legalComments: "eof",
    metafile: true,
    logLevel: "silent",
    plugins: [librarySource],
  });
  return { outfile, bytes: result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].bytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { outfile, bytes } = await buildBrowserPage();
    console.log(`browser page: ${outfile.slice(root.length)} (${(bytes / 1024).toFixed(0)} KiB minified)`);
  } catch (e) {
    console.error("the browser page does not build:");
    for (const m of e.errors ?? [e]) {
      console.error(
        `  ${m.text ?? m.message}${m.location ? ` (${m.location.file}:${m.location.line})` : ""}`,
      );
    }
    process.exit(1);
  }
}
