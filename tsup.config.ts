import { defineConfig, type Options } from "tsup";

/** The library entries (package.json "exports"), built for import and for require. */
const LIBRARY = {
  index: "src/index.ts",
  advanced: "src/advanced.ts",
  node: "src/node/index.ts",
  report: "src/report/index.ts",
  // Internal entry (not in package.json exports): gives P10Error and isP10Error a file of their own,
  // which imports nothing, so an app that only catches errors does not bundle decimal.js or the schemas
  // (esbuild groups shared code by the set of entries that reach it; this entry makes errors.ts's set
  // different from decimal.ts's). Budget: ≤ 5 KB minified, checked by scripts/check-browser-bundle.mjs.
  errors: "src/errors.ts",
};

const shared: Options = {
  // d3 ships ES modules only: bundled, so require("principle10/report") works.
  noExternal: [/^d3-/, "internmap"],
  // No maps shipped: maps without their sources point into a repository the user does not have, and
  // they were half of the packed tarball (budget ≤ 1 MB packed, checked by check-browser-bundle.mjs).
  sourcemap: false,
  target: "node20",
  // One copy of the core shared by every entry of a build (tsup's CJS splitting for require), so a
  // P10Error from principle10/node is instanceof P10Error from principle10 and the registries are parsed once.
  splitting: true,
  treeshake: true,
};

// Two builds, one per module format, each sharing one copy of the core between its entries. The ESM build
// also holds the `p10` command (dist/cli.js, whose shebang comes from src/cli/main.ts): it imports the same
// chunks as the library instead of carrying a core of its own. The CommonJS build has the library only
// (the command runs as ESM), so the tarball does not carry the CLI twice.
export default defineConfig([
  {
    ...shared,
    entry: { ...LIBRARY, cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: { entry: LIBRARY },
    clean: true,
  },
  {
    ...shared,
    entry: LIBRARY,
    format: ["cjs"],
    dts: { entry: LIBRARY },
    clean: false,
  },
]);
