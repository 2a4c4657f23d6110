// Writes data/frameworks/scoring/*.json from the bundled frameworks. Run: npm run scoring-frameworks.
import { mkdirSync, writeFileSync } from "node:fs";
import { generatedScoringForms } from "./scoring-frameworks.js";

mkdirSync("data/frameworks/scoring", { recursive: true });
for (const [path, text] of Object.entries(generatedScoringForms())) {
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
