// Rewrites the API report (api/*.api.md) from the public entries: run after a deliberate change of the surface.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { apiReports } from "../test/docs/api-report.js";
import { withErrorCodes } from "../test/docs/error-codes-section.js";
import { REPO_ROOT } from "../test/docs/public-exports.js";

for (const [file, text] of apiReports()) {
  mkdirSync(dirname(join(REPO_ROOT, file)), { recursive: true });
  writeFileSync(join(REPO_ROOT, file), text);
  console.log(`${file}: ${/(\d+) runtime names/.exec(text)?.[1]} runtime names`);
}

const readme = join(REPO_ROOT, "README.md");
writeFileSync(readme, withErrorCodes(readFileSync(readme, "utf8")));
console.log("README.md: error codes section rewritten");
