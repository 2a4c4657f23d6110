/**
 * The scoring forms shipped in data/frameworks/scoring/ (see src/framework/scoring-form.ts), made from the
 * bundled framework files. `npm run scoring-frameworks` writes them; test/framework/scoring-form.test.ts
 * fails when a committed file is stale.
 */
import { readFileSync } from "node:fs";
import type { FrameworkInput } from "../src/framework/schema.js";
import { scoringForm } from "../src/framework/scoring-form.js";

/** The bundled frameworks that get a scoring form (the registry's; not archived versions). */
export const SCORING_FORM_IDS = ["edi-2015", "p10-2026"] as const;

/** Each scoring form's path (from the repository root) and its exact text. */
export function generatedScoringForms(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of SCORING_FORM_IDS) {
    const full = JSON.parse(readFileSync(`data/frameworks/${id}.json`, "utf8")) as FrameworkInput;
    // One folder deeper than the full file, so its schema reference gets one more "../".
    const lean = { ...scoringForm(full), $schema: "../../schema/framework.schema.json" };
    out[`data/frameworks/scoring/${id}.json`] = `${JSON.stringify(lean, null, 2)}\n`;
  }
  return out;
}
