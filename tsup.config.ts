import { defineConfig } from "tsup";

// Two builds: the library entries (ESM + CJS + declarations, sharing chunks) and the CLI (ESM only, with a
// shebang).
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      advanced: "src/advanced.ts",
      node: "src/node/index.ts",
      report: "src/report/index.ts",
      // Internal entry (not in package.json exports): gives P10Error and isP10Error a file of their own,
      // which imports nothing, so an app that only catches errors does not bundle decimal.js or the schemas
      // (esbuild groups shared code by the set of entries that reach it; this entry makes errors.ts's set
      // different from decimal.ts's). Budget: ≤ 5 KB minified, checked by scripts/check-browser-bundle.mjs.
      errors: "src/errors.ts",
    },
    format: ["esm", "cjs"],
    // d3 ships ES modules only: bundled, so require("principle10/report") works.
    noExternal: [/^d3-/, "internmap"],
    dts: true,
    // No maps shipped: maps without their sources point into a repository the user does not have, and
    // they were half of the packed tarball (budget ≤ 1 MB packed, checked by check-browser-bundle.mjs).
    sourcemap: false,
    clean: true,
    target: "node20",
    // One copy of the core shared by every entry, in ESM and in CJS (tsup's CJS splitting), so a P10Error
    // from principle10/node is instanceof P10Error from principle10 and the registries are parsed once.
    splitting: true,
    treeshake: true,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    // The CLI is an application: no map shipped (keeps the tarball under 1 MB packed).
    sourcemap: false,
    clean: false,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
