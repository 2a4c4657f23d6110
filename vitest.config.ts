import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The default summary for people; a JSON record for CI, which prints the plain "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "test-output/vitest-results.json" }]],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
