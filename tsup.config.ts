import { defineConfig } from "tsup";

// Two builds: the library entries (ESM + CJS + declarations) and the CLI (ESM only, with a shebang).
export default defineConfig([
  {
    entry: { index: "src/index.ts", node: "src/node/index.ts", report: "src/report/index.ts" },
    format: ["esm", "cjs"],
    // d3 ships ES modules only: bundled, so require("principle10/report") works.
    noExternal: [/^d3-/, "internmap"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: false,
    treeshake: true,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
